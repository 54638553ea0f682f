import { ApiError } from '../../../shared/api/errors';

/** What the writer was doing when the disk refused: shown in the message with the file's name. */
export type PackageStep = '写入' | '读回' | '重命名';

/** A failed package write: the Chinese message names the file; `file` carries it for the progress view. */
export class PackageWriteError extends ApiError {
  readonly file: string | undefined;
  constructor(message: string, file?: string) {
    super('STORAGE', message);
    this.file = file;
  }
}

const errnoOf = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : undefined;

/** The disk's refusal in words a clerk can act on, naming the file (relative to the package folder). */
export function describeFailure(err: unknown, step: PackageStep, file: string): PackageWriteError {
  if (err instanceof PackageWriteError) return err;
  const code = errnoOf(err);
  const at = `（${step} ${file} 时）`;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return new PackageWriteError(`目标磁盘空间不足${at}：请换一个空间更大的磁盘，或清理后重试`, file);
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new PackageWriteError(`目标位置是只读的${at}：请检查 U 盘的写保护开关，或换一个目标位置`, file);
    case 'ENOENT':
    case 'ENODEV':
    case 'ENXIO':
    case 'EIO':
    case 'ENOTDIR':
    case 'ESTALE':
      return new PackageWriteError(`目标磁盘已被移除${at}：请重新插入磁盘后再生成`, file);
    default:
      return new PackageWriteError(`写入备案材料失败${at}：${code ?? '未知错误'}`, file);
  }
}

export const mismatch = (file: string) => new PackageWriteError(`校验失败：文件 ${file} 读回的内容与写入的不一致`, file);
