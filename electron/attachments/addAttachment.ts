import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { ApiError } from '../../shared/api/errors';
import type { AttachmentMeta } from '../../shared/records/attachment';
import { writeFileDurable } from '../storage/durableFile';
import { run } from '../storage/rows';
import type { Store } from '../storage/types';
import { readAttachmentRow, toMeta } from './attachmentRows';
import { originalFile } from './cleanup';
import { decodeFailure, inspectImage, openImage, type ImageSize } from './decode';
import { exclusive } from './exclusive';
import { cleanFileName, displayName } from './fileName';
import { MAX_ATTACHMENT_BYTES } from './limits';
import { attachmentMessages, problemMessage } from './messages';
import { cacheRenditions, renderRenditions, type Renditions } from './renditions';
import { checkImageType } from './typeCheck';

export interface AttachmentSource {
  /** The file's name as the user chose it (a path is reduced to its last segment). */
  name: string;
  bytes: Buffer;
}

export type AddedAttachment = AttachmentMeta & { duplicate: boolean };

async function sizeOnDisk(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/**
 * Validates a scan, keeps its original bytes unchanged at attachments/<sha256>.<ext>, records it in the
 * `attachment` table and caches its thumbnail and preview. The same content added again is stored
 * once (`duplicate: true`). Refusals are VALIDATION errors on `field` whose message names the file.
 */
export async function addAttachment(store: Store, source: AttachmentSource, field = 'dataBase64'): Promise<AddedAttachment> {
  const name = displayName(source.name);
  const refuse = (message: string) => new ApiError('VALIDATION', message, field);
  const { bytes } = source;
  if (bytes.length === 0) throw refuse(attachmentMessages.empty(name));
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw refuse(attachmentMessages.tooLarge(name, bytes.length));
  const type = checkImageType(bytes, source.name, name);
  if (typeof type === 'string') throw refuse(type);

  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const paths = store.paths;
  const file = originalFile(paths, { sha256, ext: type.ext });
  const known = store.read((db) => readAttachmentRow(db, sha256));
  // Already stored and validated when it was first added: nothing to decode again.
  if (known && (await sizeOnDisk(file)) === bytes.length) return { ...toMeta(known), duplicate: true };

  let size: ImageSize;
  let renditions: Renditions;
  try {
    // The header first: the pixel count is checked before any pixel is decoded.
    size = await inspectImage(bytes, type);
    renditions = await renderRenditions(openImage(bytes, type));
  } catch (err) {
    throw refuse(problemMessage(decodeFailure(err, type), name, type));
  }

  const { row, duplicate } = await exclusive(paths.attachments, async () => {
    // A file of the right size under this name is this content: written whole (temp, fsync, rename).
    const duplicate = (await sizeOnDisk(file)) === bytes.length;
    if (!duplicate) await writeFileDurable(file, bytes);
    await store.mutate((tx) =>
      run(
        tx.db,
        `INSERT OR IGNORE INTO attachment (sha256, ext, mime, bytes, width, height, original_name, added_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        [sha256, type.ext, type.mime, bytes.length, size.width, size.height, cleanFileName(source.name), tx.now],
      ),
    );
    return { row: store.read((db) => readAttachmentRow(db, sha256))!, duplicate };
  });
  await cacheRenditions(paths, sha256, renditions);
  return { ...toMeta(row), duplicate };
}
