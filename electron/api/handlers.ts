import type { z } from 'zod';
import type { Contract, MethodName, MethodOutput } from '../../shared/api/contract';

/**
 * A service implementation of every contract method; the compiler refuses a missing one. A handler
 * receives the input after the contract's schema parsed it (defaults applied, values normalized).
 */
export type Handlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>, ctx: CallContext) => Promise<MethodOutput<M>> | MethodOutput<M>;
};

/** Which transport a call came through: some inputs (a file path) are trusted from the command line only. */
export interface CallContext {
  transport: 'ipc' | 'http' | 'cli' | 'test';
  /**
   * In the desktop app: asks the user for a file or folder with the main process's own dialog (docs/ARCHITECTURE.md:
   * paths come from main-process dialogs, never from the renderer). null when the user cancelled.
   */
  pickPath?: (opts: { kind: 'file' | 'folder'; title: string }) => Promise<string | null>;
  /** In the desktop app: the OS keychain (Electron safeStorage) holding the backup passphrase, only when the user asked. */
  keychain?: BackupKeychain;
}

/**
 * The one secret the app may keep: the full-backup passphrase, encrypted by the OS (safeStorage). Saving and
 * loading are asked of the main process by message (the services run in the database thread), hence async.
 */
export interface BackupKeychain {
  available(): boolean;
  has(): boolean;
  save(passphrase: string): Promise<void>;
  load(): Promise<string | null>;
}
