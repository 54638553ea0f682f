// Partial exports left behind: a crash, a kill or an unplugged drive can leave the hidden
// `.备案材料_….partial-<token>` folder and `.备案材料_….zip.partial-<token>` file, full of ID scans, on the drive.
// Each export first writes an owner file beside them (`.备案材料_….partial-<token>.owner`: app, host, PID and the
// PID's start time) and removes it last. A later export to that drive, or listing the drives, removes the
// partials whose owner is gone. Never one of an export running in this process (its token is held in memory), nor
// one whose owner process is still alive on this computer; a partial without an owner file (an older version's,
// or one cut off in the instant before its owner file was written) only once it is an hour old.
import { lstat, open, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { processStartTime } from '../../workspace/processStart';
import { PRIVATE_FILE_MODE } from '../../fs/privateModes';

const APP = 'beian-desk/filing-export';
/** `.备案材料_<code>_<day>[_n][.zip].partial-<token>[.owner]`: only names this writer makes. */
const PARTIAL_NAME = /^\.(备案材料_[0-9A-Z未填统一社会信用代码]+_\d{8}(?:_\d+)?)(\.zip)?\.partial-([0-9a-f]{8})(\.owner)?$/u;
const OWNERLESS_AGE_MS = 60 * 60 * 1000;

/** Tokens of the exports running in this process: their partials are never stale. */
const running = new Set<string>();

export const partialFolderName = (folderName: string, token: string) => `.${folderName}.partial-${token}`;
export const partialZipName = (finalName: string, token: string) => `.${finalName}.zip.partial-${token}`;
export const ownerFileName = (folderName: string, token: string) => `.${folderName}.partial-${token}.owner`;

interface Owner {
  app: string;
  host: string;
  pid: number;
  /** Linux: the PID's start time (a reused PID is not the owner); elsewhere absent. */
  start?: string;
}

/** Marks the export with this token as running and writes its owner file (0600, never replacing one). */
export async function claimPartial(destination: string, folderName: string, token: string): Promise<string> {
  running.add(token);
  const file = path.join(destination, ownerFileName(folderName, token));
  const start = processStartTime(process.pid);
  const owner: Owner = { app: APP, host: os.hostname(), pid: process.pid, ...(start ? { start } : {}) };
  try {
    const handle = await open(file, 'wx', PRIVATE_FILE_MODE);
    try {
      await handle.writeFile(`${JSON.stringify(owner)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close().catch(() => undefined);
    }
  } catch (err) {
    running.delete(token);
    await rm(file, { force: true }).catch(() => undefined);
    throw err;
  }
  return file;
}

/** The export is over (finished or failed, its partials already gone): its owner file goes last. */
export async function releasePartial(ownerFile: string, token: string): Promise<void> {
  await rm(ownerFile, { force: true }).catch(() => undefined);
  running.delete(token);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(file: string): Promise<Owner | null | 'unreadable'> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<Owner>;
    if (parsed.app !== APP || typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return 'unreadable';
    return { app: parsed.app, host: parsed.host, pid: parsed.pid, ...(typeof parsed.start === 'string' ? { start: parsed.start } : {}) };
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? null : 'unreadable';
  }
}

/** Whether the owner is an export still running (on this computer; one on another computer cannot be asked). */
function ownerRunning(owner: Owner): boolean {
  if (owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) return false; // this process: running exports are in `running`
  if (!alive(owner.pid)) return false;
  const start = processStartTime(owner.pid);
  return owner.start === undefined || start === undefined || owner.start === start;
}

/**
 * Removes the partial exports in `destination` (not its subfolders) left by exports that are no longer running;
 * returns how many partial folders and ZIP files it removed (owner files are not counted). Never throws: a drive
 * pulled out meanwhile just ends the sweep.
 */
export async function removeStalePartials(destination: string, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(destination);
  } catch {
    return 0;
  }
  const byToken = new Map<string, { prefix: string; partials: string[]; owner?: string }>();
  for (const name of names) {
    const m = PARTIAL_NAME.exec(name);
    if (!m) continue;
    const token = m[3]!;
    const entry = byToken.get(token) ?? { prefix: m[1]!, partials: [] };
    if (m[4]) entry.owner = name;
    else entry.partials.push(name);
    byToken.set(token, entry);
  }
  let removed = 0;
  for (const [token, entry] of byToken) {
    if (running.has(token)) continue;
    if (entry.owner) {
      const owner = await readOwner(path.join(destination, entry.owner));
      if (owner === null) continue; // just released: the export has finished
      if (owner !== 'unreadable' && ownerRunning(owner)) continue;
    } else {
      // No owner file: only old enough partials (an export's whole run is far shorter than this).
      let newest = 0;
      for (const p of entry.partials) newest = Math.max(newest, await lstat(path.join(destination, p)).then((s) => s.mtimeMs, () => now));
      if (now - newest < OWNERLESS_AGE_MS) continue;
    }
    for (const p of entry.partials) {
      const full = path.join(destination, p);
      const s = await lstat(full).catch(() => null);
      if (!s) continue;
      // A folder partial is a folder, a ZIP partial a file; anything else (a link) is not ours to follow.
      const zip = p.endsWith(`.zip.partial-${token}`);
      if ((zip && !s.isFile()) || (!zip && !s.isDirectory())) continue;
      try {
        await rm(full, { recursive: true, force: true });
        removed++;
      } catch {
        // the drive refused or went away: try again next time
      }
    }
    if (entry.owner) await rm(path.join(destination, entry.owner), { force: true }).catch(() => undefined);
  }
  return removed;
}
