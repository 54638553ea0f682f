// Writes a filing package (docs/ARCHITECTURE.md "The submission package") so that a failure at any step leaves
// nothing under the final name: every file goes into a hidden partial folder on the destination, is
// fsynced, read back and compared hash by hash, and only then is the folder renamed to its final name.
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { buildZip } from './zip';
import { describeFailure, mismatch, PackageWriteError, type PackageStep } from './messages';
import { nodeFs, type PackageFs } from './fsLayer';
import { claimPartial, partialFolderName, partialZipName, releasePartial, removeStalePartials } from './partials';

export interface PackageFile {
  /** Relative to the package folder, forward slashes, e.g. 'images/01_营业执照.jpg'. */
  path: string;
  bytes: Uint8Array;
}

export interface PackageProgress {
  phase: 'write' | 'verify' | 'zip' | 'done';
  done: number;
  total: number;
  file?: string;
}

export interface WritePackageOptions {
  destination: string;
  /** 备案材料_<统一社会信用代码>_<YYYYMMDD>; _2, _3 … is added when that name is taken. */
  folderName: string;
  files: PackageFile[];
  zip: boolean;
  /** What the package is and for whom; the writer adds `files` (path, bytes, sha256 of each). */
  manifest: object;
  onProgress?: (p: PackageProgress) => void;
  /** For tests: a file layer that injects faults. */
  fs?: PackageFs;
}

export interface WritePackageResult {
  folder: string;
  zipPath?: string;
  /** Files read back and found identical, manifest.json and SHA256SUMS.txt included. */
  verified: number;
  /** Partial folders and ZIPs of earlier, interrupted exports removed from the destination first. */
  stalePartialsRemoved: number;
}

export const MANIFEST_FILE = 'manifest.json';
export const SUMS_FILE = 'SHA256SUMS.txt';

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const UNSAFE_SEGMENT = /[\\:*?"<>|\u0000-\u001f]/;

function checkRelativePath(p: string): void {
  const parts = p.split('/');
  if (p.startsWith('/') || parts.some((s) => s === '' || s === '.' || s === '..' || UNSAFE_SEGMENT.test(s))) {
    throw new Error(`package file path is not a safe relative path: ${JSON.stringify(p)}`);
  }
}

/** The first of name, name_2, name_3 … for which neither the folder nor its ZIP exists. */
async function freeName(fs: PackageFs, destination: string, base: string, zip: boolean): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const name = n === 1 ? base : `${base}_${n}`;
    const taken = (await fs.exists(path.join(destination, name))) || (zip && (await fs.exists(path.join(destination, `${name}.zip`))));
    if (!taken) return name;
  }
  throw new PackageWriteError(`目标位置已有太多名为 ${base} 的备案材料，请换一个目标位置`);
}

export function sumsText(entries: readonly { path: string; sha256: string }[]): string {
  return entries.map((e) => `${e.sha256}  ${e.path}\n`).join('');
}

export async function writeFilingPackage(options: WritePackageOptions): Promise<WritePackageResult> {
  const fs = options.fs ?? nodeFs;
  const { destination, folderName } = options;
  const report = options.onProgress ?? (() => undefined);
  if (folderName.includes('/') || folderName.includes('\\') || folderName.startsWith('.')) {
    throw new Error(`folder name must be a single name: ${folderName}`);
  }
  const names = new Set<string>();
  for (const f of options.files) {
    checkRelativePath(f.path);
    if (f.path === MANIFEST_FILE || f.path === SUMS_FILE) throw new Error(`${f.path} is written by the package writer`);
    if (names.has(f.path.toLowerCase())) throw new Error(`two package files named ${f.path}`); // Windows and macOS ignore case
    names.add(f.path.toLowerCase());
  }

  try {
    if (!(await fs.exists(destination))) throw new PackageWriteError('目标位置不存在，或磁盘已被移除：请重新选择目标位置');
  } catch (err) {
    throw describeFailure(err, '写入', '目标位置');
  }
  // ID scans of an export that crashed or lost its drive do not stay on it (docs/SECURITY.md).
  const stalePartialsRemoved = await removeStalePartials(destination);

  // Everything the package holds, in order: the files, manifest.json, SHA256SUMS.txt.
  const hashed = options.files.map((f) => ({ path: f.path, bytes: f.bytes, sha256: sha256Hex(f.bytes) }));
  const manifestBytes = Buffer.from(
    `${JSON.stringify({ ...options.manifest, files: hashed.map((f) => ({ path: f.path, bytes: f.bytes.byteLength, sha256: f.sha256 })) }, null, 2)}\n`,
    'utf8',
  );
  hashed.push({ path: MANIFEST_FILE, bytes: manifestBytes, sha256: sha256Hex(manifestBytes) });
  const sumsBytes = Buffer.from(sumsText(hashed), 'utf8');
  const all = [...hashed, { path: SUMS_FILE, bytes: sumsBytes, sha256: sha256Hex(sumsBytes) }];
  const total = all.length;

  const finalName = await freeName(fs, destination, folderName, options.zip).catch((err: unknown) => {
    throw describeFailure(err, '写入', '目标位置');
  });
  // One token names the partial folder, the ZIP's partial and the owner file that tells a later export whose they are.
  const token = randomBytes(4).toString('hex');
  const partial = path.join(destination, partialFolderName(folderName, token));
  const finalFolder = path.join(destination, finalName);
  const zipPath = path.join(destination, `${finalName}.zip`);
  const zipTemp = path.join(destination, partialZipName(finalName, token));
  let ownerFile: string | undefined;
  let folderRenamed = false;
  let zipRenamed = false;

  // Runs one step; a refusal becomes the message naming the file.
  const step = async <T>(what: PackageStep, file: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw describeFailure(err, what, file);
    }
  };

  try {
    ownerFile = await step('写入', `.${folderName}.partial`, () => claimPartial(destination, folderName, token));
    await step('写入', `.${folderName}.partial`, () => fs.mkdir(partial));
    const dirs = new Set<string>();
    for (const f of all) {
      const dir = path.posix.dirname(f.path);
      if (dir !== '.' && !dirs.has(dir)) {
        // Parent folders first ('a', then 'a/b').
        const segs = dir.split('/');
        for (let i = 1; i <= segs.length; i++) {
          const d = segs.slice(0, i).join('/');
          if (!dirs.has(d)) {
            dirs.add(d);
            await step('写入', `${d}/`, () => fs.mkdir(path.join(partial, ...d.split('/'))));
          }
        }
      }
    }

    let done = 0;
    report({ phase: 'write', done, total });
    for (const f of all) {
      await step('写入', f.path, () => fs.writeFile(path.join(partial, ...f.path.split('/')), f.bytes));
      report({ phase: 'write', done: ++done, total, file: f.path });
    }
    for (const d of [...dirs].sort((a, b) => b.length - a.length)) {
      await step('写入', `${d}/`, () => fs.syncDir(path.join(partial, ...d.split('/'))));
    }
    await step('写入', '备案材料文件夹', () => fs.syncDir(partial));

    done = 0;
    report({ phase: 'verify', done, total });
    for (const f of all) {
      const back = await step('读回', f.path, () => fs.readFile(path.join(partial, ...f.path.split('/'))));
      if (back.byteLength !== f.bytes.byteLength || sha256Hex(back) !== f.sha256) throw mismatch(f.path);
      report({ phase: 'verify', done: ++done, total, file: f.path });
    }

    if (options.zip) {
      report({ phase: 'zip', done: 0, total: 1, file: `${finalName}.zip` });
      const zipBytes = await buildZip(finalName, all);
      const zipSha = sha256Hex(zipBytes);
      await step('写入', `${finalName}.zip`, () => fs.writeFile(zipTemp, zipBytes));
      const back = await step('读回', `${finalName}.zip`, () => fs.readFile(zipTemp));
      if (back.byteLength !== zipBytes.byteLength || sha256Hex(back) !== zipSha) throw mismatch(`${finalName}.zip`);
    }

    // Nothing may be replaced: a name taken since the start is refused, not overwritten.
    if ((await fs.exists(finalFolder)) || (options.zip && (await fs.exists(zipPath)))) {
      throw new PackageWriteError(`目标位置已有同名的备案材料 ${finalName}（刚刚由其他程序创建），未覆盖；请重新生成`, finalName);
    }
    await step('重命名', finalName, () => fs.rename(partial, finalFolder));
    folderRenamed = true;
    if (options.zip) {
      await step('重命名', `${finalName}.zip`, () => fs.rename(zipTemp, zipPath));
      zipRenamed = true;
    }
    await step('写入', finalName, () => fs.syncDir(destination));
  } catch (err) {
    // Best effort: the drive may be gone. Nothing stays under the final name.
    if (folderRenamed) await fs.removeQuietly(finalFolder);
    if (zipRenamed) await fs.removeQuietly(zipPath);
    await fs.removeQuietly(partial);
    if (options.zip) await fs.removeQuietly(zipTemp);
    throw err instanceof PackageWriteError ? err : describeFailure(err, '写入', finalName);
  } finally {
    if (ownerFile) await releasePartial(ownerFile, token);
  }

  report({ phase: 'done', done: total, total });
  return { folder: finalFolder, ...(options.zip ? { zipPath } : {}), verified: total, stalePartialsRemoved };
}
