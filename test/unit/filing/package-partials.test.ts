// No ID scans left behind (issue 12 item 5): the hidden partial folder and ZIP of an export that was killed stay on
// the drive until the next export there, or the listing of the drives, removes them and says so; a partial of an
// export still running (in this process or another live one) is never touched, nor anything the writer did not make.
// Private files (item 6): the package's folders are 0700 and its files 0600 in a local folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openApiHost } from '../../../electron/api/host';
import { nodeFs, writeFilingPackage, type PackageFs } from '../../../electron/filing/package';
import { removeStalePartials } from '../../../electron/filing/package/partials';
import { staleExportsMessage } from '../../../shared/filing/api';
import { bundleFixture } from '../../fixtures/storage/bundle';

const FOLDER = '备案材料_91350200MA2XXXXX0X_20261124';
const temps: string[] = [];
const tempDir = (prefix = 'beian-partials-') => {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(d);
  return d;
};
afterAll(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

const files = () => [
  { path: '01_单位备案登记表.pdf', bytes: new Uint8Array(Buffer.from('%PDF-1.7\n')) },
  { path: 'images/03_法定代表人_张演示_证件正面.jpg', bytes: new Uint8Array(Buffer.alloc(20_000, 7)) },
];
const hidden = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.')).sort();
/** A PID that is certainly not running: a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

/** A partial folder with a scan in it and its owner file, as an export that died would leave them. */
function leaveDeadPartial(dest: string, token: string, owner: object = { app: 'beian-desk/filing-export', host: os.hostname(), pid: deadPid() }): string {
  const dir = path.join(dest, `.${FOLDER}.partial-${token}`);
  mkdirSync(path.join(dir, 'images'), { recursive: true });
  writeFileSync(path.join(dir, 'images', '03_法定代表人_张演示_证件正面.jpg'), Buffer.alloc(1000, 1));
  writeFileSync(path.join(dest, `.${FOLDER}.partial-${token}.owner`), JSON.stringify(owner));
  return dir;
}

describe('partials of a killed export', () => {
  let child: string;
  beforeAll(() => {
    child = bundleFixture('../filing/exportChild');
  });

  it('kill -9 while writing the ZIP: nothing under the final name; left alone while the process lives; the next export removes both partials and says so', async () => {
    const dest = tempDir();
    const proc = spawn(process.execPath, [child, dest, 'hang-zip'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: proc.stdout }).on('line', (line) => (line === 'HALF' ? resolve() : reject(new Error(line))));
      proc.on('exit', (code) => reject(new Error(`child exited ${code} before HALF`)));
    });
    const left = hidden(dest);
    expect(left).toEqual([
      expect.stringMatching(new RegExp(`^\\.${FOLDER}\\.partial-[0-9a-f]{8}$`)),
      expect.stringMatching(new RegExp(`^\\.${FOLDER}\\.partial-[0-9a-f]{8}\\.owner$`)),
      expect.stringMatching(new RegExp(`^\\.${FOLDER}\\.zip\\.partial-[0-9a-f]{8}$`)),
    ]);
    // Its owner is alive: not stale, whoever asks.
    expect(await removeStalePartials(dest)).toBe(0);
    expect(hidden(dest)).toEqual(left);

    proc.kill('SIGKILL');
    await exited;
    expect(hidden(dest)).toEqual(left);
    expect(readdirSync(dest).filter((n) => !n.startsWith('.'))).toEqual([]);

    const next = await writeFilingPackage({ destination: dest, folderName: FOLDER, files: files(), zip: true, manifest: {} });
    expect(next.stalePartialsRemoved).toBe(2);
    expect(readdirSync(dest).sort()).toEqual([FOLDER, `${FOLDER}.zip`]);
    expect(staleExportsMessage(next.stalePartialsRemoved)).toBe('目标位置：已删除 2 个此前中断的导出留下的临时文件（夹），其中可能有证件扫描件，不应留在磁盘上');
  }, 120_000);
});

describe('what is never removed', () => {
  it('the partial of an export running in this process, even when a second export starts on the same drive', async () => {
    const dest = tempDir();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    const atGate = new Promise<void>((r) => (reached = r));
    const slow: PackageFs = {
      ...nodeFs,
      async writeFile(file, bytes) {
        await nodeFs.writeFile(file, bytes);
        if (file.endsWith('证件正面.jpg')) {
          reached();
          await gate;
        }
      },
    };
    const first = writeFilingPackage({ destination: dest, folderName: FOLDER, files: files(), zip: false, manifest: {}, fs: slow });
    await atGate;
    const partial = hidden(dest).find((n) => !n.endsWith('.owner'))!;
    // The owner file names this process: only the in-memory list of running exports protects it, and does.
    expect(await removeStalePartials(dest)).toBe(0);
    const other = FOLDER.replace(/24$/, '25'); // another day's package (the same name would be refused as taken)
    const second = await writeFilingPackage({ destination: dest, folderName: other, files: files(), zip: false, manifest: {} });
    expect(second.stalePartialsRemoved).toBe(0);
    expect(existsSync(path.join(dest, partial, 'images', '03_法定代表人_张演示_证件正面.jpg'))).toBe(true);
    release();
    const done = await first;
    expect(done.stalePartialsRemoved).toBe(0);
    expect(readdirSync(dest).sort()).toEqual([FOLDER, other]);
  });

  it('names it does not make, links, and a partial without an owner file until it is an hour old', async () => {
    const dest = tempDir();
    const outside = tempDir('beian-outside-');
    writeFileSync(path.join(outside, 'keep.txt'), 'not yours');
    mkdirSync(path.join(dest, '.photos.partial-01234567'));
    mkdirSync(path.join(dest, '.备案材料_abc_20261124.partial-01234567'));
    mkdirSync(path.join(dest, `.${FOLDER}.partial-XYZ`));
    mkdirSync(path.join(dest, FOLDER)); // a finished package
    symlinkSync(outside, path.join(dest, `.${FOLDER}.partial-0badbeef`));
    writeFileSync(path.join(dest, `.${FOLDER}.partial-0badbeef.owner`), JSON.stringify({ app: 'beian-desk/filing-export', host: os.hostname(), pid: deadPid() }));
    const ownerless = path.join(dest, `.${FOLDER}.partial-00c0ffee`);
    mkdirSync(ownerless);
    writeFileSync(path.join(ownerless, 'scan.jpg'), 'x');

    expect(await removeStalePartials(dest)).toBe(0);
    expect(existsSync(ownerless)).toBe(true);
    expect(readFileSync(path.join(outside, 'keep.txt'), 'utf8')).toBe('not yours');

    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(ownerless, twoHoursAgo, twoHoursAgo);
    expect(await removeStalePartials(dest)).toBe(1);
    expect(existsSync(ownerless)).toBe(false);
    expect(readdirSync(dest).sort()).toEqual(
      [`.${FOLDER}.partial-0badbeef`, `.${FOLDER}.partial-XYZ`, '.photos.partial-01234567', '.备案材料_abc_20261124.partial-01234567', FOLDER].sort(),
    );
  });

  it('a partial whose owner is alive is kept; one from another computer, or whose PID was reused, is removed', async () => {
    const dest = tempDir();
    const live = leaveDeadPartial(dest, '11111111', { app: 'beian-desk/filing-export', host: os.hostname(), pid: process.ppid });
    const elsewhere = leaveDeadPartial(dest, '22222222', { app: 'beian-desk/filing-export', host: `${os.hostname()}-other`, pid: process.ppid });
    const reused = leaveDeadPartial(dest, '33333333', { app: 'beian-desk/filing-export', host: os.hostname(), pid: process.ppid, start: '1' });
    const dead = leaveDeadPartial(dest, '44444444');
    const expected = process.platform === 'linux' ? 3 : 2; // the start time is known on Linux only
    expect(await removeStalePartials(dest)).toBe(expected);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(elsewhere)).toBe(false);
    expect(existsSync(dead)).toBe(false);
    if (process.platform === 'linux') expect(existsSync(reused)).toBe(false);
  });
});

describe('opening 导出备案材料: the destination list removes stale partials and says how many', () => {
  const home = process.env.HOME;
  afterEach(() => {
    process.env.HOME = home;
  });

  it('filing.destinations sweeps the local folder it offers', async () => {
    const fakeHome = tempDir('beian-home-');
    process.env.HOME = fakeHome; // the local destination offered is the home folder (no Documents in it)
    expect(os.homedir()).toBe(fakeHome);
    const partial = leaveDeadPartial(fakeHome, 'abcdef01');
    const ws = tempDir('beian-ws-');
    const host = await openApiHost(ws);
    try {
      const r = await host.dispatch('filing.destinations', {}, { transport: 'ipc' });
      expect(r.ok).toBe(true);
      const local = (r as { result: { path: string; label: string; stalePartialsRemoved?: number }[] }).result.find((d) => d.path === fakeHome)!;
      expect(local.stalePartialsRemoved).toBe(1);
      expect(existsSync(partial)).toBe(false);
      expect(readdirSync(fakeHome)).toEqual([]);
      expect(staleExportsMessage(1, local.label)).toBe('本机主目录：已删除 1 个此前中断的导出留下的临时文件（夹），其中可能有证件扫描件，不应留在磁盘上');
      const again = await host.dispatch('filing.destinations', {}, { transport: 'ipc' });
      expect((again as { result: { path: string; stalePartialsRemoved?: number }[] }).result.find((d) => d.path === fakeHome)!.stalePartialsRemoved).toBeUndefined();
    } finally {
      await host.close();
    }
  });
});

describe('private files', () => {
  it.skipIf(process.platform === 'win32')('a package in a local folder: folders 0700, files 0600, the ZIP 0600', async () => {
    const dest = tempDir();
    const r = await writeFilingPackage({ destination: dest, folderName: FOLDER, files: files(), zip: true, manifest: {} });
    const mode = (p: string) => statSync(p).mode & 0o777;
    expect(mode(r.folder)).toBe(0o700);
    expect(mode(path.join(r.folder, 'images'))).toBe(0o700);
    for (const f of ['01_单位备案登记表.pdf', 'images/03_法定代表人_张演示_证件正面.jpg', 'manifest.json', 'SHA256SUMS.txt']) expect(mode(path.join(r.folder, f)), f).toBe(0o600);
    expect(mode(r.zipPath!)).toBe(0o600);
  });

  // FAT has no modes: the same write must simply succeed there. Needs mkfs.vfat and a loop mount (root).
  const fatTools = spawnSync('sh', ['-c', 'command -v mkfs.vfat']).status === 0 && process.getuid?.() === 0;
  it.skipIf(!fatTools)('on a FAT drive modes do not apply, and the write does not fail', async (ctx) => {
    const dir = tempDir();
    const image = path.join(dir, 'fat.img');
    const mnt = path.join(dir, 'mnt');
    mkdirSync(mnt);
    spawnSync('truncate', ['-s', '8M', image]);
    expect(spawnSync('mkfs.vfat', [image]).status).toBe(0);
    if (spawnSync('mount', ['-o', 'loop', image, mnt]).status !== 0) ctx.skip('FAT: a loop mount is not possible here');
    try {
      const r = await writeFilingPackage({ destination: mnt, folderName: FOLDER, files: files(), zip: true, manifest: {} });
      expect(r.verified).toBe(4);
      expect(readdirSync(mnt).sort()).toEqual([FOLDER, `${FOLDER}.zip`]);
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});
