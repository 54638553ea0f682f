import { formatBeijingTime } from '../shared/clock/beijingTime';

/** Every time on screen: Beijing time in the one format (shared/clock), whatever the computer's time zone. */
export const formatTime = (iso: string): string => formatBeijingTime(iso);

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const COUNT_FORMAT = new Intl.NumberFormat('en-US');

/** 100000 → 100,000, as the list's totals and the import summary write numbers. */
export const formatCount = (n: number): string => COUNT_FORMAT.format(n);
