import dayjs from 'dayjs';

export const formatTime = (iso: string): string => dayjs(iso).format('YYYY-MM-DD HH:mm:ss');

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
