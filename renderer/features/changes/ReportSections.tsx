import { Collapse, Empty, Table, Tag, Typography } from 'antd';
import type { ChangedItem, MonthlyReport } from '../../../shared/reports/monthlyReport';
import { maskIdNumber, maskIdNumbersInText } from '../../../shared/identity/idDisplay';
import { countsText, cstTime } from './reportText';

const CHANGE_COLOR: Record<ChangedItem['change'], string> = { 新增: 'green', 修改: 'blue', 退租: 'orange', 删除: 'red' };

/**
 * On screen an ID number is masked as in the 人员 list, also where a value quotes one (a 最终用户, a 域名持有者);
 * the PDF and the sheet carry it whole for the police.
 */
const shown = (field: string, value: string) => (value && /idnumber/i.test(field) ? maskIdNumber(value) : maskIdNumbersInText(value));

function Blank({ text }: { text: string }) {
  return <Typography.Text type="secondary">{text}</Typography.Text>;
}

/** The field changes of one item: 原值 → 新值 for 修改, the record's fields for 新增 and 删除. */
function FieldChanges({ item }: { item: ChangedItem }) {
  if (item.fields.length === 0) return <Blank text="无字段明细" />;
  return (
    <ul aria-label={`${item.label}：字段变更`} style={{ margin: 0, paddingInlineStart: 20 }}>
      {item.fields.map((f) => (
        <li key={f.field}>
          <Typography.Text strong>{f.label}</Typography.Text>：
          {item.change === '新增' ? (
            shown(f.field, f.newValue) || <Blank text="（空）" />
          ) : item.change === '删除' ? (
            shown(f.field, f.oldValue) || <Blank text="（空）" />
          ) : (
            <>
              {shown(f.field, f.oldValue) || <Blank text="（空）" />} → {shown(f.field, f.newValue) || <Blank text="（空）" />}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

const countItems = (items: ChangedItem[]) => ({
  added: items.filter((i) => i.change === '新增').length,
  changed: items.filter((i) => i.change === '修改').length,
  removed: items.filter((i) => i.change === '删除').length,
});

/** The report's sections, each with its counts; every item opens to its field changes. */
export function ReportSections({ report }: { report: MonthlyReport }) {
  const sections = report.sections.filter((s) => s.items.length > 0);
  if (sections.length === 0) return <Empty description="这一期间没有变更" />;
  return (
    <Collapse
      defaultActiveKey={sections.map((s) => s.section)}
      items={sections.map((s) => ({
        key: s.section,
        label: (
          <span>
            <Typography.Text strong>{s.title}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
              {countsText(countItems(s.items))}
            </Typography.Text>
          </span>
        ),
        children: (
          <Table<ChangedItem>
            size="small"
            rowKey={(i) => `${i.entityId}|${i.change}`}
            dataSource={s.items}
            pagination={false}
            aria-label={`${s.title}：变更`}
            expandable={{ expandedRowRender: (item) => <FieldChanges item={item} />, expandRowByClick: true }}
            columns={[
              { title: '变更', dataIndex: 'change', width: 80, render: (c: ChangedItem['change']) => <Tag color={CHANGE_COLOR[c]}>{c}</Tag> },
              { title: '对象', dataIndex: 'label' },
              { title: '字段', key: 'fields', width: 90, render: (_, i) => `${i.fields.length} 项` },
              { title: '时间', dataIndex: 'at', width: 150, render: (at: string) => cstTime(at) },
            ]}
          />
        ),
      }))}
    />
  );
}
