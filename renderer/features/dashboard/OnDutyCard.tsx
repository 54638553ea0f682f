import { Alert, Button, Card, Descriptions, Flex, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { DutyLogDialog, type DutyLogDraft } from '../../components/DutyLogDialog';
import type { DutyNow } from '../../../shared/records/dutyRoster';
import { api, errorMessage } from '../../api/client';
import { Articles } from '../../components/ScreenHeader';
import { useNavigation } from '../../store/navigation';

/** 'HH:mm' on the same day, else 'MM-DD HH:mm' ('24:00' for the midnight that ends the day). */
function when(at: string, now: string): string {
  if (at.slice(0, 10) === now.slice(0, 10)) return at.slice(11);
  return `${at.slice(5, 10)} ${at.slice(11)}`;
}

/** 当前值班 (第十三条（二）): who is on duty now, until when, the next handover, and the 值班电话. */
export function OnDutyCard() {
  const go = useNavigation((s) => s.go);
  const [now, setNow] = useState<DutyNow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<DutyLogDraft | null>(null);

  useEffect(() => {
    let alive = true;
    const read = async () => {
      try {
        const r = await api['dutyRoster.now']({});
        if (alive) {
          setNow(r);
          setError(null);
        }
      } catch (err) {
        if (alive) setError(errorMessage(err));
      }
    };
    void read();
    // Handovers happen while the dashboard is open: look again every minute.
    const timer = window.setInterval(() => void read(), 60_000);
    return () => {
      alive = false;
      window.clearInterval(timer);
    };
  }, []);

  const goButton = <Button onClick={() => go('dutyRoster')}>前往值班表</Button>;
  if (error) {
    return (
      <Card title="当前值班" role="region" aria-label="当前值班" extra={goButton}>
        <Alert type="error" showIcon title="未能读取值班表" description={error} />
      </Card>
    );
  }
  if (!now) return <Card title="当前值班" role="region" aria-label="当前值班" loading />;
  if (!now.configured) {
    return (
      <Card title="当前值班" role="region" aria-label="当前值班" extra={<Articles articles={['第十三条（二）']} />}>
        <Flex vertical gap={8} align="flex-start">
          <Typography.Text>尚未设置值班表。第十三条（二）要求落实专人二十四小时值班制度。</Typography.Text>
          <Button type="primary" onClick={() => go('dutyRoster')}>
            设置值班表
          </Button>
        </Flex>
      </Card>
    );
  }
  const h = now.nextHandover;
  // 值班记录 of the shift under way, handed over now: who, since when, to whom the roster hands over next.
  const first = now.onDuty[0];
  const logNow = () =>
    setDraft({
      ...(first ? { personId: first.personId, start: first.since } : { start: now.at }),
      end: now.at,
      context: first ? `${first.name} ${first.shiftName}（${first.since} 起）交班` : '此刻无人排班：登记实际值班的人员',
    });
  return (
    <Card
      title="当前值班"
      role="region"
      aria-label="当前值班"
      extra={
        <Flex gap={8}>
          <Button onClick={logNow}>登记值班记录</Button>
          {goButton}
        </Flex>
      }
    >
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label="值班人员">
          {now.onDuty.length === 0 ? (
            <Typography.Text type="danger" strong>
              此刻无人值班
            </Typography.Text>
          ) : (
            <Flex vertical>
              {now.onDuty.map((p) => (
                <Typography.Text key={p.personId}>
                  <Typography.Text strong>{p.name}</Typography.Text>　{p.shiftName}，值班至 {when(p.until, now.at)}
                </Typography.Text>
              ))}
            </Flex>
          )}
        </Descriptions.Item>
        <Descriptions.Item label="下一次交接班">
          {h ? `${when(h.at, now.at)}　${h.from.length > 0 ? h.from.join('、') : '无人'} → ${h.to.length > 0 ? h.to.join('、') : '无人'}` : '近两天没有排班'}
        </Descriptions.Item>
        <Descriptions.Item label="值班电话">{now.dutyPhone}</Descriptions.Item>
      </Descriptions>
      <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
        北京时间 {now.at}
      </Typography.Text>
      <DutyLogDialog draft={draft} onClose={() => setDraft(null)} onSaved={() => setDraft(null)} />
    </Card>
  );
}
