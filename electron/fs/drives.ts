// Where a package can go: removable drives first (with free space), then the user's Documents folder.
// Per platform: Linux /proc/mounts + /sys/block/<disk>/removable (+ lsblk when installed), macOS
// `diskutil list -plist external physical`, Windows Win32_LogicalDisk through PowerShell. The parsing
// is pure (drivesParse.ts) and unit-tested on captured outputs; this file only gathers and measures.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, realpath, statfs } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  linuxRemovableMounts,
  parseDiskutilInfoRemovable,
  parseDiskutilPlist,
  parseLsblk,
  parseProcMounts,
  parseWindowsLogicalDisks,
  type Destination,
} from './drivesParse';

export type { Destination } from './drivesParse';

function run(cmd: string, args: string[], timeoutMs = 5000): Promise<string | null> {
  return new Promise((resolve) => {
    execFile(cmd, args, { timeout: timeoutMs, windowsHide: true, maxBuffer: 4 * 1024 * 1024 }, (err, stdout) => resolve(err ? null : stdout));
  });
}

async function space(p: string): Promise<{ freeBytes: number; totalBytes: number } | null> {
  try {
    const s = await statfs(p);
    return { freeBytes: s.bavail * s.bsize, totalBytes: s.blocks * s.bsize };
  } catch {
    return null;
  }
}

/** The disk a block device belongs to: sdb1 -> sdb, nvme0n1p2 -> nvme0n1, mmcblk0p1 -> mmcblk0. */
async function sysRemovable(device: string): Promise<boolean> {
  const name = path.basename(device);
  try {
    const real = await realpath(`/sys/class/block/${name}`);
    const disk = existsSync(path.join(real, 'partition')) ? path.basename(path.dirname(real)) : name;
    return (await readFile(`/sys/block/${disk}/removable`, 'utf8')).trim() === '1';
  } catch {
    return false;
  }
}

async function linuxDrives(): Promise<Destination[]> {
  let mountsText = '';
  try {
    mountsText = await readFile('/proc/mounts', 'utf8');
  } catch {
    return [];
  }
  const lsblk = await run('lsblk', ['-J', '-o', 'NAME,RM,HOTPLUG,MOUNTPOINT,SIZE,LABEL,TRAN']);
  const byMount = lsblk ? parseLsblk(lsblk) : new Map();
  const mounts = parseProcMounts(mountsText);
  const removableDevices = new Set<string>();
  for (const m of mounts) if (m.device.startsWith('/dev/') && (await sysRemovable(m.device))) removableDevices.add(m.device);
  const found = linuxRemovableMounts(mounts, byMount, removableDevices);
  const out: Destination[] = [];
  for (const f of found) {
    const s = await space(f.path);
    if (s) out.push({ ...f, removable: true, ...s });
  }
  return out;
}

async function macDrives(): Promise<Destination[]> {
  const plist = await run('diskutil', ['list', '-plist', 'external', 'physical']);
  const volumes = plist ? parseDiskutilPlist(plist) : [];
  // APFS volumes on a USB disk live in a synthesized container that `external physical` leaves out: ask per volume.
  let others: string[] = [];
  try {
    others = (await readdir('/Volumes')).map((n) => path.join('/Volumes', n)).filter((p) => !volumes.some((v) => v.path === p));
  } catch {
    others = [];
  }
  for (const p of others) {
    const info = await run('diskutil', ['info', '-plist', p]);
    if (info && parseDiskutilInfoRemovable(info)) volumes.push({ path: p, label: path.basename(p) });
  }
  const out: Destination[] = [];
  for (const v of volumes) {
    const s = await space(v.path);
    if (s) out.push({ path: v.path, label: v.label, removable: true, ...s });
  }
  return out;
}

async function windowsDrives(): Promise<Destination[]> {
  const json = await run(
    'powershell.exe',
    ['-NoProfile', '-NonInteractive', '-Command', 'Get-CimInstance Win32_LogicalDisk | Select-Object DeviceID,DriveType,VolumeName,FreeSpace,Size | ConvertTo-Json -Compress'],
    10_000,
  );
  return json ? parseWindowsLogicalDisks(json).filter((d) => d.removable) : [];
}

/** The user's Documents folder (文档 on a Chinese Linux desktop), else the home folder: always offered. */
export function localDocumentsFolder(): { path: string; label: string } {
  const home = os.homedir();
  for (const name of ['Documents', '文档']) {
    const p = path.join(home, name);
    if (existsSync(p)) return { path: p, label: `本机“${name === 'Documents' ? '文档' : name}”文件夹` };
  }
  return { path: home, label: '本机主目录' };
}

export async function listDestinations(platform: NodeJS.Platform = process.platform): Promise<Destination[]> {
  let removable: Destination[] = [];
  try {
    removable = platform === 'win32' ? await windowsDrives() : platform === 'darwin' ? await macDrives() : await linuxDrives();
  } catch {
    removable = []; // the local folder is still offered
  }
  const local = localDocumentsFolder();
  const s = await space(local.path);
  const list = [...removable.sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'))];
  if (!list.some((d) => d.path === local.path)) list.push({ ...local, removable: false, freeBytes: s?.freeBytes ?? 0, totalBytes: s?.totalBytes ?? 0 });
  return list;
}
