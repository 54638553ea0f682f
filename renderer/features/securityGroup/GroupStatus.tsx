import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Flex, List, Typography } from 'antd';
import type { GroupAssessment } from './groupAssessment';

/** The group as entered, against 第十条: what is in place and what is still missing (the rule itself is in the screen's header). */
export function GroupStatus({ assessment, unsaved }: { assessment: GroupAssessment; unsaved: boolean }) {
  const { checks, missing } = assessment;
  const title = missing.length === 0 ? '符合第十条的要求' : `对照第十条，尚缺：${missing.join('、')}`;
  return (
    <section aria-label="第十条要求">
      <Alert
        type={missing.length === 0 ? 'success' : 'warning'}
        showIcon
        title={title}
        description={
          <Flex vertical gap={4}>
            <List
              size="small"
              dataSource={checks}
              renderItem={(c) => (
                <List.Item style={{ paddingInline: 0 }}>
                  <Flex gap={8} align="center">
                    {c.ok ? (
                      <CheckCircleFilled style={{ color: '#52c41a' }} aria-hidden />
                    ) : (
                      <CloseCircleFilled style={{ color: '#ff4d4f' }} aria-hidden />
                    )}
                    <span>
                      {c.label}：{c.ok ? '已具备' : '未满足'}（{c.detail}）
                    </span>
                  </Flex>
                </List.Item>
              )}
            />
            {unsaved ? <Typography.Text type="secondary">按当前填写的内容检查，尚未保存。</Typography.Text> : null}
          </Flex>
        }
      />
    </section>
  );
}
