import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { nodeFs, writeFilingPackage, type PackageFs, type PackageProgress } from '../../../electron/filing/package';

const FOLDER = '备案材料_91350200MA2XXXXX0X_20261124';
const temps: string[] = [];
const mounts: string[] = [];

function tempDir(): string {
  const d = mkdtempSync(path.join(os.tmpdir(), 'beian-pkg-'));
  temps.push(d);
  return d;
}

afterEach(() => {
  for (const m of mounts.splice(0)) spawnSync('umount', [m]);
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

function sampleFiles(imageBytes = 20_000) {
  return [
    { path: '01_单位备案登记表.pdf', bytes: new Uint8Array(Buffer.from('%PDF-1.7 单位备案登记表\n')) },
    { path: '02_信息网络安全小组成员名单.pdf', bytes: new Uint8Array(Buffer.from('%PDF-1.7 名单\n')) },
    { path: 'images/01_营业执照.jpg', bytes: new Uint8Array(randomBytes(imageBytes)) },
    { path: 'images/02_电信业务经营许可证.jpg', bytes: new Uint8Array(randomBytes(imageBytes)) },
    { path: 'images/03_法定代表人_张演示_证件正面.jpg', bytes: new Uint8Array(randomBytes(imageBytes)) },
    { path: 'images/03_法定代表人_张演示_证件反面.jpg', bytes: new Uint8Array(randomBytes(imageBytes)) },
  ];
}

const manifest = { unit: { name: '厦门演示数据科技有限公司（演示）', creditCode: '91350200MA2XXXXX0X' } };

/** A small tmpfs of `size` (root only). null when mounting is not possible here: the test then injects the fault. */
function tryTmpfs(size: string): string | null {
  const dir = tempDir();
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  if (r.status !== 0) return null;
  mounts.push(dir);
  return dir;
}

/** Everything on the destination: after a failure this must be empty (no final folder, no partial folder, no zip). */
const entries = (dir: string) => readdirSync(dir);

async function failure(p: Promise<unknown>): Promise<ApiError & { file?: string }> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ApiError);
    return err as ApiError & { file?: string };
  }
  throw new Error('the package write succeeded but was expected to fail');
}

describe('writeFilingPackage', () => {
  it('writes a folder that sha256sum -c verifies, with manifest.json, and a ZIP unzip -t accepts with Chinese names', async () => {
    const dest = tempDir();
    const progress: PackageProgress[] = [];
    const files = sampleFiles();
    const result = await writeFilingPackage({ destination: dest, folderName: FOLDER, files, zip: true, manifest, onProgress: (p) => progress.push(p) });

    expect(result.folder).toBe(path.join(dest, FOLDER));
    expect(result.verified).toBe(files.length + 2);
    expect(entries(dest).sort()).toEqual([FOLDER, `${FOLDER}.zip`]);

    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS.txt'], { cwd: result.folder, encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain('images/03_法定代表人_张演示_证件正面.jpg: OK');
    expect(check.stdout.trim().split('\n')).toHaveLength(files.length + 1); // every file and manifest.json

    const written = JSON.parse(readFileSync(path.join(result.folder, 'manifest.json'), 'utf8'));
    expect(written.unit.creditCode).toBe('91350200MA2XXXXX0X');
    const sum = execFileSync('sha256sum', [path.join(result.folder, 'images/01_营业执照.jpg')], { encoding: 'utf8' }).split(' ')[0];
    expect(written.files.find((f: { path: string }) => f.path === 'images/01_营业执照.jpg').sha256).toBe(sum);

    const test = spawnSync('unzip', ['-t', result.zipPath!], { encoding: 'utf8' });
    expect(test.status, test.stdout).toBe(0);
    expect(test.stdout).toContain('No errors detected');
    const list = execFileSync('unzip', ['-l', result.zipPath!], { encoding: 'utf8' });
    expect(list).toContain(`${FOLDER}/images/02_电信业务经营许可证.jpg`);
    expect(list).toContain(`${FOLDER}/SHA256SUMS.txt`);

    // Unzipped elsewhere, the folder verifies too.
    const out = tempDir();
    execFileSync('unzip', ['-q', result.zipPath!, '-d', out]);
    expect(spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS.txt'], { cwd: path.join(out, FOLDER) }).status).toBe(0);

    expect(progress.at(-1)).toMatchObject({ phase: 'done', done: files.length + 2 });
    expect(progress.filter((p) => p.phase === 'verify' && p.file).map((p) => p.file)).toContain('images/01_营业执照.jpg');
  });

  it('never overwrites an earlier package: the second one is named _2, the third _3', async () => {
    const dest = tempDir();
    const a = await writeFilingPackage({ destination: dest, folderName: FOLDER, files: sampleFiles(100), zip: false, manifest });
    writeFileSync(path.join(dest, `${FOLDER}_2.zip`), 'someone else’s file');
    const b = await writeFilingPackage({ destination: dest, folderName: FOLDER, files: sampleFiles(100), zip: true, manifest });
    expect(path.basename(a.folder)).toBe(FOLDER);
    expect(path.basename(b.folder)).toBe(`${FOLDER}_3`);
    expect(readFileSync(path.join(dest, `${FOLDER}_2.zip`), 'utf8')).toBe('someone else’s file');
    expect(spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS.txt'], { cwd: a.folder }).status).toBe(0);
  });

  it('a destination that fills up: names the file, leaves nothing behind', async () => {
    const small = tryTmpfs('200k');
    // Without a tmpfs, the same refusal is injected on the third image.
    let writes = 0;
    const full: PackageFs = {
      ...nodeFs,
      async writeFile(file, bytes) {
        if (++writes === 5) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return nodeFs.writeFile(file, bytes);
      },
    };
    const dest = small ?? tempDir();
    const err = await failure(
      writeFilingPackage({ destination: dest, folderName: FOLDER, files: sampleFiles(60_000), zip: false, manifest, ...(small ? {} : { fs: full }) }),
    );
    expect(err.code).toBe('STORAGE');
    expect(err.message).toMatch(/^目标磁盘空间不足（写入 images\/0[1-3]_.+\.jpg 时）/);
    expect(err.file).toMatch(/^images\//);
    expect(entries(dest)).toEqual([]);
    if (small) console.info('disk-full case ran on a real 200k tmpfs');
  });

  it('a ZIP that does not fit: the verified folder is not left under the final name either', async () => {
    const small = tryTmpfs('300k');
    const dest = small ?? tempDir();
    const zipFull: PackageFs = {
      ...nodeFs,
      async writeFile(file, bytes) {
        if (file.includes('.zip.partial-')) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
        return nodeFs.writeFile(file, bytes);
      },
    };
    const err = await failure(
      writeFilingPackage({ destination: dest, folderName: FOLDER, files: sampleFiles(40_000), zip: true, manifest, ...(small ? {} : { fs: zipFull }) }),
    );
    expect(err.message).toBe(`目标磁盘空间不足（写入 ${FOLDER}.zip 时）：请换一个空间更大的磁盘，或清理后重试`);
    expect(entries(dest)).toEqual([]);
  });

  it('a read-only destination', async () => {
    let dest = tryTmpfs('1m');
    let ro: PackageFs | undefined;
    if (dest && spawnSync('mount', ['-o', 'remount,ro', dest]).status === 0) {
      // a real read-only file system: root's write permission does not help here
    } else {
      dest = dest ?? tempDir();
      ro = { ...nodeFs, mkdir: async () => Promise.reject(Object.assign(new Error('EROFS'), { code: 'EROFS' })) };
    }
    const err = await failure(writeFilingPackage({ destination: dest, folderName: FOLDER, files: sampleFiles(100), zip: true, manifest, ...(ro ? { fs: ro } : {}) }));
    expect(err.code).toBe('STORAGE');
    expect(err.message).toMatch(/^目标位置是只读的/);
    expect(entries(dest)).toEqual([]);
  });

  it('a drive pulled out while writing', async () => {
    const dest = tempDir();
    let writes = 0;
    const pulled: PackageFs = {
      ...nodeFs,
      async writeFile(file, bytes) {
        await nodeFs.writeFile(file, bytes);
        // After the second file the drive's contents are gone: the next write meets ENOENT, as after an unplug.
        if (++writes === 2) rmSync(path.dirname(file), { recursive: true, force: true });
      },
    };
    const err = await failure(writeFilingPackage({ destination: dest, folderName: FOLDER, files: sampleFiles(100), zip: false, manifest, fs: pulled }));
    expect(err.message).toBe('目标磁盘已被移除（写入 images/01_营业执照.jpg 时）：请重新插入磁盘后再生成');
    expect(entries(dest)).toEqual([]);
  });

  it('a file that reads back different fails verification by name', async () => {
    const dest = tempDir();
    const corrupting: PackageFs = {
      ...nodeFs,
      async writeFile(file, bytes) {
        await nodeFs.writeFile(file, bytes);
        if (file.endsWith('02_电信业务经营许可证.jpg')) {
          const onDisk = readFileSync(file);
          onDisk[100] = onDisk[100]! ^ 0xff; // one flipped byte between write and verify
          writeFileSync(file, onDisk);
        }
      },
    };
    const err = await failure(writeFilingPackage({ destination: dest, folderName: FOLDER, files: sampleFiles(), zip: true, manifest, fs: corrupting }));
    expect(err.message).toBe('校验失败：文件 images/02_电信业务经营许可证.jpg 读回的内容与写入的不一致');
    expect(err.file).toBe('images/02_电信业务经营许可证.jpg');
    expect(entries(dest)).toEqual([]);
  });

  it('a destination that does not exist', async () => {
    const err = await failure(
      writeFilingPackage({ destination: path.join(tempDir(), 'gone'), folderName: FOLDER, files: sampleFiles(10), zip: false, manifest }),
    );
    expect(err.message).toMatch(/目标位置不存在，或磁盘已被移除/);
  });

  it('refuses unsafe relative paths (a bug in the caller, not a user error)', async () => {
    const dest = tempDir();
    mkdirSync(path.join(dest, 'x'));
    await expect(
      writeFilingPackage({ destination: dest, folderName: FOLDER, files: [{ path: '../evil.pdf', bytes: new Uint8Array(1) }], zip: false, manifest }),
    ).rejects.toThrow(/safe relative path/);
    expect(entries(dest)).toEqual(['x']);
  });
});
