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
] as const;
export type MethodNameList = (typeof METHOD_NAMES)[number];

/** The Electron IPC channel the preload and the main process share. */
export const IPC_CHANNEL = 'beian:call';

/** The browser host's API route and token header. */
export const HTTP_API_PREFIX = '/api/';
export const HTTP_TOKEN_HEADER = 'x-beian-token';
