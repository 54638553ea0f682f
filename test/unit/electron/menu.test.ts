// The desktop menu (electron/menu.ts is plain data, so it is checked without the Electron runtime): 帮助 offers
// 使用说明 (F1), which asks the window to show the in-app 帮助 screen, and every label is Chinese.
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuItemSpec } from '../../../electron/menu';
import { MENU_COMMANDS } from '../../../shared/api/methodNames';

const labels = (items: MenuItemSpec[]): string[] => items.flatMap((i) => [...(i.label ? [i.label] : []), ...labels(i.submenu ?? [])]);

describe('desktop menu', () => {
  it.each(['win32', 'linux', 'darwin'] as const)('on %s, 帮助 → 使用说明 (F1) opens the help screen', (platform) => {
    const openHelp = vi.fn();
    const template = buildMenuTemplate({ appName: '备案台', platform, isPackaged: true, openDataFolder: vi.fn(), showAbout: vi.fn(), openBackup: vi.fn(), openHelp });
    const help = template.find((m) => m.label === '帮助');
    const guide = help?.submenu?.find((i) => i.label === '使用说明');
    expect(guide?.accelerator).toBe('F1');
    guide?.click?.();
    expect(openHelp).toHaveBeenCalledTimes(1);
    expect(help?.submenu?.some((i) => i.label === '关于备案台')).toBe(true);
    for (const label of labels(template)) expect(label, label).not.toMatch(/[A-Za-z]{3,}/u);
  });

  it('the window accepts the help command', () => {
    expect(MENU_COMMANDS).toContain('help');
  });
});
