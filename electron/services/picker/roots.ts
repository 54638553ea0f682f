import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listDestinations } from '../../fs/drives';

function childrenOf(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
      .map((d) => path.join(dir, d.name));
  } catch {
    return [];
  }
}

/**
 * Where the browser host's picker starts: the home folder and the mounted drives (removable or not: many USB
 * hard disks are not reported as removable). Nothing outside these can be chosen.
 */
export async function pickerRoots(platform: NodeJS.Platform = process.platform): Promise<string[]> {
  const roots = [os.homedir()];
  const drives = await listDestinations(platform).catch(() => []);
  roots.push(...drives.map((d) => d.path));
  if (platform === 'win32') {
    for (const letter of 'CDEFGHIJKLMNOPQRSTUVWXYZ') if (existsSync(`${letter}:\\`)) roots.push(`${letter}:\\`);
  } else if (platform === 'darwin') {
    roots.push(...childrenOf('/Volumes'));
  } else {
    const user = os.userInfo().username;
    for (const base of [`/media/${user}`, `/run/media/${user}`, '/mnt']) roots.push(...childrenOf(base));
  }
  const seen = new Set<string>();
  return roots.map((r) => path.resolve(r)).filter((r) => (seen.has(r) ? false : (seen.add(r), true)));
}

/** Whether p is one of the roots or lies inside one. */
export function insideRoots(p: string, roots: readonly string[]): boolean {
  return roots.some((r) => {
    const rel = path.relative(r, p);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  });
}
