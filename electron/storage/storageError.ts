import { ApiError } from '../../shared/api/errors';

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘配额已用完',
  EFBIG: '文件超过了磁盘允许的大小',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '没有写入权限（磁盘为只读）',
  ENOENT: '工作目录已被移除或无法访问',
  ENOTDIR: '工作目录已被移除或无法访问',
  EISDIR: '目标位置已被一个文件夹占用',
  EBUSY: '文件正被其他程序占用',
  EMFILE: '打开的文件过多',
  EIO: '磁盘读写出错',
};

export function errnoCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The user-facing error for a save the disk refused. It names the reason, never the path or the
 * data (paths can carry a person's name; the data is personal).
 */
export function saveFailedError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const code = errnoCode(err);
  const reason = (code && REASONS[code]) ?? `写入出错${code ? `（${code}）` : ''}`;
  return new ApiError('STORAGE', `数据未能写入磁盘：${reason}。本次修改没有保存，请处理后重试。`);
}
