import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import type { StoredServer } from '../../../shared/records/server';
import { errorMessage } from '../../api/client';
import { LoadErrorAlert } from '../../components/LoadErrorAlert';
import { useOpenRequestedRecord } from '../../forms/useFocusRequest';
import { ScreenHeader } from '../../components/ScreenHeader';
import { usePeopleDirectory } from '../../store/peopleDirectory';
import { ServerEditor } from './ServerEditor';
import { ServerFilters } from './ServerFilters';
import { filterRows, toRows, type ServerFilter } from './serverSearch';
import { useServerStore } from './serverStore';
import { ServerTable } from './ServerTable';

export function ServersScreen() {
  const { message } = App.useApp();
  const s = useServerStore(
    useShallow((st) => ({
      list: st.list,
      loadState: st.loadState,
      loadError: st.loadError,
      editor: st.editor,
      saving: st.saving,
      lastSavedId: st.lastSavedId,
      filter: st.filter,
    })),
  );
  const { load, startNew, startEdit, setValues, closeEditor, save, remove, setFilter } = useServerStore.getState();
  const people = usePeopleDirectory((st) => st.people);
  const peopleById = usePeopleDirectory((st) => st.byId);

  useOpenRequestedRecord(startEdit, (id) => s.list.some((x) => x.id === id));

  useEffect(() => {
    void useServerStore.getState().load();
    void usePeopleDirectory.getState().load();
  }, []);

  // Dates are days in China: "today" is taken in Asia/Shanghai whatever the machine's zone.
  const today = todayInShanghai();
  const rows = useMemo(() => toRows(s.list, today), [s.list, today]);
  const shown = useMemo(() => filterRows(rows, s.filter), [rows, s.filter]);
  const lacking = useMemo(() => rows.filter((r) => r.missing.length > 0).length, [rows]);
  const overdue = useMemo(() => rows.filter((r) => r.state.kind === 'overdue').length, [rows]);
  const lastSaved = s.lastSavedId ? s.list.find((x) => x.id === s.lastSavedId) : undefined;
  const onFilter = useCallback((f: Partial<ServerFilter>) => setFilter(f), [setFilter]);

  const onRemove = async (server: StoredServer) => {
    try {
      await remove(server.id);
      void message.success(`已删除服务器 ${server.assetNo}`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  return (
    <section>
      <ScreenHeader
        title="服务器"
        articles={['第三条', '第五条', '第六条', '第七条', '第八条', '第十条']}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => startNew()} disabled={!!s.editor}>
            新增
          </Button>
        }
      >
        每台服务器应在联网后三十天内办理备案（第八条）；域名解析、电子邮件、游戏服务器另有安全措施和日志留存要求（第五、六、七条）。
      </ScreenHeader>

      {s.loadState === 'error' ? (
        <LoadErrorAlert title="未能读取服务器列表" error={s.loadError} onRetry={() => void load()} style={{ marginTop: 12 }} />
      ) : null}
      {lastSaved && !s.editor ? (
        <Alert role="status" type="success" showIcon style={{ marginTop: 12 }} title={`已保存服务器 ${lastSaved.assetNo}`} />
      ) : null}

      {s.editor ? (
        <ServerEditor
          key={s.editor.id ?? 'new'}
          editor={s.editor}
          people={people}
          saving={s.saving}
          onChange={setValues}
          onSave={save}
          onCancel={closeEditor}
        />
      ) : null}

      <Card style={{ marginTop: 16 }}>
        <Flex vertical gap={12}>
          <ServerFilters filter={s.filter} onChange={onFilter} />
          <Flex gap={16} wrap role="status" aria-live="polite">
            {s.loadState === 'loading' && s.list.length === 0 ? <Spin size="small" /> : null}
            <Typography.Text>
              共 {rows.length} 台，显示 {shown.length} 台
            </Typography.Text>
            {overdue > 0 ? <Typography.Text type="danger">{overdue} 台已逾期未备案（第八条）</Typography.Text> : null}
            {lacking > 0 ? <Typography.Text type="warning">{lacking} 台缺少安全措施或日志留存说明（第五至七条）</Typography.Text> : null}
          </Flex>
          <section aria-label="服务器列表">
            <ServerTable rows={shown} people={peopleById} onEdit={startEdit} onRemove={onRemove} />
          </section>
        </Flex>
      </Card>

    </section>
  );
}
