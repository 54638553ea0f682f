import { Checkbox, Form, Input, Space } from 'antd';
import { NumberInput } from '../../forms/NumberInput';
import { CYBERSECURITY_LAW_LOG_ARTICLE } from '../../../shared/compliance/logRetention';
import { DNS_MEASURES, LOG_RETENTION_MAX_MONTHS, MAIL_MEASURES, SERVER_LABELS, type ServerPurpose } from '../../../shared/records/server';
import { checkedBy } from '../../forms/formChrome';
import { checkServerField, type ServerFormValues } from './serverForm';

function MeasureChecklist({ name, items, extra }: { name: 'dnsMeasures' | 'mailMeasures'; items: readonly string[]; extra: string }) {
  const label = SERVER_LABELS[name];
  return (
    <Form.Item name={name} label={label} extra={extra}>
      <Checkbox.Group role="group" aria-label={label} style={{ display: 'block' }}>
        <Space orientation="vertical" size={4}>
          {items.map((m) => (
            <Checkbox key={m} value={m}>
              {m}
            </Checkbox>
          ))}
        </Space>
      </Checkbox.Group>
    </Form.Item>
  );
}

/** What a server's purposes add: 域名解析 → 第五条 measures, 电子邮件 → 第六条 measures, 游戏 → 第七条 log statement; every server: its log retention. */
export function MeasuresFields({ purposes, values }: { purposes: readonly ServerPurpose[]; values: () => ServerFormValues }) {
  return (
    <>
      {purposes.includes('域名解析') ? (
        <MeasureChecklist name="dnsMeasures" items={DNS_MEASURES} extra="第五条：架设域名解析服务器的单位应建立安全保护制度和安全技术措施。勾选已落实的措施。" />
      ) : null}
      {purposes.includes('电子邮件') ? (
        <MeasureChecklist name="mailMeasures" items={MAIL_MEASURES} extra="第六条：架设电子邮件服务器的单位应采取安全技术措施。勾选已落实的措施。" />
      ) : null}
      <Form.Item
        name="logRetentionMonths"
        label={SERVER_LABELS.logRetentionMonths}
        required
        extra={`这台服务器的网络日志（含解析、邮件收发、游戏日志）留存多少个月。${CYBERSECURITY_LAW_LOG_ARTICLE}要求不少于六个月；第七条要求游戏服务器保留日志。`}
        rules={[checkedBy(() => checkServerField('logRetentionMonths', values()))]}
      >
        <NumberInput min={1} max={LOG_RETENTION_MAX_MONTHS} precision={0} style={{ width: 180 }} />
      </Form.Item>
      {purposes.includes('游戏') ? (
        <Form.Item
          name="gameLogStatement"
          label={SERVER_LABELS.gameLogStatement}
          extra="第七条：游戏服务器应当保留日志，公安机关依法查询时予以提供；日志在留存时不得更改或删除。写明日志保存位置、留存期限和防篡改方式。"
          rules={[checkedBy(() => checkServerField('gameLogStatement', values()))]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      ) : null}
    </>
  );
}
