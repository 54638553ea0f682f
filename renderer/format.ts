import { formatBeijingTime } from '../shared/clock/beijingTime';

/** Every time on screen: Beijing time in the one format (shared/clock), whatever the computer's time zone. */
export const formatTime = (iso: string): string => formatBeijingTime(iso);

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
