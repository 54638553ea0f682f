import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { all, run } from '../storage/rows';
import type { Store } from '../storage/types';
import { deleteAttachmentFiles, renditionFolder, type OrphanedAttachment } from './cleanup';
import { exclusive } from './exclusive';
import { UNUSED_GRACE_MS } from './limits';

export interface SweepResult {
  /** Attachments (row and files) that nothing used. */
  removedAttachments: number;
  /** Files with no row: originals and temp files from an interrupted add, stale renditions. */
  removedFiles: number;
}

const ORIGINAL = /^([0-9a-f]{64})\.([a-z0-9]+)$/;
const RENDITION = /^([0-9a-f]{64})\.jpg$/;
const TEMP = /\.tmp$/;

async function filesIn(folder: string): Promise<string[]> {
  try {
    return (await readdir(folder, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    return [];
  }
}

async function olderThan(file: string, cutoffMs: number): Promise<boolean> {
  try {
    return (await stat(file)).mtimeMs < cutoffMs;
  } catch {
    return false;
  }
}

/**
 * A database set aside as damaged or replaced (beian.sqlite.damaged-…, .replaced-…) may still refer to
 * originals this database does not know: while one exists, originals without a row are kept.
 */
async function hasSetAsideDatabase(store: Store): Promise<boolean> {
  const base = path.basename(store.paths.database);
  return (await filesIn(store.paths.root)).some((f) => f.startsWith(`${base}.damaged-`) || f.startsWith(`${base}.replaced-`));
}

/**
 * Removes scans nothing uses that were added more than `olderThanMs` ago (a fresh upload whose form is
 * not saved yet must survive), then files no row accounts for. Run once at startup.
 */
export async function sweepUnusedAttachments(store: Store, olderThanMs = UNUSED_GRACE_MS, now: Date = new Date()): Promise<SweepResult> {
  const cutoffMs = now.getTime() - olderThanMs;
  const cutoff = new Date(cutoffMs).toISOString();
  const paths = store.paths;
  return exclusive(paths.attachments, async () => {
    const unusedSql = `FROM attachment a WHERE a.added_at < ? AND NOT EXISTS (SELECT 1 FROM attachment_ref r WHERE r.sha256 = a.sha256)`;
    let removed: OrphanedAttachment[] = store.read((db) => all<OrphanedAttachment>(db, `SELECT a.sha256, a.ext ${unusedSql}`, [cutoff]));
    if (removed.length > 0) {
      // Only when there is something to remove: an empty sweep costs no save.
      removed = await store.mutate((tx) => {
        const rows = all<OrphanedAttachment>(tx.db, `SELECT a.sha256, a.ext ${unusedSql}`, [cutoff]);
        for (const r of rows) run(tx.db, 'DELETE FROM attachment WHERE sha256 = ?', [r.sha256]);
        return rows;
      });
      await deleteAttachmentFiles(paths, removed);
    }

    const known = new Set(store.read((db) => all<{ sha256: string }>(db, 'SELECT sha256 FROM attachment')).map((r) => r.sha256));
    const keepStrayOriginals = await hasSetAsideDatabase(store);
    let removedFiles = 0;
    const remove = async (file: string) => {
      await rm(file, { force: true });
      removedFiles++;
    };
    for (const name of await filesIn(paths.attachments)) {
      const file = path.join(paths.attachments, name);
      const original = ORIGINAL.exec(name);
      if (original && !known.has(original[1]!) && !keepStrayOriginals && (await olderThan(file, cutoffMs))) await remove(file);
      else if (TEMP.test(name) && (await olderThan(file, cutoffMs))) await remove(file);
    }
    for (const rendition of ['thumbnail', 'preview'] as const) {
      const folder = renditionFolder(paths, rendition);
      for (const name of await filesIn(folder)) {
        const file = path.join(folder, name);
        const match = RENDITION.exec(name);
        if ((match && !known.has(match[1]!)) || (TEMP.test(name) && (await olderThan(file, cutoffMs)))) await remove(file);
      }
    }
    return { removedAttachments: removed.length, removedFiles };
  });
}
