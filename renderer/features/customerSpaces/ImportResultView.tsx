import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Table, Typography } from 'antd';
import { IMPORT_FIELDS, type ImportField, type ImportResult, type RowError } from '../../../shared/records/customerImport';
import { formatCount } from '../../format';

/** What a check or an import found: how many rows go in, how many are refused and why, row by row. */
export function ImportResultView({ result, onDownloadRejected, downloading }: { result: ImportResult; onDownloadRejected(): void; downloading: boolean }) {
  const summary = result.dryRun
    ? `可导入 ${formatCount(result.imported)} 行，将拒绝 ${formatCount(result.rejected)} 行`
    : `已导入 ${formatCount(result.imported)} 行，拒绝 ${formatCount(result.rejected)} 行`;
  const assigned = result.codesAssigned > 0 ? `（其中 ${formatCount(result.codesAssigned)} 行${result.dryRun ? '将' : '已'}按编号规则自动编号）` : '';
  return (
    <Flex vertical gap={12}>
      <Alert
        role="status"
        type={result.rejected === 0 ? 'success' : result.imported === 0 ? 'error' : 'warning'}
        showIcon
        title={`${summary}${assigned}`}
        description={result.rejected > 0 ? '被拒绝的行不会导入；可下载这些行，改正后重新导入。' : undefined}
      />
      {result.rejected > 0 ? (
        <>
          <div>
            <Button icon={<DownloadOutlined aria-hidden />} onClick={onDownloadRejected} loading={downloading}>
              下载被拒绝的行
            </Button>
          </div>
          <section aria-label="被拒绝的行">
            <Table<RowError>
              size="small"
              rowKey={(e) => `${e.row}-${e.field}-${e.message}`}
              dataSource={result.errors}
              pagination={{ pageSize: 8, showSizeChanger: false, hideOnSinglePage: true }}
              columns={[
                { key: 'row', title: '行号', width: 70, render: (_, e) => `第${e.row}行` },
                { key: 'field', title: '字段', width: 160, render: (_, e) => IMPORT_FIELDS[e.field as ImportField] ?? e.field },
                // The 行号 column already says which row; the importer's message starts with it too.
                { key: 'message', title: '原因', render: (_, e) => e.message.replace(/^第\d+行\s*/, '') },
              ]}
            />
            {new Set(result.errors.map((e) => e.row)).size < result.rejected ? (
              <Typography.Text type="secondary">
                此处列出前 {formatCount(result.errors.length)} 条原因；全部被拒绝的行见下载的文件。
              </Typography.Text>
            ) : null}
          </section>
        </>
      ) : null}
    </Flex>
  );
}
