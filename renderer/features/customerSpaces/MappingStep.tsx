import { Flex, Form, Select, Table, Typography } from 'antd';
import { IMPORT_FIELD_NAMES, IMPORT_FIELDS, summaryRowsText, type ColumnMapping, type ImportField, type ImportPreview } from '../../../shared/records/customerImport';
import { formatCount } from '../../format';

const columnName = (headers: string[], i: number) => (headers[i]?.trim() ? headers[i]! : `第 ${i + 1} 列`);

/** 对应列: which column of the file fills each field, with the first rows as they will be read. */
export function MappingStep({ preview, mapping, onChange }: { preview: ImportPreview; mapping: ColumnMapping; onChange(m: ColumnMapping): void }) {
  const options = preview.headers.map((_, i) => ({ value: i, label: columnName(preview.headers, i) }));
  const mapped = IMPORT_FIELD_NAMES.filter((f) => mapping[f] !== undefined && mapping[f] !== null);
  const rows = preview.sampleRows.map((cells, i) => ({ key: i, cells }));

  return (
    <Flex vertical gap={12}>
      <Typography.Text>
        文件 {preview.fileName}
        {preview.sheetName ? `（工作表 ${preview.sheetName}）` : ''}
        {preview.encoding ? `（编码 ${preview.encoding.toUpperCase()}）` : ''}，共 {formatCount(preview.totalRows)} 行数据。请为每一项选择文件中对应的列，不需要的项留空。
      </Typography.Text>
      {preview.summaryRows.length > 0 ? <Typography.Text type="secondary">{summaryRowsText(preview.summaryRows)}</Typography.Text> : null}
      <Form layout="horizontal" labelCol={{ flex: '190px' }} labelWrap colon={false} size="small">
        <Flex wrap gap="0 24px">
          {IMPORT_FIELD_NAMES.map((field: ImportField) => (
            <Form.Item key={field} label={IMPORT_FIELDS[field]} htmlFor={`import-map-${field}`} style={{ width: 420, marginBottom: 8 }}>
              <Select
                id={`import-map-${field}`}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="不导入"
                options={options}
                value={mapping[field] ?? undefined}
                onChange={(v: number | undefined) => onChange({ ...mapping, [field]: v ?? null })}
              />
            </Form.Item>
          ))}
        </Flex>
      </Form>
      <section aria-label="预览">
        <Typography.Text strong>预览（前 {rows.length} 行，按上面的对应读取）</Typography.Text>
        <Table
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={rows}
          locale={{ emptyText: '文件中没有数据行' }}
          columns={[
            { key: 'row', title: '序号', width: 60, render: (_, r) => r.key + 1 },
            ...mapped.map((f) => ({ key: f, title: IMPORT_FIELDS[f], render: (_: unknown, r: (typeof rows)[number]) => r.cells[mapping[f]!] ?? '' })),
          ]}
        />
      </section>
    </Flex>
  );
}
