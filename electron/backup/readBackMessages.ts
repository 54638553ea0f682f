import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { DATABASE_ENTRY } from '../../shared/backup/manifest';

/** The written file does not read back as what was written (the drive, or the cable, lost something). */
export const readBackDiffers = () => new ApiError('STORAGE', '备份读回后与写入的内容不一致，备份未完成；请换一个 U 盘或文件夹重试');

/** An entry read back intact whose bytes differ from the manifest's SHA-256: for a scan, the source file itself changed. */
export function readBackMismatch(entry: string): ApiError {
  return entry === DATABASE_ENTRY
    ? readBackDiffers()
    : new ApiError('STORAGE', `扫描件文件的内容与记录的 SHA-256 不符（${path.basename(entry).slice(0, 12)}…），备份未完成；请先运行完整性检查或联系技术支持`);
}
