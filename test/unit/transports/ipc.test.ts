// The Electron IPC transport without the Electron runtime (not downloadable here): electron's ipcMain,
// dialog and BrowserWindow are stood in for, so what registerIpc does with a message and with the dialogs
// a handler asks for (CallContext.pickPath) is checked for real.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallContext } from '../../../electron/api/handlers';

type Handler = (event: unknown, method: unknown, input: unknown) => Promise<unknown>;
const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, method: unknown, input: unknown) => Promise<unknown>>(),
  dialogCalls: [] as { window: unknown; options: { title: string; properties: string[] } }[],
  answer: { canceled: false, filePaths: ['/srv/game/logs'] } as { canceled: boolean; filePaths: string[] },
  window: { id: 7 },
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: Handler) => electron.handlers.set(channel, fn),
    removeHandler: (channel: string) => electron.handlers.delete(channel),
  },
  dialog: {
    showOpenDialog: async (...args: unknown[]) => {
      const [window, options] = args.length === 2 ? args : [null, args[0]];
      electron.dialogCalls.push({ window, options: options as { title: string; properties: string[] } });
      return electron.answer;
    },
  },
  BrowserWindow: { fromWebContents: () => electron.window },
}));

const { registerIpc } = await import('../../../electron/ipc');
const { IPC_CHANNEL } = await import('../../../shared/api/methodNames');

const fromApp = { senderFrame: { parent: null, url: 'app://beian/index.html' }, sender: {} };

describe('registerIpc', () => {
  let seen: { method: string; input: unknown; ctx: CallContext | undefined }[];
  let unregister: () => void;
  const invoke = (event: unknown, method: unknown, input: unknown) => electron.handlers.get(IPC_CHANNEL)!(event, method, input);

  beforeEach(() => {
    seen = [];
    electron.dialogCalls.length = 0;
    electron.answer = { canceled: false, filePaths: ['/srv/game/logs'] };
    unregister?.();
    unregister = registerIpc((async (method: string, input: unknown, ctx?: CallContext) => {
      seen.push({ method, input, ctx });
      if (method === 'pick') {
        const { kind } = input as { kind: 'file' | 'folder' };
        return { ok: true, result: await ctx!.pickPath!({ kind, title: `选择${kind}` }) };
      }
      return { ok: true, result: null };
    }) as never);
  });

  it('hands a message from the app page to dispatch as an ipc call', async () => {
    await expect(invoke(fromApp, 'unit.get', {})).resolves.toEqual({ ok: true, result: null });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'unit.get', input: {}, ctx: { transport: 'ipc' } });
  });

  it('refuses a message from a frame that is not the app page, and one from a subframe', async () => {
    await expect(invoke({ senderFrame: { parent: null, url: 'https://example.com/' }, sender: {} }, 'unit.get', {})).rejects.toThrow(/refused/);
    await expect(invoke({ senderFrame: { parent: {}, url: 'app://beian/index.html' }, sender: {} }, 'unit.get', {})).rejects.toThrow(/refused/);
    await expect(invoke({ senderFrame: null, sender: {} }, 'unit.get', {})).rejects.toThrow(/refused/);
    expect(seen).toHaveLength(0);
  });

  it('opens a folder dialog or a file dialog on the calling window, as the handler asks, and gives back the choice', async () => {
    await expect(invoke(fromApp, 'pick', { kind: 'folder' })).resolves.toEqual({ ok: true, result: '/srv/game/logs' });
    electron.answer = { canceled: false, filePaths: ['/srv/game/logs/game.log'] };
    await expect(invoke(fromApp, 'pick', { kind: 'file' })).resolves.toEqual({ ok: true, result: '/srv/game/logs/game.log' });
    expect(electron.dialogCalls).toEqual([
      { window: electron.window, options: { title: '选择folder', properties: ['openDirectory'] } },
      { window: electron.window, options: { title: '选择file', properties: ['openFile'] } },
    ]);
  });

  it('a cancelled dialog is no path', async () => {
    electron.answer = { canceled: true, filePaths: [] };
    await expect(invoke(fromApp, 'pick', { kind: 'file' })).resolves.toEqual({ ok: true, result: null });
  });
});
