// npm start: builds if needed, then runs the app in the Electron runtime from node_modules.
// When that runtime was not downloaded, says so in Chinese with the fix, and exits 1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { electronRuntime } = require('./electronRuntime.cjs');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const builtFiles = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];

if (builtFiles.some((f) => !existsSync(path.join(root, f)))) {
  console.log('构建中（dist/ 不完整）…');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const runtime = electronRuntime({ root });
if (!runtime.available) {
  const v = runtime.version ?? '';
  console.error(`
未安装 Electron 运行时，无法打开桌面窗口。
  原因：${runtime.reasonZh}
  解决方法一：下载运行时（需要能访问 GitHub 的网络），然后再运行 npm start：
    node node_modules/electron/install.js
  国内网络可先设置镜像：
    ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ node node_modules/electron/install.js
  或者不设置 ELECTRON_SKIP_BINARY_DOWNLOAD，重新安装依赖（npm ci）。
  解决方法二：不用 Electron，在浏览器中使用同一界面：
    npm run web -- --workspace ${path.join(os.homedir(), 'beian-data')}
  然后在浏览器中打开它打印的 http://127.0.0.1:… 地址。
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
  console.error(`无法启动 Electron：${err.message}`);
  process.exit(1);
});
child.on('close', (code, signal) => {
  if (code === null) {
    console.error(`Electron 因信号 ${signal} 退出`);
    process.exit(1);
  }
  process.exit(code);
});
