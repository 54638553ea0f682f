import { mkdir, readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { ApiError } from '../../shared/api/errors';
import { writeFileDurable } from '../storage/durableFile';
import type { WorkspacePaths } from '../storage/types';
import { originalFile, renditionFile, renditionFolder, type OrphanedAttachment, type Rendition } from './cleanup';
import { decodeFailure, openImage, renderJpeg } from './decode';
import { typeOfExt } from './imageType';
import { PREVIEW_EDGE, THUMBNAIL_EDGE } from './limits';
import { makeDirectory } from '../fs/makeDirectory';

export const RENDITION_EDGE: Record<Rendition, number> = { thumbnail: THUMBNAIL_EDGE, preview: PREVIEW_EDGE };

export interface Renditions {
  preview: Buffer;
  thumbnail: Buffer;
}

/** Decodes the image once for the preview; the thumbnail is made from the (already oriented) preview. */
export async function renderRenditions(image: sharp.Sharp): Promise<Renditions> {
  const preview = await renderJpeg(image, PREVIEW_EDGE);
  const thumbnail = await renderJpeg(sharp(preview), THUMBNAIL_EDGE);
  return { preview, thumbnail };
}

async function writeRendition(paths: WorkspacePaths, sha256: string, rendition: Rendition, bytes: Buffer): Promise<void> {
  await makeDirectory(renditionFolder(paths, rendition));
  await writeFileDurable(renditionFile(paths, sha256, rendition), bytes);
}

/** Caches both renditions. A failure only costs a regeneration later, so it is not reported. */
export async function cacheRenditions(paths: WorkspacePaths, sha256: string, r: Renditions): Promise<void> {
  await writeRendition(paths, sha256, 'preview', r.preview).catch(() => undefined);
  await writeRendition(paths, sha256, 'thumbnail', r.thumbnail).catch(() => undefined);
}

async function readIfPresent(file: string): Promise<Buffer | null> {
  try {
    const bytes = await readFile(file);
    return bytes.length > 0 ? bytes : null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export const originalMissing = () => new ApiError('NOT_FOUND', '扫描件原件已丢失（可能被移出了数据目录），请重新上传');

export async function readOriginal(paths: WorkspacePaths, a: OrphanedAttachment): Promise<Buffer> {
  const bytes = await readIfPresent(originalFile(paths, a));
  if (!bytes) throw originalMissing();
  return bytes;
}

const inFlight = new Map<string, Promise<Buffer>>();

/** The cached rendition, made again from the original when the cache file is missing. */
export async function readRendition(paths: WorkspacePaths, a: OrphanedAttachment, rendition: Rendition): Promise<Buffer> {
  const file = renditionFile(paths, a.sha256, rendition);
  const cached = await readIfPresent(file);
  if (cached) return cached;
  let pending = inFlight.get(file);
  if (!pending) {
    pending = regenerate(paths, a, rendition).finally(() => inFlight.delete(file));
    inFlight.set(file, pending);
  }
  return pending;
}

async function regenerate(paths: WorkspacePaths, a: OrphanedAttachment, rendition: Rendition): Promise<Buffer> {
  const original = await readOriginal(paths, a);
  const type = typeOfExt(a.ext);
  if (!type) throw new ApiError('NOT_FOUND', '扫描件的格式无法识别，请重新上传');
  let bytes: Buffer;
  try {
    bytes = await renderJpeg(openImage(original, type), RENDITION_EDGE[rendition]);
  } catch (err) {
    const problem = decodeFailure(err, type);
    throw new ApiError(
      'STORAGE',
      problem.reason === 'heic-unavailable' ? '此电脑无法解码 HEIC 图片，无法显示预览' : '扫描件原件已损坏，无法显示预览；请重新上传',
    );
  }
  await writeRendition(paths, a.sha256, rendition, bytes).catch(() => undefined);
  return bytes;
}
