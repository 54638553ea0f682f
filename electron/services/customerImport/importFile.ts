// The file importPreview reads: Base64 content from a window, or a path from the command line and tests only.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { MAX_IMPORT_BYTES } from '../../../shared/records/customerImport';
import type { CallContext } from '../../api/handlers';
import { displayName } from '../../attachments/fileName';
import { refusals } from './messages';
import { resolvePicked } from '../picker/pickedPaths';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function fileFromBase64(name: string, data: string): { name: string; bytes: Buffer } {
  const bytes = (data.length / 4) * 3 - (data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0);
  if (bytes > MAX_IMPORT_BYTES) throw new ApiError('VALIDATION', refusals.tooLarge(bytes), 'dataBase64');
  if (data.length % 4 !== 0 || !BASE64.test(data)) throw new ApiError('VALIDATION', `「${displayName(name)}」的文件内容不是有效的 Base64 编码`, 'dataBase64');
  return { name, bytes: Buffer.from(data, 'base64') };
}

/** The renderer never hands the main process a path (docs/ARCHITECTURE.md: paths come from main-process dialogs). */
export function assertPathAllowed(ctx: CallContext): void {
  if (ctx.transport !== 'cli' && ctx.transport !== 'test') {
    throw new ApiError('VALIDATION', '只有命令行可以按文件路径导入；界面请选择文件上传（传文件名和 Base64 内容）', 'path');
  }
}

/** Stat first, so an oversized file is refused without reading it. */
export async function fileFromPath(file: string): Promise<{ name: string; bytes: Buffer }> {
  const full = path.resolve(file);
  const name = displayName(path.basename(full));
  const refuse = (message: string) => new ApiError('VALIDATION', message, 'path');
  const denied = (err: unknown) => {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return refuse(`找不到文件「${name}」，请检查路径`);
    if (code === 'EACCES' || code === 'EPERM') return refuse(`没有权限读取文件「${name}」`);
    return err;
  };
  const info = await stat(full).catch((err: unknown) => {
    throw denied(err);
  });
  if (!info.isFile()) throw refuse(`「${name}」不是一个文件`);
  if (info.size > MAX_IMPORT_BYTES) throw refuse(refusals.tooLarge(info.size));
  const bytes = await readFile(full).catch((err: unknown) => {
    throw denied(err);
  });
  return { name: path.basename(full), bytes };
}

/** A file chosen in the app's own picker (picker.native / picker.browse): only a handle it issued names a path. */
export async function fileFromPicked(handle: string): Promise<{ name: string; bytes: Buffer }> {
  const picked = resolvePicked(handle, 'file');
  if (!picked) throw new ApiError('VALIDATION', '所选文件：请用“选择文件…”重新选择要导入的文件（选择已过期）', 'handle');
  try {
    return await fileFromPath(picked);
  } catch (err) {
    if (err instanceof ApiError) throw new ApiError('VALIDATION', err.message, 'handle');
    throw err;
  }
}

/** How an import's file was given: Base64 from the page, a picker handle, or a path (CLI only). */
export type ImportFileInput = { name: string; dataBase64: string } | { handle: string } | { path: string };

/** The file of an import call, and the input field that named it (for a refusal's field). */
export async function fileFromImportInput(input: ImportFileInput, ctx: CallContext): Promise<{ name: string; bytes: Buffer; field: string }> {
  if ('path' in input) {
    assertPathAllowed(ctx);
    return { ...(await fileFromPath(input.path)), field: 'path' };
  }
  if ('handle' in input) return { ...(await fileFromPicked(input.handle)), field: 'handle' };
  return { ...fileFromBase64(input.name, input.dataBase64), field: 'dataBase64' };
}
