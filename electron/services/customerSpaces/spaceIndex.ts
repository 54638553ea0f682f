// The in-memory search index of 客户空间 for one open store: what search-as-you-type scans at 100,000 spaces.
// Built from the record table on first use, patched with the spaces written since (spaceChanges.ts).
import type { Database } from 'sql.js';
import { domainToUnicode } from '../../../shared/network/domain';
import { reportStatus, type StoredCustomerSpace } from '../../../shared/records/customerSpace';
import type { Store } from '../../storage/types';
import { takeTouched } from './spaceChanges';
import { each, first } from './statements';

export interface IndexEntry {
  id: string;
  code: string;
  serverId: string;
  /** Lower-case text searched: code, renter name, 证件号码, domains in ASCII and in Unicode. */
  text: string;
  /** Reported and not changed since, or ended (退租): nothing due. */
  reported: boolean;
  /** The last day of the (change) report when not reported, as the number YYYYMMDD (0 when nothing is due). */
  deadline: number;
  /** The dates as stored, for the compliance rules (第十二条): they need no re-read of 100,000 records. */
  openedOn: string;
  reportedOn: string;
  changedOn: string;
  /** 退租日期, '' while in service. */
  endedOn: string;
}

/** 'YYYY-MM-DD' as the number YYYYMMDD: days compare as numbers in the scan. */
export const dayNumber = (day: string): number => (day === '' ? 0 : Number(day.replaceAll('-', '')));

function entryOf(s: StoredCustomerSpace): IndexEntry {
  const domains = s.domains.flatMap((d) => {
    const unicode = domainToUnicode(d.domain);
    return unicode === d.domain ? [d.domain] : [d.domain, unicode];
  });
  // The '\n' separators keep a query from matching across two fields.
  const text = [s.spaceCode, s.renterName, s.renterIdNumber, ...domains].join('\n').toLowerCase();
  const endedOn = s.endedOn ?? '';
  const status = reportStatus({ ...s, endedOn }, '');
  return {
    id: s.id,
    code: s.spaceCode,
    serverId: s.serverId,
    text,
    reported: status.deadline === '',
    deadline: dayNumber(status.deadline),
    openedOn: s.openedOn,
    reportedOn: s.reportedOn,
    changedOn: s.changedOn,
    endedOn,
  };
}

const before = (a: IndexEntry, b: IndexEntry) => a.code < b.code || (a.code === b.code && a.id < b.id);
const byCode = (a: IndexEntry, b: IndexEntry) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Between two entries' text in the joined haystack; never part of a query term. */
const ENTRY_BREAK = '\u0001';
/** Changes kept beside the joined text before it is joined again (joining 100,000 texts takes tens of ms). */
const REJOIN_AFTER = 2000;

interface Haystack {
  /** Every entry's text joined in order: one indexOf pass finds a term in all of them. */
  text: string;
  /** Where each entry's text starts in `text`. */
  starts: Int32Array;
  /** The entries as they were when joined. */
  entries: IndexEntry[];
}

/** Where `e` is or would go in `sorted` (binary search). */
function position(sorted: readonly IndexEntry[], e: IndexEntry): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(sorted[mid]!, e)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Two lists sorted by code as one. */
function merge(a: IndexEntry[], b: IndexEntry[]): IndexEntry[] {
  const out: IndexEntry[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(before(b[j]!, a[i]!) ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

export class SpaceIndex {
  /** Sorted by 空间编号. */
  entries: IndexEntry[] = [];
  private byId = new Map<string, IndexEntry>();
  private joined: Haystack | null = null;
  /** Entries of the joined text since changed or removed. */
  private stale = new Set<IndexEntry>();
  /** Entries added or changed since the text was joined, sorted. */
  private fresh: IndexEntry[] = [];

  constructor(readonly db: Database) {}

  build(): void {
    const entries: IndexEntry[] = [];
    each(this.db, "SELECT data FROM record WHERE kind = 'customerSpace'", [], (row) => {
      entries.push(entryOf(JSON.parse(String(row[0])) as StoredCustomerSpace));
    });
    entries.sort(byCode);
    this.entries = entries;
    this.byId = new Map(entries.map((e) => [e.id, e]));
    this.joined = null;
  }

  /** The entries whose text contains every term, in 空间编号 order. */
  matching(terms: readonly string[]): IndexEntry[] {
    if (terms.length === 0) return this.entries;
    const driver = terms.reduce((a, b) => (b.length > a.length ? b : a));
    const others = terms.filter((t) => t !== driver);
    const { text, starts, entries } = this.haystack();
    const found: IndexEntry[] = [];
    for (let pos = text.indexOf(driver); pos !== -1; ) {
      const i = entryAt(starts, pos);
      const e = entries[i]!;
      if (!this.stale.has(e) && others.every((t) => e.text.includes(t))) found.push(e);
      pos = i + 1 < starts.length ? text.indexOf(driver, starts[i + 1]) : -1;
    }
    const extra = this.fresh.filter((e) => terms.every((t) => e.text.includes(t)));
    return extra.length > 0 ? merge(found, extra) : found;
  }

  private haystack(): Haystack {
    if (this.joined && this.stale.size + this.fresh.length <= REJOIN_AFTER) return this.joined;
    const starts = new Int32Array(this.entries.length);
    let at = 0;
    this.entries.forEach((e, i) => {
      starts[i] = at;
      at += e.text.length + ENTRY_BREAK.length;
    });
    this.joined = { text: this.entries.map((e) => e.text).join(ENTRY_BREAK), starts, entries: this.entries.slice() };
    this.stale.clear();
    this.fresh = [];
    return this.joined;
  }

  /** Re-reads these spaces from the database: updated, added or gone. */
  patch(ids: Iterable<string>): void {
    for (const id of ids) {
      const old = this.byId.get(id);
      if (old) {
        this.entries.splice(position(this.entries, old), 1);
        this.byId.delete(id);
        const k = this.fresh.indexOf(old);
        if (k >= 0) this.fresh.splice(k, 1);
        else if (this.joined) this.stale.add(old);
      }
      const row = first(this.db, "SELECT data FROM record WHERE kind = 'customerSpace' AND id = ?", [id]);
      if (!row) continue;
      const entry = entryOf(JSON.parse(String(row[0])) as StoredCustomerSpace);
      this.entries.splice(position(this.entries, entry), 0, entry);
      this.byId.set(id, entry);
      if (this.joined) this.fresh.splice(position(this.fresh, entry), 0, entry);
    }
  }
}

/** The entry whose text holds position `pos` of the haystack. */
function entryAt(starts: Int32Array, pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const indexes = new WeakMap<Store, SpaceIndex>();

function bringUpToDate(index: SpaceIndex | undefined, db: Database): SpaceIndex {
  const changed = takeTouched(db);
  if (index && index.db === db && changed !== 'all') {
    index.patch(changed);
    return index;
  }
  // First use, too many changes, or the store reopened its database after a failed save.
  const fresh = new SpaceIndex(db);
  fresh.build();
  return fresh;
}

/** The store's index, current with every space written so far. */
export function spaceIndex(store: Store): SpaceIndex {
  return store.read((db) => {
    const index = bringUpToDate(indexes.get(store), db);
    indexes.set(store, index);
    return index;
  });
}

/** Patches an index already built; a store without one builds it on first search. */
export function refreshSpaceIndex(store: Store): void {
  if (!indexes.has(store)) return;
  try {
    spaceIndex(store);
  } catch {
    // A closed or broken store: the next search reports that itself.
  }
}
