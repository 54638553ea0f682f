import type { Database } from 'sql.js';

/** Past this many changed spaces the search index is rebuilt rather than patched. */
const PATCH_LIMIT = 5000;

// Which spaces were written since the search index last looked, per database. A rolled-back write is
// harmless: the index re-reads those ids from the database as they are.
const touched = new WeakMap<Database, Set<string> | 'all'>();

export function markTouched(db: Database, id: string): void {
  const set = touched.get(db);
  if (set === 'all') return;
  if (!set) {
    touched.set(db, new Set([id]));
  } else if (set.size >= PATCH_LIMIT) {
    touched.set(db, 'all');
  } else {
    set.add(id);
  }
}

/** The ids written since the last call ('all': too many to patch), and forgets them. */
export function takeTouched(db: Database): Set<string> | 'all' {
  const set = touched.get(db) ?? new Set<string>();
  touched.delete(db);
  return set;
}
