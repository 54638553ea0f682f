import { defineConfig } from '@playwright/test';
import os from 'node:os';

// Debian's Chromium, never a downloaded browser (`npx playwright install` is not used anywhere).
export const CHROMIUM_PATH = process.env.BEIAN_CHROMIUM ?? '/usr/bin/chromium';

const chromiumLaunch = {
  executablePath: CHROMIUM_PATH,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: Math.max(1, Math.min(2, os.availableParallelism())),
  // No retries, in CI either: a flaky test is a bug to find. (The 值班表 撤销 "hang" was antd's loading icon
  // waiting for a transitionend that never came; see renderer/features/dutyRoster/busyIcon.tsx.)
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  globalSetup: './test/e2e/globalSetup.ts',
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'off',
    screenshot: 'off',
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium', launchOptions: chromiumLaunch } },
    // The same specs in the Electron app; each test skips itself with the reason when the runtime is
    // absent. The fixture still receives the (cheap, once per worker) Chromium browser, unused there.
    { name: 'electron', use: { browserName: 'chromium', launchOptions: chromiumLaunch } },
  ],
});
