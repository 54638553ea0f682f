import { Alert, Button, Card, Flex, Tag, Typography } from 'antd';
import { REGULATION_TITLE } from '../../regulation';
import { DetailList } from '../../components/DetailList';
import { screenLabel, useNavigation } from '../../store/navigation';
import { type CompletenessItem, useExportStore } from './exportStore';

/** The records behind an item, minus a line that only repeats the item's own text. */
const detailsOf = (item: CompletenessItem) => (item.details ?? []).filter((d) => !item.text.includes(d));

function ItemList({ items, label, color }: { items: readonly CompletenessItem[]; label: string; color: 'red' | 'warning' }) {
  const go = useNavigation((s) => s.go);
  return (
    <ul aria-label={label} className="export-check-list">
      {items.map((item, i) => (
        <li key={`${item.article}|${item.text}|${i}`}>
          <Flex align="flex-start" justify="space-between" gap={12}>
            <div>
              <Tag color={color} title={REGULATION_TITLE}>
                {item.article}
              </Tag>
              <Typography.Text>{item.text}</Typography.Text>
              <DetailList details={detailsOf(item).map((text) => ({ text }))} total={detailsOf(item).length} label={`${item.text}：详情`} />
            </div>
            <Button
              size="small"
              type={color === 'red' ? 'primary' : 'default'}
              aria-label={`去处理：${item.text}（${screenLabel(item.screen)}）`}
              onClick={() => go(item.screen)}
            >
              去处理
            </Button>
          </Flex>
        </li>
      ))}
    </ul>
  );
}

/** 完整性检查: what the filing still lacks. Blocking items (阻止导出) and warnings (提醒) apart, each linked to its form. */
export function CompletenessCard() {
  const check = useExportStore((s) => s.check);
  const checkState = useExportStore((s) => s.checkState);
  const checkError = useExportStore((s) => s.checkError);
  const loadCheck = useExportStore((s) => s.loadCheck);
  const month = useExportStore((s) => s.month);

  const extra = (
    <Button onClick={() => void loadCheck()} loading={checkState === 'loading'}>
      重新检查
    </Button>
  );

  if (!check) {
    if (checkState === 'error') {
      return (
        <Card title="完整性检查" extra={extra}>
          <Alert type="error" showIcon title="未能完成完整性检查" description={checkError} />
        </Card>
      );
    }
    return <Card title="完整性检查" loading />;
  }

  return (
    <Card title="完整性检查" extra={extra}>
      {checkState === 'error' ? (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={`未能更新完整性检查：${checkError ?? ''}`} />
      ) : null}
      <section aria-label="阻止导出">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          阻止导出（{check.blocking.length} 项）
        </Typography.Title>
        {check.blocking.length === 0 ? (
          <Alert type="success" showIcon title="没有阻止导出的问题" description={`值班表按 ${month} 检查。`} />
        ) : (
          <>
            <Typography.Paragraph type="secondary">以下问题处理后才能生成备案材料：</Typography.Paragraph>
            <ItemList items={check.blocking} label="阻止导出的问题" color="red" />
          </>
        )}
      </section>
      <section aria-label="提醒" style={{ marginTop: 16 }}>
        <Typography.Title level={3}>提醒（{check.warnings.length} 项）</Typography.Title>
        {check.warnings.length === 0 ? (
          <Typography.Text type="secondary">没有需要提醒的事项。</Typography.Text>
        ) : (
          <>
            <Typography.Paragraph type="secondary">不影响生成，但建议在提交前处理：</Typography.Paragraph>
            <ItemList items={check.warnings} label="提醒事项" color="warning" />
          </>
        )}
      </section>
    </Card>
  );
}
