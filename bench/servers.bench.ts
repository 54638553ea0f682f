// 服务器 at scale (issue 3, item 5): 5,000 servers and 200 people saved through the API, then
//   (1) servers.list latency in process (dispatch, as every transport calls it) and over the browser host's HTTP;
//   (2) the 服务器 screen in Chromium: click → first row visible (cold after a reload, and warm on a revisit),
//       a search keystroke → rows updated (includes the 150 ms debounce), and how many rows are in the DOM.
// Needs `node scripts/build.mjs` first (the browser host serves dist/). Env: BENCH_SERVERS (5000), BENCH_PEOPLE (200),
// BENCH_CHROMIUM (/usr/bin/chromium). Prints numbers; fails only when something does not work (e.g. the DOM is not virtualised).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { openApiHost, type ApiHost } from '../electron/api/host';
import { mod11_2CheckChar } from '../shared/identity/mod11';
import { addDays } from '../shared/records/dates';
import { todayInShanghai } from '../shared/identity/calendarDate';
import { DNS_MEASURES, MAIL_MEASURES, SERVER_PURPOSES } from '../shared/records/server';

const SERVERS = Number(process.env.BENCH_SERVERS ?? 5000);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 200);
const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const ROOT = process.env.BEIAN_REPO_ROOT ?? process.cwd();
/** Saves in flight at once: concurrent mutations share one durable save (group commit), as a busy UI's would. */
const IN_FLIGHT = 64;
/** The DOM must stay small: a virtualised body renders the rows in view plus a few. */
const MAX_DOM_ROWS = 60;

const ms = (n: number) => `${n.toFixed(1)} ms`;
function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { median: q(0.5), p95: q(0.95), min: s[0]!, max: s[s.length - 1]! };
}
const line = (label: string, samples: number[]) => {
  const { median, p95, min, max } = stats(samples);
  console.log(`  ${label.padEnd(44)} median ${ms(median)}  p95 ${ms(p95)}  (min ${ms(min)}, max ${ms(max)}, n=${samples.length})`);
};

/** Fictional 居民身份证 numbers (Xiamen 思明区 address code) with a correct MOD 11-2 check character. */
function residentId(i: number): string {
  const birth = addDays('1960-01-01', (i * 37) % 15000).replaceAll('-', '');
  const first17 = `350203${birth}${String(i % 1000).padStart(3, '0')}`;
  return first17 + mod11_2CheckChar(first17);
}

async function call<T>(api: ApiHost, method: string, input: unknown): Promise<T> {
  const reply = await api.dispatch(method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message} (${reply.error.field ?? ''})`);
  return reply.result as T;
}

/** Runs `task(i)` for i < n with at most `limit` in flight. */
async function pool(n: number, limit: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < n) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, n) }, worker));
}

function serverInput(i: number, personIds: string[], today: string) {
  const purposes = SERVER_PURPOSES.filter((_, k) => (i * 7 + k * 3) % 5 === 0 || k === i % 5);
  const onlineDate = addDays(today, -(i % 400));
  const filed = i % 10 < 7;
  return {
    assetNo: `XM-${String(i).padStart(6, '0')}`,
    hostname: `srv${i}.rack${i % 80}.example.com`,
    ips: i % 4 === 0 ? [`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`, `2001:db8::${i.toString(16)}`] : [`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`],
    rack: `A${String(i % 80).padStart(2, '0')}-${(i % 42) + 1}U`,
    purposes,
    onlineDate,
    filedOn: filed ? addDays(onlineDate, i % 30) : '',
    managers:
      i % 3 === 0
        ? [{ kind: 'endUser', name: `最终用户${i}`, idType: '居民身份证', idNumber: residentId(100000 + i), mobile: '' }]
        : [{ kind: 'person', personId: personIds[i % personIds.length]! }],
    dnsMeasures: DNS_MEASURES.slice(0, i % (DNS_MEASURES.length + 1)),
    mailMeasures: MAIL_MEASURES.slice(0, i % (MAIL_MEASURES.length + 1)),
    gameLogStatement: i % 2 ? '日志写入独立日志服务器，留存180天，只追加。' : '',
  };
}

async function seed(workspace: string): Promise<void> {
  const api = await openApiHost(workspace);
  try {
    const today = todayInShanghai();
    let t = performance.now();
    const personIds: string[] = new Array(PEOPLE);
    await pool(PEOPLE, IN_FLIGHT, async (i) => {
      const p = await call<{ id: string }>(api, 'people.save', {
        name: `人员${i}`,
        idType: '居民身份证',
        idNumber: residentId(i),
        mobile: `138${String(i).padStart(8, '0')}`,
        roles: i === 0 ? ['法定代表人', '主要负责人'] : [(['网络管理员', '安全员', '值班人员'] as const)[i % 3]],
      });
      personIds[i] = p.id;
    });
    console.log(`seeded ${PEOPLE} people through people.save in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    t = performance.now();
    const saveTimes: number[] = [];
    await pool(SERVERS, IN_FLIGHT, async (i) => {
      const s = performance.now();
      await call(api, 'servers.save', serverInput(i, personIds, today));
      saveTimes.push(performance.now() - s);
    });
    const seconds = (performance.now() - t) / 1000;
    console.log(`seeded ${SERVERS} servers through servers.save in ${seconds.toFixed(1)} s (${(SERVERS / seconds).toFixed(0)} saves/s, ${IN_FLIGHT} in flight, durable group commits)`);
    line('servers.save under load (each, until durable)', saveTimes);

    // Single saves on the full workspace, one at a time: what a user pressing 保存 waits for.
    const single: number[] = [];
    for (let k = 0; k < 20; k++) {
      const s = performance.now();
      await call(api, 'servers.save', serverInput(SERVERS + k, personIds, today));
      single.push(performance.now() - s);
    }
    line(`servers.save alone at ${SERVERS} servers`, single);

    const list: number[] = [];
    let count = 0;
    for (let k = 0; k < 30; k++) {
      const s = performance.now();
      count = (await call<unknown[]>(api, 'servers.list', {})).length;
      list.push(performance.now() - s);
    }
    console.log(`\nservers.list (${count} servers)`);
    line('in process (dispatch: read, parse, check output)', list);
  } finally {
    await api.close();
  }
}

interface Host {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

/** As test/e2e/webHostProcess.ts startWebHost, but found from BEIAN_REPO_ROOT: this file runs bundled from a temp folder. */
function startHost(workspace: string): Promise<Host> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/electron/webHost.cjs'), '--workspace', workspace], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (l) => {
      const m = /^Beian Desk: (http:\/\/127\.0\.0\.1:(\d+)\/#token=(\S+))$/.exec(l);
      if (!m) return;
      resolve({
        url: m[1]!,
        origin: `http://127.0.0.1:${m[2]}`,
        token: m[3]!,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

async function httpList(host: Host): Promise<void> {
  const samples: number[] = [];
  let bytes = 0;
  for (let k = 0; k < 20; k++) {
    const s = performance.now();
    const res = await fetch(`${host.origin}/api/servers.list`, {
      method: 'POST',
      headers: { 'x-beian-token': host.token, 'content-type': 'application/json' },
      body: '{}',
    });
    const text = await res.text();
    JSON.parse(text);
    samples.push(performance.now() - s);
    bytes = Buffer.byteLength(text);
  }
  line(`over HTTP (${(bytes / 1024 / 1024).toFixed(1)} MB JSON, fetch + parse)`, samples);
}

// Playwright is loaded from the repository's node_modules at run time rather than bundled.
type Playwright = typeof import('playwright-core');

/** In the page: when the next click happens, and when a body row of the server list first appears. */
function armFirstRow(): void {
  const w = window as unknown as { __t0?: number; __t1?: number };
  w.__t0 = undefined;
  w.__t1 = undefined;
  document.addEventListener('click', () => (w.__t0 ??= performance.now()), { capture: true, once: true });
  const hasRow = () => !!document.querySelector('[aria-label="服务器列表"] [role="row"][data-row-key]');
  const obs = new MutationObserver(() => {
    if (w.__t1 === undefined && hasRow()) {
      w.__t1 = performance.now();
      obs.disconnect();
    }
  });
  obs.observe(document.body, { childList: true, subtree: true });
}

async function measureUi(host: Host): Promise<void> {
  const { chromium } = createRequire(path.join(ROOT, 'package.json'))('playwright-core') as Playwright;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const region = page.getByRole('region', { name: '服务器列表' });
    const firstRow = region.locator('[role="row"][data-row-key]').first();
    const elapsed = () => page.evaluate(() => {
      const w = window as unknown as { __t0: number; __t1: number };
      return w.__t1 - w.__t0;
    });

    const cold: number[] = [];
    const coldWall: number[] = [];
    for (let k = 0; k < 5; k++) {
      await page.goto(host.url);
      await page.reload();
      await page.getByRole('menuitem', { name: '概览' }).waitFor();
      await page.evaluate(armFirstRow);
      const s = performance.now();
      await page.getByRole('menuitem', { name: '服务器' }).click();
      await firstRow.waitFor();
      coldWall.push(performance.now() - s);
      cold.push(await elapsed());
    }
    const warm: number[] = [];
    for (let k = 0; k < 5; k++) {
      await page.getByRole('menuitem', { name: '概览' }).click();
      await page.getByRole('heading', { level: 2, name: '概览' }).waitFor();
      await page.evaluate(armFirstRow);
      await page.getByRole('menuitem', { name: '服务器' }).click();
      await firstRow.waitFor();
      warm.push(await elapsed());
    }
    console.log('\n服务器 screen in Chromium');
    line('click → first row (cold: page reloaded, list fetched)', cold);
    line('  the same, measured from Playwright', coldWall);
    line('click → first row (warm: revisit, list in store)', warm);

    const counted = page.getByRole('status').filter({ hasText: /^共 \d+ 台/ });
    await counted.filter({ hasText: new RegExp(`共 ${SERVERS + 20} 台，显示 ${SERVERS + 20} 台`) }).waitFor();
    const domRows = () => region.locator('[role="row"][data-row-key]').count();
    const rowsAtTop = await domRows();
    const allElements = await page.evaluate(() => document.getElementsByTagName('*').length);

    // Scroll the virtual body to the end: the DOM stays as small.
    await region.locator('[role="row"][data-row-key]').first().hover();
    for (let k = 0; k < 30; k++) await page.mouse.wheel(0, 8000);
    await region.getByRole('row').filter({ hasText: `XM-${String(SERVERS + 19).padStart(6, '0')}` }).waitFor();
    const rowsAtEnd = await domRows();

    // A keystroke in the search box → the list shows the new matches. Each last character changes the count.
    const search = page.getByLabel('搜索服务器');
    const keystroke: number[] = [];
    for (const q of ['XM-0012', 'XM-00123', '10.0.19', '10.0.19.1', 'rack7.', 'a07-1']) {
      await search.fill(q.slice(0, -1));
      await page.waitForTimeout(500); // let the debounced filter for the prefix settle
      await page.evaluate(() => {
        const w = window as unknown as { __k0?: number; __k1?: number };
        w.__k0 = undefined;
        w.__k1 = undefined;
        const status = [...document.querySelectorAll('[role="status"]')].find((e) => /^共 \d+ 台/.test(e.textContent ?? ''))!;
        const before = status.textContent;
        document.addEventListener('keydown', () => (w.__k0 = performance.now()), { capture: true, once: true });
        const obs = new MutationObserver(() => {
          if (status.textContent !== before) {
            w.__k1 = performance.now();
            obs.disconnect();
          }
        });
        obs.observe(status, { childList: true, subtree: true, characterData: true });
      });
      await search.press(q.at(-1)!);
      await page.waitForFunction(() => (window as unknown as { __k1?: number }).__k1 !== undefined, undefined, { timeout: 10_000 });
      keystroke.push(
        await page.evaluate(() => {
          const w = window as unknown as { __k0: number; __k1: number };
          return w.__k1 - w.__k0;
        }),
      );
    }
    await search.fill('');
    line('search keystroke → rows updated (150 ms debounce incl.)', keystroke);
    console.log(`  rows in the DOM: ${rowsAtTop} at the top, ${rowsAtEnd} scrolled to the end (of ${SERVERS + 20}); ${allElements} elements on the page`);
    if (Math.max(rowsAtTop, rowsAtEnd) > MAX_DOM_ROWS) throw new Error(`the list is not virtualised: ${Math.max(rowsAtTop, rowsAtEnd)} rows in the DOM`);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  for (const f of ['dist/electron/webHost.cjs', 'dist/renderer/index.html']) {
    if (!existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing: run \`node scripts/build.mjs\` first`);
  }
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'beian-bench-servers-'));
  try {
    await seed(workspace);
    const host = await startHost(workspace);
    try {
      await httpList(host);
      await measureUi(host);
    } finally {
      await host.stop();
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
