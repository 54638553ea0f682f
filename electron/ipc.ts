import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, safeStorage, type IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../shared/api/methodNames';
import type { Dispatch } from './api/dispatch';
import type { BackupKeychain } from './api/handlers';
import { isAppUrl } from './appProtocol';

/**
 * The Electron transport: one invoke channel, `(method, input)` in, a CallResult envelope out.
 * Every message's sender frame must be a top-level page of app://beian; the input is validated by
 * `dispatch` against the contract, as for every other transport.
 */
function trustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame) return false; // navigated away or destroyed before the message was handled
  return frame.parent === null && isAppUrl(frame.url);
}

/**
 * The full-backup passphrase, kept only when the user asked: encrypted by the OS keychain
 * (safeStorage) in the user-data folder, never in the workspace or a backup.
 */
const keychainFile = () => path.join(app.getPath('userData'), 'backup-passphrase.bin');
const keychain: BackupKeychain = {
  available: () => safeStorage.isEncryptionAvailable(),
  has: () => existsSync(keychainFile()),
  save: async (passphrase) => writeFileSync(keychainFile(), safeStorage.encryptString(passphrase), { mode: 0o600 }),
  load: async () => {
    try {
      return safeStorage.decryptString(readFileSync(keychainFile()));
    } catch {
      return null;
    }
  },
};

export function registerIpc(dispatch: Dispatch): () => void {
  ipcMain.handle(IPC_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!trustedSender(event)) {
      console.warn('[beian] refused an IPC call from a frame outside app://beian');
      throw new Error('refused: the caller is not this application');
    }
    const pickPath = async ({ kind, title }: { kind: 'file' | 'folder'; title: string }): Promise<string | null> => {
      const window = BrowserWindow.fromWebContents(event.sender);
      const options = { title, properties: [kind === 'folder' ? ('openDirectory' as const) : ('openFile' as const)] };
      const picked = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return picked.canceled ? null : (picked.filePaths[0] ?? null);
    };
    return dispatch(typeof method === 'string' ? method : '', input, { transport: 'ipc', pickPath, keychain });
  });
  return () => ipcMain.removeHandler(IPC_CHANNEL);
}
