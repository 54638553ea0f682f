import './quietBundledDeprecations';
import { app, BrowserWindow, dialog, Menu, protocol, screen, session, shell, type WebContents } from 'electron';
import Store from 'electron-store';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openWorkerApiHost, type WorkerApiHost } from './api/workerHost';
import {
  APP_INDEX_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  isAppUrl,
  isSafeExternalUrl,
  serveAppRequest,
} from './appProtocol';
import { registerIpc } from './ipc';
import { logInternalError } from './log';
import { aboutDetail, buildMenuTemplate } from './menu';
import { MENU_CHANNEL } from '../shared/api/methodNames';
import { appPaths, userDataDir, workspaceDir } from './paths';
import {
  captureWindowState,
  loadWindowState,
  MIN_WINDOW_SIZE,
  saveWindowState,
  type PreferencesStore,
} from './windowState';

const APP_NAME = '备案台';
/** ASCII folder name under appData for Electron's profile (preferences, caches, the instance lock). */
const PROFILE_DIR = 'BeianDesk';

const paths = appPaths(__dirname);

// --- Before 'ready': profile folder, single instance, privileged scheme -------------------------

app.setPath('userData', userDataDir(process.env, app.getPath('appData'), PROFILE_DIR));
app.setName(APP_NAME);

let mainWindow: BrowserWindow | null = null;
/** Set once opening starts, so a quit during startup still waits for the workspace to close. */
let hostPromise: Promise<WorkerApiHost> | null = null;
let unregisterIpc: (() => void) | null = null;
let shutdown: 'running' | 'closing' | 'closed' = 'running';

if (!app.requestSingleInstanceLock()) {
  // Another 备案台 owns this profile (and its workspace): it gets focused, this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
  app.enableSandbox(); // every renderer sandboxed, whatever a window's options say

  hardenAllWebContents();
  app.on('before-quit', onBeforeQuit);
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start, (err: unknown) => fail(err));
}

// --- Startup ------------------------------------------------------------------------------------

async function start(): Promise<void> {
  try {
    lockDownSession();
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(paths.renderer, request));

    const workspace = workspaceDir(process.env, app.getPath('userData'));
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          appName: APP_NAME,
          platform: process.platform,
          isPackaged: app.isPackaged,
          openDataFolder: () => void openDataFolder(workspace),
          showAbout: () => void showAbout(),
          openBackup: (action) => mainWindow?.webContents.send(MENU_CHANNEL, action),
          openHelp: () => mainWindow?.webContents.send(MENU_CHANNEL, 'help'),
        }),
      ),
    );

    // The database and every service run in a worker thread: a long save or import never freezes a window.
    hostPromise = openWorkerApiHost(workspace, {
      wasmPath: paths.sqlWasm,
      workerPath: paths.apiWorker,
      onCrash: (err) => logInternalError('database thread', err),
    });
    const host = await hostPromise;
    unregisterIpc = registerIpc(host.dispatch);

    mainWindow = createMainWindow(openPreferences());
  } catch (err) {
    fail(err);
  }
}

/** electron-store: preferences only (window state, later the last export folder and image profile). */
function openPreferences(): PreferencesStore {
  try {
    return new Store<Record<string, unknown>>({ name: 'preferences', clearInvalidConfig: true });
  } catch (err) {
    // An unwritable profile folder costs the remembered window size, never the start.
    logInternalError('preferences', err);
    const memory = new Map<string, unknown>();
    return { get: (key) => memory.get(key), set: (key, value) => void memory.set(key, value) };
  }
}

function createMainWindow(prefs: PreferencesStore): BrowserWindow {
  const state = loadWindowState(prefs, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: APP_NAME,
    backgroundColor: '#ffffff',
    show: false,
    ...(process.platform === 'linux' ? { icon: paths.icon } : {}),
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: !app.isPackaged,
    },
  });

  let shown = false;
  const show = () => {
    if (shown || win.isDestroyed()) return;
    shown = true;
    if (state.maximized) win.maximize();
    win.show();
  };
  win.once('ready-to-show', show);
  win.webContents.once('did-fail-load', show);

  // Keep the state current (a crash loses at most the last half second) and save it on close.
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    saveWindowState(prefs, captureWindowState(win.getNormalBounds(), win.isMaximized()));
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('maximize', saveSoon);
  win.on('unmaximize', saveSoon);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[beian] renderer gone: ${details.reason} (exit code ${details.exitCode})`);
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });

  void win.loadURL(APP_INDEX_URL);
  return win;
}

// --- Security -----------------------------------------------------------------------------------

/** Permissions, downloads and network for the default session (the only one the app uses). */
function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // Only files the app itself generated (a Blob made by an app:// page: 导出登记表, 被拒绝的行, 月度变更报告)
  // may be downloaded, and always through the system's save dialog; anything else is refused.
  ses.on('will-download', (event, item) => {
    if (!item.getURL().startsWith('blob:app://')) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions({ title: '保存文件', defaultPath: item.getFilename() });
  });
  // The app is offline: nothing it serves may reach the network (CSP says so too).
  ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) =>
    callback({ cancel: /^(https?|wss?|ftp):/i.test(details.url) }),
  );
}

/** Navigation, new windows and <webview> refused for every WebContents the app ever creates. */
function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-frame-navigate', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Only https links leave the app, and only to the user's browser; no window opens here.
      if (isSafeExternalUrl(url)) void shell.openExternal(url).catch(() => {});
      return { action: 'deny' };
    });
  });
}

// --- Menu actions -------------------------------------------------------------------------------

async function openDataFolder(workspace: string): Promise<void> {
  const error = await shell.openPath(workspace);
  if (error) {
    await dialog.showMessageBox({ type: 'warning', title: APP_NAME, message: '无法打开数据目录', detail: workspace });
  }
}

async function showAbout(): Promise<void> {
  const options = {
    type: 'info' as const,
    title: `关于${APP_NAME}`,
    message: APP_NAME,
    detail: aboutDetail(appVersion(), process.versions),
    buttons: ['确定'],
  };
  if (mainWindow) await dialog.showMessageBox(mainWindow, options);
  else await dialog.showMessageBox(options);
}

/** From the app's package.json (app.getVersion() gives Electron's own when started on the bundle file). */
function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(paths.appRoot, 'package.json'), 'utf8')) as { version?: unknown };
    if (typeof pkg.version === 'string') return pkg.version;
  } catch {
    // fall through
  }
  return app.getVersion();
}

// --- Shutdown -----------------------------------------------------------------------------------

/** Quit waits until the workspace is closed, i.e. every pending save is durably on disk. */
function onBeforeQuit(event: Electron.Event): void {
  if (shutdown === 'closed' || !hostPromise) return;
  event.preventDefault();
  if (shutdown === 'closing') return;
  shutdown = 'closing';
  unregisterIpc?.();
  unregisterIpc = null;
  hostPromise
    .then((host) => host.close())
    .catch((err: unknown) => logInternalError('workspace.close', err))
    .finally(() => {
      shutdown = 'closed';
      app.quit();
    });
}

function fail(err: unknown): void {
  logInternalError('startup', err);
  // The message names the folder's problem, never a record.
  const detail = err instanceof Error && 'code' in err ? `错误代码：${String((err as { code: unknown }).code)}` : '';
  dialog.showErrorBox(`${APP_NAME}无法启动`, `打开数据目录失败，请检查磁盘空间与文件夹权限后重新启动。\n${detail}`);
  app.exit(1);
}
