import path from 'node:path';

/**
 * Where the app's own files are, from the directory of the running bundle (dist/electron/ in the
 * repository, app.asar/dist/electron/ when packaged). Does not use app.getAppPath(): when Electron
 * is started on the script itself (`electron dist/electron/main.cjs`, as the e2e tests do) that
 * returns dist/electron.
 */
export interface AppPaths {
  /** The repository root, or app.asar when packaged. */
  appRoot: string;
  preload: string;
  /** The database thread's script (electron/api/apiWorker.ts); Electron loads a worker from inside app.asar too. */
  apiWorker: string;
  /** Vite's output, served as app://beian/. */
  renderer: string;
  sqlWasm: string;
  icon: string;
}

export function appPaths(bundleDir: string): AppPaths {
  const appRoot = path.resolve(bundleDir, '..', '..');
  return {
    appRoot,
    preload: path.join(bundleDir, 'preload.cjs'),
    apiWorker: path.join(bundleDir, 'apiWorker.cjs'),
    renderer: path.join(appRoot, 'dist', 'renderer'),
    sqlWasm: path.join(appRoot, 'assets', 'sql-wasm.wasm'),
    icon: path.join(appRoot, 'assets', 'icon.png'),
  };
}

/** The workspace folder: BEIAN_WORKSPACE (tests pass a fresh folder per test), else <userData>/workspace. */
export function workspaceDir(env: NodeJS.ProcessEnv, userData: string): string {
  const fromEnv = env.BEIAN_WORKSPACE?.trim();
  return fromEnv ? path.resolve(fromEnv) : path.join(userData, 'workspace');
}

/**
 * Electron's profile folder (preferences, Chromium caches, the single-instance lock). BEIAN_USER_DATA
 * overrides it so parallel test runs do not share one lock; otherwise <appData>/<dirName>, the same
 * folder whether Electron was started on the app directory or on the bundle.
 */
export function userDataDir(env: NodeJS.ProcessEnv, appData: string, dirName: string): string {
  const fromEnv = env.BEIAN_USER_DATA?.trim();
  return fromEnv ? path.resolve(fromEnv) : path.join(appData, dirName);
}
