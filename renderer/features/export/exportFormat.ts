import type { ExportProgress } from './exportStore';

const GB = 1024 ** 3;
const MB = 1024 ** 2;

/** Disk sizes as the operating systems show them: 12.3 GB (binary units, one decimal). */
export function formatDiskSize(bytes: number): string {
  if (bytes >= GB) return `${(bytes / GB).toFixed(1)} GB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  return `${Math.max(0, Math.round(bytes / 1024))} KB`;
}

/** 可用 12.3 GB / 共 14.9 GB */
export const formatSpace = (freeBytes: number, totalBytes: number): string =>
  `可用 ${formatDiskSize(freeBytes)} / 共 ${formatDiskSize(totalBytes)}`;

export const PHASE_TEXT: Record<ExportProgress['phase'], string> = {
  write: '写入',
  verify: '校验',
  zip: '压缩',
  done: '完成',
};

/** 正在校验（3/12） */
export function phaseLine(p: ExportProgress): string {
  if (p.phase === 'done') return '已完成';
  const count = p.total > 0 ? `（${p.done}/${p.total}）` : '';
  return `正在${PHASE_TEXT[p.phase]}${count}`;
}

/**
 * One bar for the whole export: each phase (写入, 校验, and 压缩 when a ZIP is made) counts the files
 * again from 0, so the bar gives every phase an equal share instead of running back to 0.
 */
export function progressPercent(p: ExportProgress | null, zip: boolean): number {
  if (!p) return 0;
  if (p.phase === 'done') return 100;
  const phases: ExportProgress['phase'][] = zip ? ['write', 'verify', 'zip'] : ['write', 'verify'];
  const index = Math.max(0, phases.indexOf(p.phase));
  const within = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  return Math.min(99, Math.floor(((index + within) / phases.length) * 100));
}
