// 空间编号 (第四条: 统一编号): the pattern and the counter live in table kv; every code ever issued stays in
// table space_code, so a code is never given out twice, even after its space was removed.
import type { Database } from 'sql.js';
import { SPACE_CODE_PATTERN_DEFAULT, formatSpaceCode } from '../../../shared/records/customerSpace';
import type { Tx } from '../../storage/types';
import { each, exec, first } from './statements';

const PATTERN_KEY = 'customerSpaces.codePattern';
const COUNTER_KEY = 'customerSpaces.nextCodeNumber';

export function readPattern(db: Database): string {
  const row = first(db, 'SELECT value FROM kv WHERE key = ?', [PATTERN_KEY]);
  return row ? String(row[0]) : SPACE_CODE_PATTERN_DEFAULT;
}

function readCounter(db: Database): number {
  const row = first(db, 'SELECT value FROM kv WHERE key = ?', [COUNTER_KEY]);
  const n = row ? Number(row[0]) : 1;
  return Number.isSafeInteger(n) && n >= 1 ? n : 1;
}

function writeKv(db: Database, key: string, value: string): void {
  exec(db, 'INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
}

const matchers = new Map<string, RegExp>();
/** The counter number a code has under `pattern`, or null when it does not follow the pattern. */
export function codeNumber(pattern: string, code: string): number | null {
  let re = matchers.get(pattern);
  if (!re) {
    const [before, after] = pattern.split(/\{0+\}/) as [string, string];
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    re = new RegExp(`^${esc(before)}(\\d+)${esc(after)}$`);
    matchers.set(pattern, re);
  }
  const m = re.exec(code);
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isSafeInteger(n) && formatSpaceCode(pattern, n) === code ? n : null;
}

/** Who holds `code`: undefined = never issued, null = issued to a space since removed, else the space id. */
export function codeHolder(db: Database, code: string): string | null | undefined {
  const row = first(db, 'SELECT space_id FROM space_code WHERE code = ?', [code]);
  return row ? (row[0] as string | null) : undefined;
}

interface Numbering {
  pattern: string;
  counter: number;
}

// Pattern and counter as read once per transaction: an import numbers 100,000 spaces in one. Every write of
// the counter inside the transaction goes through here, and a rolled-back transaction's Tx is never reused.
const numberings = new WeakMap<Tx, Numbering>();

function numbering(tx: Tx): Numbering {
  let n = numberings.get(tx);
  if (!n) {
    n = { pattern: readPattern(tx.db), counter: readCounter(tx.db) };
    numberings.set(tx, n);
  }
  return n;
}

function nextFree(db: Database, { pattern, counter }: Numbering): string {
  for (let n = counter; ; n++) {
    const code = formatSpaceCode(pattern, n);
    if (codeHolder(db, code) === undefined) return code;
  }
}

/** The code the next automatic numbering would give (skipping codes already issued). */
export function peekNextCode(db: Database): string {
  return nextFree(db, { pattern: readPattern(db), counter: readCounter(db) });
}

/** Inside a mutate: the next free code of the pattern (issue it with issueCode). */
export function nextCode(tx: Tx): string {
  return nextFree(tx.db, numbering(tx));
}

/** Records `code` as issued to `spaceId`; a code following the pattern moves the counter past it. */
export function issueCode(tx: Tx, code: string, spaceId: string): void {
  exec(tx.db, 'INSERT INTO space_code (code, space_id, issued_at) VALUES (?, ?, ?)', [code, spaceId, tx.now]);
  const state = numbering(tx);
  const n = codeNumber(state.pattern, code);
  if (n !== null && n >= state.counter) {
    state.counter = n + 1;
    writeKv(tx.db, COUNTER_KEY, String(state.counter));
  }
}

/** The code stays issued for ever; it just no longer belongs to a space. */
export function retireCode(db: Database, code: string): void {
  exec(db, 'UPDATE space_code SET space_id = NULL WHERE code = ?', [code]);
}

/**
 * A new pattern: the counter never goes back, and moves past the highest code already issued that follows
 * the new pattern (e.g. codes imported from the billing system).
 */
export function savePattern(tx: Tx, pattern: string): void {
  let next = readCounter(tx.db);
  each(tx.db, 'SELECT code FROM space_code', [], (row) => {
    const n = codeNumber(pattern, String(row[0]));
    if (n !== null && n >= next) next = n + 1;
  });
  writeKv(tx.db, PATTERN_KEY, pattern);
  writeKv(tx.db, COUNTER_KEY, String(next));
  numberings.set(tx, { pattern, counter: next });
}
