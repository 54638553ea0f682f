/** The screens of the left menu (docs/LABELS.md), in order: key used in code → visible label. */
export const SCREENS = {
  dashboard: '概览',
  unit: '单位信息',
  licenses: '证照',
  people: '人员',
  securityGroup: '信息网络安全小组',
  dutyRoster: '值班表',
  servers: '服务器',
  idcRooms: '机房',
  customerSpaces: '客户空间',
  incidents: '安全事件',
  gameLogs: '游戏日志',
  changes: '变更记录',
  export: '导出备案材料',
  settings: '设置',
} as const;
export type ScreenKey = keyof typeof SCREENS;
export const SCREEN_KEYS = Object.keys(SCREENS) as [ScreenKey, ...ScreenKey[]];
