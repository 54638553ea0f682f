import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Store, WorkspacePaths } from '../storage/types';
import { one } from '../storage/rows';
import { exclusive } from './exclusive';

export interface OrphanedAttachment {
  sha256: string;
  ext: string;
}

export type Rendition = 'thumbnail' | 'preview';

const RENDITION_FOLDERS: Record<Rendition, string> = { thumbnail: 'thumbnails', preview: 'previews' };

/** attachments/<sha256>.<ext>: the original bytes, never changed once written. */
export function originalFile(paths: WorkspacePaths, a: OrphanedAttachment): string {
  return path.join(paths.attachments, `${a.sha256}.${a.ext}`);
}

export function renditionFolder(paths: WorkspacePaths, rendition: Rendition): string {
  return path.join(paths.attachments, RENDITION_FOLDERS[rendition]);
}

/** attachments/thumbnails/<sha256>.jpg and attachments/previews/<sha256>.jpg: caches, regenerated when missing. */
export function renditionFile(paths: WorkspacePaths, sha256: string, rendition: Rendition): string {
  return path.join(renditionFolder(paths, rendition), `${sha256}.jpg`);
}

/** Every file derived from one attachment: the original and its cached renditions. */
export function attachmentFiles(paths: WorkspacePaths, a: OrphanedAttachment): string[] {
  return [originalFile(paths, a), renditionFile(paths, a.sha256, 'thumbnail'), renditionFile(paths, a.sha256, 'preview')];
}

/**
 * Deletes the files of attachments nothing uses any more. Called only after the database that no
 * longer references them is durably saved, so a crash can leave an unused file, never a missing one.
 */
export async function removeAttachmentFiles(paths: WorkspacePaths, orphans: readonly OrphanedAttachment[]): Promise<void> {
  if (orphans.length === 0) return;
  await exclusive(paths.attachments, () => deleteAttachmentFiles(paths, orphans));
}

/**
 * Like removeAttachmentFiles, but first checks in the database that each attachment's row is still
 * gone: the same scan may have been added again between the save that released it and this call.
 */
export async function removeReleasedAttachmentFiles(store: Store, orphans: readonly OrphanedAttachment[]): Promise<void> {
  if (orphans.length === 0) return;
  await exclusive(store.paths.attachments, () => {
    const gone = orphans.filter((a) => !store.read((db) => one(db, 'SELECT 1 AS x FROM attachment WHERE sha256 = ?', [a.sha256])));
    return deleteAttachmentFiles(store.paths, gone);
  });
}

/** Deletes the files now; for callers already inside `exclusive` for this folder. */
export async function deleteAttachmentFiles(paths: WorkspacePaths, orphans: readonly OrphanedAttachment[]): Promise<void> {
  for (const a of orphans) {
    for (const file of attachmentFiles(paths, a)) await rm(file, { force: true });
  }
}
