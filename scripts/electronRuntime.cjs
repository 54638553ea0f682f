// Finds the Electron runtime binary WITHOUT require('electron'): in this Electron release the
// package's index.js starts a download (node install.js) when the binary is missing, which would
// hang or fail on an offline machine. The lookup below mirrors index.js minus that side effect:
// node_modules/electron/path.txt names the executable inside node_modules/electron/dist/
// (or inside ELECTRON_OVERRIDE_DIST_PATH). Shared by scripts/start.mjs and test/e2e/electronApp.ts.
'use strict';

const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');

const REPO_ROOT = path.resolve(__dirname, '..');

function platformExecutable(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * @param {{ root?: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform }} [options]
 * @returns {{ available: true, executablePath: string, version: string } | { available: false, reason: string, reasonZh: string, version?: string }}
 */
function electronRuntime(options = {}) {
  const root = options.root ?? REPO_ROOT;
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;

  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve('electron/package.json', { paths: [root] }));
  } catch {
    return { available: false, reason: 'the electron npm package is not installed (run npm install)', reasonZh: '没有安装 electron 依赖包（运行 npm ci）' };
  }
  let version;
  try {
    version = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  } catch {
    return { available: false, reason: 'node_modules/electron/package.json is unreadable', reasonZh: '无法读取 node_modules/electron/package.json（依赖可能已损坏，重新运行 npm ci）' };
  }

  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  let executablePath;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    executablePath = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || platformExecutable(platform));
  } else if (relative) {
    executablePath = path.join(pkgDir, 'dist', relative);
  } else {
    return {
      available: false,
      version,
      reason: `the Electron ${version} runtime was never downloaded (node_modules/electron/path.txt is missing; installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1 or without network)`,
      reasonZh: `Electron ${version} 运行时从未下载（安装依赖时设置了 ELECTRON_SKIP_BINARY_DOWNLOAD=1，或当时没有网络）`,
    };
  }
  if (!existsSync(executablePath)) {
    return { available: false, version, reason: `the Electron ${version} executable ${executablePath} does not exist`, reasonZh: `找不到 Electron ${version} 的程序文件 ${executablePath}` };
  }
  return { available: true, executablePath, version };
}

module.exports = { electronRuntime, REPO_ROOT };
