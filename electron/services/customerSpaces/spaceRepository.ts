import type { Database } from 'sql.js';
import { storedCustomerSpaceSchema, type StoredCustomerSpace } from '../../../shared/records/customerSpace';
import { each, first } from './statements';

export const SPACE_KIND = 'customerSpace';

/** One stored space, re-validated; null when there is none with this id. */
export function readSpace(db: Database, id: string): StoredCustomerSpace | null {
  const row = first(db, "SELECT data FROM record WHERE kind = 'customerSpace' AND id = ?", [id]);
  return row ? storedCustomerSpaceSchema.parse(JSON.parse(String(row[0]))) : null;
}

/** As readSpace without re-validation, for a list whose output the API contract checks anyway. */
export function readSpaceUnchecked(db: Database, id: string): StoredCustomerSpace | null {
  const row = first(db, "SELECT data FROM record WHERE kind = 'customerSpace' AND id = ?", [id]);
  return row ? (JSON.parse(String(row[0])) as StoredCustomerSpace) : null;
}

/** Every stored space, sorted by 空间编号. */
export function readAllSpaces(db: Database): StoredCustomerSpace[] {
  const spaces: StoredCustomerSpace[] = [];
  each(db, "SELECT data FROM record WHERE kind = 'customerSpace'", [], (row) => {
    spaces.push(storedCustomerSpaceSchema.parse(JSON.parse(String(row[0]))));
  });
  return spaces.sort((a, b) => (a.spaceCode < b.spaceCode ? -1 : a.spaceCode > b.spaceCode ? 1 : 0));
}
