import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { SpaceRow } from '../../../shared/api/customerSpaceMethods';
import { api, errorMessage } from '../../api/client';
import { downloadBase64, XLSX_MIME } from '../../api/download';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { useOpenRequestedRecord } from '../../forms/useFocusRequest';
import { ScreenHeader } from '../../components/ScreenHeader';
import { CodePatternDialog } from './CodePatternDialog';
import { formatCount } from '../../format';
import { EndSpaceDialog } from './EndSpaceDialog';
import { ImportWizard } from './ImportWizard';
import { MarkReportedDialog } from '../../components/MarkReportedDialog';
import { SpaceEditor } from './SpaceEditor';
import { SpaceFilters } from './SpaceFilters';
import { useSpaceStore } from './spaceStore';
import { SpaceTable } from './SpaceTable';

type Dialog = 'import' | 'markReported' | 'codePattern' | null;

export function CustomerSpacesScreen() {
  const { message } = App.useApp();
  const s = useSpaceStore(
    useShallow((st) => ({
      query: st.query,
      filter: st.filter,
      rows: st.rows,
      total: st.total,
      counts: st.counts,
      allCounts: st.allCounts,
      answered: st.answered,
      loadState: st.loadState,
      loadError: st.loadError,
      loadingMore: st.loadingMore,
      editor: st.editor,
      saving: st.saving,
      lastSavedCode: st.lastSavedCode,
    })),
  );
  const { reload, loadMore, setQuery, setFilter, startNew, setValues, closeEditor, save, remove } = useSpaceStore.getState();
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const [ending, setEnding] = useState<SpaceRow | null>(null);

  useEffect(() => {
    void useSpaceStore.getState().reload(true);
  }, []);

  const onQuery = useCallback((q: string) => setQuery(q), [setQuery]);
  const counts = s.counts;
  // 待报送 and 已逾期 together are every space whose (change) report is still due.
  const pendingCount = s.allCounts ? s.allCounts.待报送 + s.allCounts.已逾期 : 0;

  const onEdit = async (id: string) => {
    try {
      await useSpaceStore.getState().startEdit(id);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  // customerSpaces.get reads the space itself: it need not be among the rows loaded so far.
  useOpenRequestedRecord((id) => void onEdit(id), () => true);

  const onRemove = async (row: SpaceRow) => {
    try {
      await remove(row.id);
      setSelectedIds((ids) => ids.filter((x) => x !== row.id));
      void message.success(`已删除客户空间 ${row.spaceCode}`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const onRestore = async (row: SpaceRow) => {
    try {
      await api['customerSpaces.restore']({ id: row.id });
      void message.success(`已撤销客户空间 ${row.spaceCode} 的退租`);
      void reload(true);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const file = await api['customerSpaces.exportXlsx']({});
      downloadBase64(file.fileName, file.dataBase64, XLSX_MIME);
      void message.success(`已导出客户空间登记表（${formatCount(file.rows)} 个空间）`);
    } catch (err) {
      void message.error(`未能导出登记表：${errorMessage(err)}`);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section>
      <ScreenHeader
        title="客户空间"
        articles={['第四条', '第十二条']}
        extra={
          <Space wrap>
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => startNew()} disabled={!!s.editor}>
              新增
            </Button>
            <Button icon={<UploadOutlined aria-hidden />} onClick={() => setDialog('import')}>
              导入
            </Button>
            <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void exportXlsx()} loading={exporting}>
              导出登记表
            </Button>
            <Button onClick={() => setDialog('markReported')}>登记报送</Button>
            <Button onClick={() => setDialog('codePattern')}>编号规则</Button>
          </Space>
        }
      >
        客户空间统一编号，登记租用者和绑定域名持有者的真实身份（第四条）；客户信息在开通后三十日内报送公安机关，变更后三十日内再次报送（第十二条）。
      </ScreenHeader>

      {s.loadState === 'error' ? (
        <LoadErrorAlert title="未能读取客户空间列表" error={s.loadError} onRetry={() => void reload(true)} style={{ marginTop: 12 }} />
      ) : null}
      {s.lastSavedCode && !s.editor ? (
        <Alert role="status" type="success" showIcon style={{ marginTop: 12 }} title={`已保存客户空间 ${s.lastSavedCode}`} />
      ) : null}

      {s.editor ? (
        <SpaceEditor key={s.editor.id ?? 'new'} editor={s.editor} saving={s.saving} onChange={setValues} onSave={save} onCancel={closeEditor} />
      ) : null}

      <Card style={{ marginTop: 16 }}>
        <Flex vertical gap={12}>
          <SpaceFilters query={s.query} filter={s.filter} counts={counts} onQuery={onQuery} onFilter={setFilter} />
          <Flex gap={16} wrap role="status" aria-live="polite">
            {s.loadState === 'loading' ? <Spin size="small" /> : null}
            <Typography.Text>
              {s.answered.query.trim() !== '' || s.answered.filter !== '全部'
                ? `共 ${formatCount(s.allCounts?.全部 ?? 0)} 个空间，符合条件 ${formatCount(s.total)} 个`
                : `共 ${formatCount(s.total)} 个空间`}
            </Typography.Text>
            {s.allCounts && s.allCounts.已退租 > 0 && s.answered.filter !== '已退租' ? (
              <Typography.Text type="secondary">另有 {formatCount(s.allCounts.已退租)} 个已退租（不在此列表中）</Typography.Text>
            ) : null}
            {s.loadingMore ? <Typography.Text type="secondary">正在加载更多…</Typography.Text> : null}
            {selectedIds.length > 0 ? <Typography.Text>已选 {formatCount(selectedIds.length)} 个</Typography.Text> : null}
            {s.allCounts && s.allCounts.已逾期 > 0 ? <Typography.Text type="danger">{formatCount(s.allCounts.已逾期)} 个已逾期未报送（第十二条）</Typography.Text> : null}
          </Flex>
          <section aria-label="客户空间列表">
            <SpaceTable
              rows={s.rows}
              loading={s.loadState === 'loading' && s.rows.length === 0}
              selectedIds={selectedIds}
              onSelect={setSelectedIds}
              onNearEnd={() => void loadMore()}
              onEdit={(id) => void onEdit(id)}
              onRemove={onRemove}
              onEnd={setEnding}
              onRestore={onRestore}
            />
          </section>
        </Flex>
      </Card>

      <ImportWizard open={dialog === 'import'} onClose={() => setDialog(null)} onImported={() => void reload(true)} />
      <MarkReportedDialog
        open={dialog === 'markReported'}
        selectedIds={selectedIds}
        pendingCount={pendingCount}
        onClose={() => setDialog(null)}
        onDone={(n) => {
          void message.success(`已登记 ${formatCount(n)} 个空间已报送`);
          setSelectedIds([]);
          void reload(true);
        }}
      />
      <EndSpaceDialog
        space={ending}
        onClose={() => setEnding(null)}
        onDone={(row) => {
          void message.success(`客户空间 ${row.spaceCode} 已退租（筛选“已退租”可查看）`);
          setSelectedIds((ids) => ids.filter((x) => x !== row.id));
          void reload(true);
        }}
      />
      <CodePatternDialog open={dialog === 'codePattern'} onClose={() => setDialog(null)} onSaved={(next) => void message.success(`编号规则已保存，下一个编号：${next}`)} />
    </section>
  );
}
