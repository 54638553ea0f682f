/**
 * The contract's method names alone, for code that must not pull in zod and the validators
 * (the sandboxed preload). contract.ts refuses to compile if this list and the table differ.
 */
export const METHOD_NAMES = [
  'identity.validate',
  'unit.get',
  'unit.save',
  'workspace.status',
  'workspace.restoreBackup',
  'audit.list',
  'licenses.list',
  'licenses.get',
  'licenses.save',
  'licenses.remove',
  'people.list',
  'people.get',
  'people.save',
  'people.remove',
  'servers.list',
  'servers.get',
  'servers.save',
  'servers.remove',
  'securityGroup.get',
  'securityGroup.save',
  'attachments.add',
  'attachments.get',
  'attachments.remove',
  'compliance.summary',
  'dutyRoster.get',
  'dutyRoster.saveSettings',
  'dutyRoster.generate',
  'dutyRoster.addOverride',
  'dutyRoster.removeOverride',
  'dutyRoster.undo',
  'dutyRoster.check',
  'dutyRoster.now',
  'filing.check',
  'filing.destinations',
  'filing.export',
  'filing.progress',
  'settings.get',
  'settings.save',
  'incidents.list',
  'incidents.get',
  'incidents.save',
  'incidents.remove',
  'customerSpaces.search',
  'customerSpaces.get',
  'customerSpaces.save',
  'customerSpaces.remove',
  'customerSpaces.markReported',
  'customerSpaces.getCodePattern',
  'customerSpaces.saveCodePattern',
  'customerSpaces.exportXlsx',
  'customerSpaces.importPreview',
  'customerSpaces.importRun',
  'customerSpaces.importProgress',
  'customerSpaces.rejectedRows',
  'reports.monthlyPreview',
  'reports.monthlyFiles',
  'reports.markMonthlyReported',
  'reports.monthlyHistory',
  'logs.seal',
  'logs.verify',
  'logs.list',
  'backup.status',
  'backup.saveSettings',
  'backup.start',
  'backup.progress',
  'backup.cancel',
  'backup.find',
  'backup.restore',
] as const;
export type MethodNameList = (typeof METHOD_NAMES)[number];

/** The Electron IPC channel the preload and the main process share. */
export const IPC_CHANNEL = 'beian:call';
/** Main process -> window: a menu command the window shows (文件 → 备份到U盘… / 从备份恢复…). */
export const MENU_CHANNEL = 'beian:menu';
export const MENU_COMMANDS = ['backup', 'restore'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The browser host's API route and token header. */
export const HTTP_API_PREFIX = '/api/';
export const HTTP_TOKEN_HEADER = 'x-beian-token';
