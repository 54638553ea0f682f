import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Progress, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useNavigation } from '../../store/navigation';
import { useWorkspaceStore } from '../../store/workspace';
import { useFirstRunStore } from './firstRunStore';
import { basicsFiled, firstRunSteps } from './firstRunSteps';

/**
 * 首次使用向导 on 概览: the steps to a first filing package, in order, each ticked from the records and each a link to
 * its screen. It leaves once the basics are filed (everything but 客户空间 and the export itself).
 */
export function FirstRunGuide() {
  const facts = useFirstRunStore((s) => s.facts);
  const loadError = useFirstRunStore((s) => s.loadError);
  const load = useFirstRunStore((s) => s.load);
  const dataVersion = useWorkspaceStore((s) => s.dataVersion);
  const go = useNavigation((s) => s.go);

  useEffect(() => {
    void load();
  }, [load, dataVersion]);

  if (loadError) {
    return (
      <Col span={24}>
        <Alert type="error" showIcon title="未能读取首次使用向导所需的记录" description={loadError} action={<Button onClick={() => void load()}>重试</Button>} />
      </Col>
    );
  }
  if (!facts) return null;
  const steps = firstRunSteps(facts);
  if (basicsFiled(steps)) return null;
  const doneCount = steps.filter((s) => s.done).length;
  const next = steps.find((s) => !s.done);

  return (
    <Col span={24}>
      <Card title="首次使用向导" extra={<Typography.Text>已完成 {doneCount} / {steps.length} 步</Typography.Text>}>
        <Typography.Paragraph>按下面的顺序登记，每一步完成后自动打勾；全部完成后即可导出第一套备案材料。基础资料登记齐全后，本向导不再显示。</Typography.Paragraph>
        <Progress percent={Math.round((doneCount / steps.length) * 100)} showInfo={false} aria-label={`首次使用向导已完成 ${doneCount} 步，共 ${steps.length} 步`} />
        <ol className="first-run-steps" aria-label="首次使用步骤">
          {steps.map((s, i) => (
            <li key={s.screen} className="first-run-step">
              <Flex gap={12} align="flex-start" justify="space-between" wrap>
                <Flex gap={12} align="flex-start" style={{ flex: '1 1 420px', minWidth: 0 }}>
                  <span className={s.done ? 'first-run-number first-run-number-done' : 'first-run-number'} aria-hidden>
                    {s.done ? <CheckCircleFilled /> : i + 1}
                  </span>
                  <Flex vertical gap={2} style={{ minWidth: 0 }}>
                    <Flex gap={8} align="center" wrap>
                      <Typography.Text strong>
                        第{i + 1}步 {s.title}
                      </Typography.Text>
                      {s.done ? <Tag color="success">{s.doneLabel ?? '已完成'}</Tag> : <Tag>未完成</Tag>}
                      {s.optional ? <Tag>视情况</Tag> : null}
                      <Typography.Text type="secondary">{s.state}</Typography.Text>
                    </Flex>
                    <Typography.Text type="secondary">{s.hint}</Typography.Text>
                  </Flex>
                </Flex>
                <Button type={s === next ? 'primary' : 'default'} onClick={() => go(s.screen)}>
                  前往{s.title}
                </Button>
              </Flex>
            </li>
          ))}
        </ol>
      </Card>
    </Col>
  );
}
