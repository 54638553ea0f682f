import type { LogVerifyResult } from '../../../shared/records/logSeal';

/** Sizes as a clerk reads them: 512 字节, 12.0 KB, 1.2 MB, 3.4 GB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

export interface VerifyFindings {
  unchanged: number;
  changed: LogVerifyResult['changed'];
  removed: string[];
  added: { path: string; bytes: number }[];
  unreadable: string[];
  /** The first altered or missing seal of the chain, or null. */
  brokenSeal: { seq: number; missing: boolean } | null;
  /** The sealed path no longer exists at all. */
  pathMissing: string | null;
}

/** The Chinese sentences the screen and `beian logs verify` show, most serious first. */
export function verifyLines(f: VerifyFindings): string[] {
  const lines: string[] = [];
  if (f.brokenSeal) {
    lines.push(`封存记录链校验失败：第 ${f.brokenSeal.seq} 条封存记录${f.brokenSeal.missing ? '缺失（被删除）' : '被改动'}`);
  }
  if (f.pathMissing) lines.push(`找不到封存的路径：${f.pathMissing}（已被移动或删除）`);
  const altered = f.changed.length + f.removed.length + f.unreadable.length;
  if (altered === 0) {
    lines.push(`未发现改动：${f.unchanged} 个文件与封存时一致`);
  } else {
    const parts = [
      f.changed.length ? `${f.changed.length} 个文件被修改` : '',
      f.removed.length ? `${f.removed.length} 个文件被删除` : '',
      f.unreadable.length ? `${f.unreadable.length} 个文件无法读取` : '',
    ].filter(Boolean);
    const verdict = f.changed.length + f.removed.length > 0 ? '发现改动' : '未能核验全部文件';
    lines.push(`${verdict}：${parts.join('，')}；${f.unchanged} 个文件与封存时一致（第七条：日志留存期间不得更改或删除）`);
  }
  for (const c of f.changed) {
    lines.push(
      c.bytes === c.sealedBytes
        ? `已修改：${c.path}（大小未变 ${formatSize(c.bytes)}，内容与封存时不同）`
        : `已修改：${c.path}（封存时 ${formatSize(c.sealedBytes)}，现在 ${formatSize(c.bytes)}）`,
    );
  }
  for (const p of f.removed) lines.push(`已删除：${p}`);
  for (const p of f.unreadable) lines.push(`无法读取：${p}（文件被占用或没有读取权限，无法确认未被改动）`);
  for (const a of f.added) lines.push(`新增：${a.path}（${formatSize(a.bytes)}）`);
  if (f.added.length > 0) lines.push(`新增的 ${f.added.length} 个文件（如日志轮转产生的新日志）不算改动；它们不在这次封存中，需要留存时请再封存一次`);
  return lines;
}
