/**
 * The Chinese application menu as a plain template (no 'electron' import): main.ts passes it to
 * Menu.buildFromTemplate, and the compiler checks there that it fits MenuItemConstructorOptions.
 */

export type MenuRole =
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'reload'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools'
  | 'quit'
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide';

export interface MenuItemSpec {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemSpec[];
}

export interface MenuOptions {
  appName: string;
  platform: NodeJS.Platform;
  /** Developer tools only in unpackaged (development) runs. */
  isPackaged: boolean;
  openDataFolder(): void;
  showAbout(): void;
  /** 文件 → 备份到U盘… / 从备份恢复…: shown in the window (设置 → 备份与迁移). */
  openBackup?(action: 'backup' | 'restore'): void;
  /** 帮助 → 使用说明: the in-app 帮助 screen, readable offline. */
  openHelp?(): void;
}

const separator: MenuItemSpec = { type: 'separator' };

export function buildMenuTemplate(o: MenuOptions): MenuItemSpec[] {
  const mac = o.platform === 'darwin';
  const template: MenuItemSpec[] = [];

  if (mac) {
    template.push({
      label: o.appName,
      submenu: [
        { label: `关于${o.appName}`, click: o.showAbout },
        separator,
        { label: '服务', role: 'services' },
        separator,
        { label: `隐藏${o.appName}`, role: 'hide' },
        { label: '隐藏其他', role: 'hideOthers' },
        { label: '全部显示', role: 'unhide' },
        separator,
        { label: `退出${o.appName}`, role: 'quit' },
      ],
    });
  }

  template.push({
    label: '文件',
    submenu: [
      { label: '打开数据目录', click: o.openDataFolder },
      ...(o.openBackup
        ? [separator, { label: '备份到U盘…', click: () => o.openBackup?.('backup') }, { label: '从备份恢复…', click: () => o.openBackup?.('restore') }]
        : []),
      ...(mac ? [] : [separator, { label: '退出', role: 'quit' as const }]),
    ],
  });

  template.push({
    label: '编辑',
    submenu: [
      { label: '撤销', role: 'undo' },
      { label: '重做', role: 'redo' },
      separator,
      { label: '剪切', role: 'cut' },
      { label: '复制', role: 'copy' },
      { label: '粘贴', role: 'paste' },
      { label: '全选', role: 'selectAll' },
    ],
  });

  template.push({
    label: '视图',
    submenu: [
      { label: '重新加载', role: 'reload' },
      separator,
      { label: '实际大小', role: 'resetZoom' },
      { label: '放大', role: 'zoomIn' },
      { label: '缩小', role: 'zoomOut' },
      separator,
      { label: '全屏', role: 'togglefullscreen' },
      ...(o.isPackaged ? [] : [separator, { label: '开发者工具', role: 'toggleDevTools' as const }]),
    ],
  });

  template.push({
    label: '帮助',
    submenu: [...(o.openHelp ? [{ label: '使用说明', accelerator: 'F1', click: o.openHelp }, separator] : []), { label: `关于${o.appName}`, click: o.showAbout }],
  });

  return template;
}

/** The text of the 关于 dialog. */
export function aboutDetail(version: string, versions: { electron?: string; chrome?: string; node?: string }): string {
  return [
    `版本 ${version}`,
    '服务器托管单位备案材料整理工具（离线使用，数据只保存在本机）',
    '',
    `Electron ${versions.electron ?? '-'} · Chromium ${versions.chrome ?? '-'} · Node.js ${versions.node ?? '-'}`,
  ].join('\n');
}
