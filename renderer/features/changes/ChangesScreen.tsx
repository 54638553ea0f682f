import { Button, Tabs } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '../../../shared/api/contract';
import { api, errorMessage } from '../../api/client';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useNavigation } from '../../store/navigation';
import { useWorkspaceStore } from '../../store/workspace';
import { serverName } from '../../store/serverOptions';
import { AuditList } from './AuditList';
import { NO_LOOKUPS, type AuditLookups } from './auditText';
import { MONTHLY_REPORT_TAB } from '../../store/changesTabs';
import { MonthlyReportTab } from './MonthlyReportTab';

type TabKey = 'details' | typeof MONTHLY_REPORT_TAB;

function useAuditEntries() {
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [look, setLook] = useState<AuditLookups>(NO_LOOKUPS);
  const dataVersion = useWorkspaceStore((s) => s.dataVersion);

  const load = useCallback(async () => {
    setLoading(true);
    setError(null);
    try {
      // Servers and people name the ids some values hold; without them the values still show.
      const [list, servers, people] = await Promise.all([
        api['audit.list']({ limit: 500 }),
        api['servers.list']({}).catch(() => null),
        api['people.list']({}).catch(() => null),
      ]);
      const serverNames = new Map((servers ?? []).map((s) => [s.id, serverName(s)]));
      const personNames = new Map((people ?? []).map((p) => [p.id, p.name]));
      setLook({
        serverName: (id) => (servers ? (serverNames.get(id) ?? '（已删除的服务器）') : undefined),
        personName: (id) => (people ? (personNames.get(id) ?? '（已删除的人员）') : undefined),
      });
      // Newest first, whatever order the host answered in.
      setEntries([...list].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load, dataVersion]);

  return { entries, loading, error, load, look };
}

export function ChangesScreen() {
  const focusField = useNavigation((s) => s.focusField);
  const clearFocus = useNavigation((s) => s.clearFocus);
  const [tab, setTab] = useState<TabKey>(focusField === MONTHLY_REPORT_TAB ? MONTHLY_REPORT_TAB : 'details');
  const { entries, loading, error, load, look } = useAuditEntries();

  useEffect(() => {
    if (focusField === MONTHLY_REPORT_TAB) {
      setTab(MONTHLY_REPORT_TAB);
      clearFocus();
    }
  }, [focusField, clearFocus]);

  return (
    <section>
      <ScreenHeader
        title="变更记录"
        articles={['第十三条（三）']}
        extra={
          tab === 'details' ? (
            <Button onClick={() => void load()} loading={loading}>
              刷新
            </Button>
          ) : null
        }
      >
        每一次字段修改都记在这里（时间、对象、字段、原值、新值），最新的在前。IDC机房服务单位须每月二十日前向公安机关报送有变更的备案资料：月度变更报告从这些记录生成。
      </ScreenHeader>
      <Tabs
        style={{ marginTop: 8 }}
        activeKey={tab}
        onChange={(k) => setTab(k as TabKey)}
        items={[
          { key: 'details', label: '变更明细', children: <AuditList entries={entries} loading={loading} error={error} look={look} /> },
          { key: MONTHLY_REPORT_TAB, label: '月度变更报告', children: <MonthlyReportTab /> },
        ]}
      />
    </section>
  );
}
