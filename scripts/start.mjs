// npm start: builds if needed, then runs the app in the Electron runtime from node_modules.
// When that runtime was not downloaded, says so (中文 + English) and how to get it, and exits 1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { electronRuntime } = require('./electronRuntime.cjs');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtFiles = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];

if (builtFiles.some((f) => !existsSync(path.join(root, f)))) {
  console.log('构建中（dist/ 不完整）… / Building (dist/ is incomplete)…');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const runtime = electronRuntime({ root });
if (!runtime.available) {
  const v = runtime.version ?? '';
  console.error(`
未安装 Electron 运行时，无法打开桌面窗口。
  原因：${runtime.reason}
  获取方法（需要能访问 GitHub 的网络）：
    node node_modules/electron/install.js
  国内网络可先设置镜像：
    ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ node node_modules/electron/install.js
  或者不设置 ELECTRON_SKIP_BINARY_DOWNLOAD，重新安装依赖（npm ci）。
  不需要 Electron 也能使用同一界面（在浏览器中打开）：
    npm run web -- --workspace <数据目录>

The Electron${v ? ` ${v}` : ''} runtime is not installed, so the desktop window cannot open.
  Reason: ${runtime.reason}
  To get it (needs network access to GitHub):
    node node_modules/electron/install.js
  (or set ELECTRON_MIRROR to a mirror first), or reinstall the dependencies without
  ELECTRON_SKIP_BINARY_DOWNLOAD (npm ci).
  The same app runs in a browser without Electron:
    npm run web -- --workspace <data folder>
`);
  process.exit(1);
}

// ELECTRON_RUN_AS_NODE would make the binary behave as plain Node and ignore the app.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(runtime.executablePath, [root, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit', windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('error', (err) => {
  console.error(`无法启动 Electron / could not start Electron: ${err.message}`);
  process.exit(1);
});
child.on('close', (code, signal) => {
  if (code === null) {
    console.error(`Electron 因信号 ${signal} 退出 / Electron exited on signal ${signal}`);
    process.exit(1);
  }
  process.exit(code);
});
