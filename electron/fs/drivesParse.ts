// Pure parsing of what each platform says about its drives (tested on captured outputs in
// test/unit/filing/package-drives.test.ts). No I/O here.

export interface Destination {
  path: string;
  label: string;
  removable: boolean;
  freeBytes: number;
  totalBytes: number;
}

export interface MountEntry {
  device: string;
  mountPoint: string;
  fsType: string;
  options: string[];
}

/** /proc/mounts escapes space, tab, newline and backslash as \040 \011 \012 \134. */
const unescapeMount = (s: string) => s.replace(/\\([0-7]{3})/g, (_, oct: string) => String.fromCharCode(parseInt(oct, 8)));

export function parseProcMounts(text: string): MountEntry[] {
  const out: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 4) continue;
    out.push({ device: unescapeMount(parts[0]!), mountPoint: unescapeMount(parts[1]!), fsType: parts[2]!, options: parts[3]!.split(',') });
  }
  return out;
}

export interface LsblkInfo {
  removable: boolean;
  label?: string;
}

const truthy = (v: unknown) => v === true || v === 1 || v === '1' || v === 'true';

interface LsblkDevice {
  name?: string;
  rm?: unknown;
  hotplug?: unknown;
  tran?: string | null;
  label?: string | null;
  mountpoint?: string | null;
  mountpoints?: (string | null)[];
  children?: LsblkDevice[];
}

/**
 * `lsblk -J -o NAME,RM,HOTPLUG,MOUNTPOINT,SIZE,LABEL,TRAN` → mount point → removable and label. A device
 * is removable when RM or HOTPLUG is set or TRAN is usb, on itself or the disk it is a partition of.
 * Older lsblk prints "0"/"1" strings, newer prints booleans and may add a `mountpoints` array.
 */
export function parseLsblk(json: string): Map<string, LsblkInfo> {
  const map = new Map<string, LsblkInfo>();
  let doc: { blockdevices?: LsblkDevice[] };
  try {
    doc = JSON.parse(json) as { blockdevices?: LsblkDevice[] };
  } catch {
    return map;
  }
  const visit = (dev: LsblkDevice, parentRemovable: boolean) => {
    const removable = parentRemovable || truthy(dev.rm) || truthy(dev.hotplug) || dev.tran === 'usb';
    const points = [dev.mountpoint, ...(dev.mountpoints ?? [])].filter((p): p is string => typeof p === 'string' && p !== '');
    for (const p of points) map.set(p, { removable, ...(dev.label ? { label: dev.label } : {}) });
    for (const c of dev.children ?? []) visit(c, removable);
  };
  for (const d of doc.blockdevices ?? []) visit(d, false);
  return map;
}

const SYSTEM_MOUNTS = new Set(['/', '/boot', '/boot/efi', '/efi', '/home', '/usr', '/var', '/tmp']);
const READ_ONLY_MEDIA = new Set(['iso9660', 'udf', 'squashfs']);

/** The mounted removable drives: lsblk's verdict or /sys/block/<disk>/removable, system mounts and optical discs left out. */
export function linuxRemovableMounts(
  mounts: readonly MountEntry[],
  lsblk: ReadonlyMap<string, LsblkInfo>,
  sysRemovableDevices: ReadonlySet<string>,
): { path: string; label: string }[] {
  const out: { path: string; label: string }[] = [];
  const seen = new Set<string>();
  for (const m of mounts) {
    if (!m.device.startsWith('/dev/') || SYSTEM_MOUNTS.has(m.mountPoint) || READ_ONLY_MEDIA.has(m.fsType) || seen.has(m.mountPoint)) continue;
    const info = lsblk.get(m.mountPoint);
    if (!(info?.removable || sysRemovableDevices.has(m.device))) continue;
    seen.add(m.mountPoint);
    const name = info?.label || m.mountPoint.split('/').filter(Boolean).pop() || m.mountPoint;
    out.push({ path: m.mountPoint, label: m.options.includes('ro') ? `${name}（只读）` : name });
  }
  return out;
}

// --- macOS: a property list reader just large enough for diskutil's output ---

type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

const decodeXml = (s: string) =>
  s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (named[e]) return named[e];
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });

export function parsePlist(xml: string): PlistValue | undefined {
  const tokens = [...xml.matchAll(/<(\/?)(dict|array|key|string|integer|real|date|data|true|false)(\s*\/)?>([^<]*)/g)];
  let i = 0;
  const value = (): PlistValue | undefined => {
    const t = tokens[i++];
    if (!t) return undefined;
    const [, close, tag, selfClose, text = ''] = t;
    if (close) return undefined;
    switch (tag) {
      case 'true':
      case 'false':
        if (!selfClose) i++;
        return tag === 'true';
      case 'string':
      case 'date':
      case 'data':
      case 'key':
        if (selfClose) return '';
        i++; // its closing tag
        return decodeXml(text);
      case 'integer':
      case 'real':
        i++;
        return Number(text);
      case 'array': {
        const arr: PlistValue[] = [];
        if (selfClose) return arr;
        while (i < tokens.length && !(tokens[i]![1] && tokens[i]![2] === 'array')) {
          const v = value();
          if (v !== undefined) arr.push(v);
        }
        i++;
        return arr;
      }
      case 'dict': {
        const obj: Record<string, PlistValue> = {};
        if (selfClose) return obj;
        while (i < tokens.length && !(tokens[i]![1] && tokens[i]![2] === 'dict')) {
          const k = value();
          const v = value();
          if (typeof k === 'string' && v !== undefined) obj[k] = v;
        }
        i++;
        return obj;
      }
      default:
        return undefined;
    }
  };
  return value();
}

const isDict = (v: PlistValue | undefined): v is Record<string, PlistValue> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `diskutil list -plist external physical` → every mounted volume on an external disk. */
export function parseDiskutilPlist(xml: string): { path: string; label: string }[] {
  const root = parsePlist(xml);
  if (!isDict(root) || !Array.isArray(root.AllDisksAndPartitions)) return [];
  const out: { path: string; label: string }[] = [];
  const take = (d: PlistValue) => {
    if (!isDict(d)) return;
    if (typeof d.MountPoint === 'string' && d.MountPoint !== '') {
      out.push({ path: d.MountPoint, label: typeof d.VolumeName === 'string' && d.VolumeName ? d.VolumeName : d.MountPoint.split('/').pop()! });
    }
    for (const key of ['Partitions', 'APFSVolumes'] as const) {
      const list = d[key];
      if (Array.isArray(list)) list.forEach(take);
    }
  };
  root.AllDisksAndPartitions.forEach(take);
  return out;
}

/** `diskutil info -plist /Volumes/X`: is it on an external or removable device (APFS volumes on a USB disk)? */
export function parseDiskutilInfoRemovable(xml: string): boolean {
  const d = parsePlist(xml);
  if (!isDict(d)) return false;
  return d.RemovableMediaOrExternalDevice === true || d.Internal === false || d.Ejectable === true;
}

// --- Windows ---

interface LogicalDisk {
  DeviceID?: string;
  DriveType?: number;
  VolumeName?: string | null;
  FreeSpace?: number | string | null;
  Size?: number | string | null;
}

/** `Get-CimInstance Win32_LogicalDisk | Select … | ConvertTo-Json`: one object when one disk, else an array. DriveType 2 = removable. */
export function parseWindowsLogicalDisks(json: string): Destination[] {
  let doc: LogicalDisk | LogicalDisk[];
  try {
    doc = JSON.parse(json.replace(/^\uFEFF/, '')) as LogicalDisk | LogicalDisk[];
  } catch {
    return [];
  }
  const out: Destination[] = [];
  for (const d of Array.isArray(doc) ? doc : [doc]) {
    if (!d || typeof d.DeviceID !== 'string' || d.Size === null || d.Size === undefined) continue; // an empty card reader has no size
    const removable = d.DriveType === 2;
    const name = d.VolumeName ? d.VolumeName : removable ? '可移动磁盘' : '本地磁盘';
    out.push({
      path: `${d.DeviceID}\\`,
      label: `${name} (${d.DeviceID})`,
      removable,
      freeBytes: Number(d.FreeSpace ?? 0),
      totalBytes: Number(d.Size),
    });
  }
  return out;
}
