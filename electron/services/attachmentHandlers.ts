import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import type { CallContext, Handlers } from '../api/handlers';
import { addAttachment, getAttachment, MAX_ATTACHMENT_BYTES, removeAttachment, sweepUnusedAttachments } from '../attachments';
import { displayName } from '../attachments/fileName';
import { attachmentMessages } from '../attachments/messages';
import type { WorkspaceSession } from '../workspace/session';

type AttachmentMethods = 'attachments.add' | 'attachments.get' | 'attachments.remove';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function fromBase64(name: string, data: string): Buffer {
  // Refused before decoding: 4 Base64 characters carry 3 bytes, less the padding.
  const bytes = (data.length / 4) * 3 - (data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0);
  if (bytes > MAX_ATTACHMENT_BYTES) throw new ApiError('VALIDATION', attachmentMessages.tooLarge(displayName(name), bytes), 'dataBase64');
  if (data.length % 4 !== 0 || !BASE64.test(data)) throw new ApiError('VALIDATION', `「${displayName(name)}」的文件内容不是有效的 Base64 编码`, 'dataBase64');
  return Buffer.from(data, 'base64');
}

/** A file named on the command line: stat first, so an oversized file is refused without reading it. */
async function readPath(file: string): Promise<{ name: string; bytes: Buffer }> {
  const full = path.resolve(file);
  const name = displayName(full);
  const refuse = (message: string) => new ApiError('VALIDATION', message, 'path');
  let info;
  try {
    info = await stat(full);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw refuse(`找不到文件「${name}」，请检查路径`);
    if (code === 'EACCES' || code === 'EPERM') throw refuse(`没有权限读取文件「${name}」`);
    throw err;
  }
  if (!info.isFile()) throw refuse(`「${name}」不是一个文件`);
  if (info.size > MAX_ATTACHMENT_BYTES) throw refuse(attachmentMessages.tooLarge(name, info.size));
  try {
    return { name: path.basename(full), bytes: await readFile(full) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw refuse(`没有权限读取文件「${name}」`);
    throw err;
  }
}

function assertPathAllowed(ctx: CallContext): void {
  // The renderer never hands the main process a path (docs/ARCHITECTURE.md: paths come from main-process dialogs).
  if (ctx.transport !== 'cli') {
    throw new ApiError('VALIDATION', '只有命令行可以按文件路径添加扫描件；界面请选择或拖入文件上传（传文件名和 Base64 内容）', 'path');
  }
}

export function attachmentHandlers(session: WorkspaceSession): Pick<Handlers, AttachmentMethods> {
  // Once per start: unused scans older than a day and stray files go. Failures are not worth reporting
  // (the next start tries again) and must not leak file names into logs.
  try {
    void sweepUnusedAttachments(session.store).catch(() => undefined);
  } catch {
    // a damaged workspace has no store until a backup is restored
  }
  return {
    'attachments.add': async (input, ctx) => {
      if ('path' in input) {
        assertPathAllowed(ctx);
        return addAttachment(session.store, await readPath(input.path), 'path');
      }
      return addAttachment(session.store, { name: input.name, bytes: fromBase64(input.name, input.dataBase64) }, 'dataBase64');
    },
    'attachments.get': ({ sha256, variant }) => getAttachment(session.store, sha256, variant),
    'attachments.remove': ({ sha256 }) => removeAttachment(session.store, sha256),
  };
}
