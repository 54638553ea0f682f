import { create } from 'zustand';

/** The screens of the left menu, in menu order (docs/LABELS.md). */
export const SCREENS = [
  { key: 'dashboard', label: '概览' },
  { key: 'unit', label: '单位信息' },
  { key: 'licenses', label: '证照' },
  { key: 'people', label: '人员' },
  { key: 'securityGroup', label: '信息网络安全小组' },
  { key: 'dutyRoster', label: '值班表' },
  { key: 'servers', label: '服务器' },
  { key: 'idcRooms', label: '机房' },
  { key: 'customerSpaces', label: '客户空间' },
  { key: 'incidents', label: '安全事件' },
  { key: 'gameLogs', label: '游戏日志' },
  { key: 'changes', label: '变更记录' },
  { key: 'export', label: '导出备案材料' },
  { key: 'settings', label: '设置' },
  { key: 'help', label: '帮助' },
] as const;

export type ScreenKey = (typeof SCREENS)[number]['key'];

export const screenLabel = (key: ScreenKey): string => SCREENS.find((s) => s.key === key)?.label ?? key;

interface NavigationState {
  screen: ScreenKey;
  /** A field to focus once the screen is shown (e.g. from the dashboard's 去填写). */
  focusField: string | null;
  /** A record to open in its form once the screen is shown (概览's 去处理). */
  recordId: string | null;
  go(screen: ScreenKey, options?: { focusField?: string; recordId?: string }): void;
  clearFocus(): void;
}

/** Navigation lives in memory: the URL hash carries the host's access token, not a route. */
export const useNavigation = create<NavigationState>()((set) => ({
  screen: 'dashboard',
  focusField: null,
  recordId: null,
  go: (screen, options) => set({ screen, focusField: options?.focusField ?? null, recordId: options?.recordId ?? null }),
  clearFocus: () => set({ focusField: null, recordId: null }),
}));
