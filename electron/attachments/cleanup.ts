import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { WorkspacePaths } from '../storage/types';

export interface OrphanedAttachment {
  sha256: string;
  ext: string;
}

/** Every file derived from one attachment: the original and its cached renditions. */
export function attachmentFiles(paths: WorkspacePaths, a: OrphanedAttachment): string[] {
  return [
    path.join(paths.attachments, `${a.sha256}.${a.ext}`),
    path.join(paths.attachments, 'thumbnails', `${a.sha256}.jpg`),
    path.join(paths.attachments, 'previews', `${a.sha256}.jpg`),
  ];
}

/**
 * Deletes the files of attachments nothing uses any more. Called only after the database that no
 * longer references them is durably saved, so a crash can leave an unused file, never a missing one.
 */
export async function removeAttachmentFiles(paths: WorkspacePaths, orphans: readonly OrphanedAttachment[]): Promise<void> {
  for (const a of orphans) {
    for (const file of attachmentFiles(paths, a)) await rm(file, { force: true });
  }
}
