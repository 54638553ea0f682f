import {
  AuditOutlined,
  CalendarOutlined,
  CloudServerOutlined,
  DashboardOutlined,
  ExportOutlined,
  HddOutlined,
  IdcardOutlined,
  SafetyOutlined,
  SettingOutlined,
  SolutionOutlined,
  TeamOutlined,
  HistoryOutlined,
  AlertOutlined,
  FileProtectOutlined,
  ClusterOutlined,
  QuestionCircleOutlined,
} from '@ant-design/icons';
import { Flex, Layout, Menu, Typography } from 'antd';
import { useEffect, type MouseEvent, type ReactNode } from 'react';
import { CustomerSpacesScreen } from '../features/customerSpaces/CustomerSpacesScreen';
import { GameLogsScreen } from '../features/gameLogs/GameLogsScreen';
import { IncidentsScreen } from '../features/incidents/IncidentsScreen';
import { ChangesScreen } from '../features/changes/ChangesScreen';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { DutyRosterScreen } from '../features/dutyRoster/DutyRosterScreen';
import { ExportScreen } from '../features/export/ExportScreen';
import { LicensesScreen } from '../features/licenses/LicensesScreen';
import { PeopleScreen } from '../features/people/PeopleScreen';
import { ServersScreen } from '../features/servers/ServersScreen';
import { IdcRoomsScreen } from '../features/idcRooms/IdcRoomsScreen';
import { HelpScreen } from '../features/help/HelpScreen';
import { SecurityGroupScreen } from '../features/securityGroup/SecurityGroupScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { UnitScreen } from '../features/unit/UnitScreen';
import { useUnitStore } from '../store/unitStore';
import { DamagedDialog } from '../features/workspace/DamagedDialog';
import { SCREENS, type ScreenKey, useNavigation } from '../store/navigation';
import { useWorkspaceStore } from '../store/workspace';

// Icons are decoration: aria-hidden keeps them out of the menu items' accessible names.
const ICONS: Record<ScreenKey, ReactNode> = {
  dashboard: <DashboardOutlined aria-hidden />,
  unit: <SolutionOutlined aria-hidden />,
  licenses: <AuditOutlined aria-hidden />,
  people: <IdcardOutlined aria-hidden />,
  securityGroup: <SafetyOutlined aria-hidden />,
  dutyRoster: <CalendarOutlined aria-hidden />,
  servers: <CloudServerOutlined aria-hidden />,
  idcRooms: <ClusterOutlined aria-hidden />,
  customerSpaces: <HddOutlined aria-hidden />,
  incidents: <AlertOutlined aria-hidden />,
  gameLogs: <FileProtectOutlined aria-hidden />,
  changes: <HistoryOutlined aria-hidden />,
  export: <ExportOutlined aria-hidden />,
  settings: <SettingOutlined aria-hidden />,
  help: <QuestionCircleOutlined aria-hidden />,
};

function Screen({ screen }: { screen: ScreenKey }) {
  if (screen === 'dashboard') return <DashboardScreen />;
  if (screen === 'unit') return <UnitScreen />;
  if (screen === 'licenses') return <LicensesScreen />;
  if (screen === 'people') return <PeopleScreen />;
  if (screen === 'changes') return <ChangesScreen />;
  if (screen === 'servers') return <ServersScreen />;
  if (screen === 'securityGroup') return <SecurityGroupScreen />;
  if (screen === 'dutyRoster') return <DutyRosterScreen />;
  if (screen === 'export') return <ExportScreen />;
  if (screen === 'settings') return <SettingsScreen />;
  if (screen === 'customerSpaces') return <CustomerSpacesScreen />;
  if (screen === 'incidents') return <IncidentsScreen />;
  if (screen === 'gameLogs') return <GameLogsScreen />;
  if (screen === 'idcRooms') return <IdcRoomsScreen />;
  if (screen === 'help') return <HelpScreen />;
  return null;
}

export function Shell() {
  const screen = useNavigation((s) => s.screen);
  const go = useNavigation((s) => s.go);
  const unitName = useUnitStore((s) => s.saved?.name);

  useEffect(() => {
    // Startup: the workspace first (a damaged database opens the restore dialog), then the records.
    void (async () => {
      await useWorkspaceStore.getState().load({ announce: true });
      await useUnitStore.getState().load();
    })();
  }, []);

  // 文件 → 备份到U盘… / 从备份恢复… (desktop app): 设置 → 备份与迁移 opens the matching dialog.
  useEffect(() => {
    window.beianMenu?.onCommand((command) => (command === 'help' ? go('help') : go('settings', { focusField: command })));
  }, [go]);

  // A restore (a rolling backup, a set-aside database or a full backup) replaced the data underneath.
  const dataVersion = useWorkspaceStore((s) => s.dataVersion);
  useEffect(() => {
    if (dataVersion > 0) void useUnitStore.getState().load();
  }, [dataVersion]);

  useEffect(() => {
    document.title = unitName ? `备案台 · ${unitName}` : '备案台';
  }, [unitName]);

  const onRestored = () => {
    void useUnitStore.getState().load();
  };

  // The address's hash carries the host's token, so the skip link moves the focus itself instead of going to #main.
  const skipToMain = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    document.getElementById('main-content')?.focus();
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a href="#main-content" className="skip-link" onClick={skipToMain}>
        跳到主要内容
      </a>
      <Layout.Header className="app-header">
        <Flex align="center" gap={16} style={{ height: '100%' }}>
          <Typography.Title level={1} className="app-title">
            备案台
          </Typography.Title>
          {unitName ? (
            <Typography.Text className="app-unit-name" ellipsis title={unitName}>
              {unitName}
            </Typography.Text>
          ) : null}
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={208} theme="light" className="app-sider">
          <nav aria-label="主菜单">
            <Menu
              mode="inline"
              selectedKeys={[screen]}
              onClick={({ key }) => go(key as ScreenKey)}
              items={SCREENS.map((s) => ({ key: s.key, label: s.label, icon: ICONS[s.key] }))}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="app-content" id="main-content" tabIndex={-1}>
          <Screen key={screen} screen={screen} />
        </Layout.Content>
      </Layout>
      <DamagedDialog onRestored={onRestored} />
    </Layout>
  );
}
