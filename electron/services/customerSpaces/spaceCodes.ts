// 空间编号 (第四条: 统一编号): the pattern and the counter live in table kv; every code ever issued stays in
// table space_code, so a code is never given out twice, even after its space was removed.
import type { Database } from 'sql.js';
import { SPACE_CODE_PATTERN_DEFAULT, formatSpaceCode } from '../../../shared/records/customerSpace';
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

/** The code the next automatic numbering would give (skipping codes already issued), and its number. */
export function peekNextCode(db: Database): { code: string; n: number } {
  const pattern = readPattern(db);
  for (let n = readCounter(db); ; n++) {
    const code = formatSpaceCode(pattern, n);
    if (codeHolder(db, code) === undefined) return { code, n };
  }
}

/** Records `code` as issued to `spaceId`; a code following the pattern moves the counter past it. */
export function issueCode(db: Database, code: string, spaceId: string, at: string): void {
  exec(db, 'INSERT INTO space_code (code, space_id, issued_at) VALUES (?, ?, ?)', [code, spaceId, at]);
  const n = codeNumber(readPattern(db), code);
  if (n !== null && n >= readCounter(db)) writeKv(db, COUNTER_KEY, String(n + 1));
}

/** The code stays issued for ever; it just no longer belongs to a space. */
export function retireCode(db: Database, code: string): void {
  exec(db, 'UPDATE space_code SET space_id = NULL WHERE code = ?', [code]);
}

/**
 * A new pattern: the counter never goes back, and moves past the highest code already issued that follows
 * the new pattern (e.g. codes imported from the billing system).
 */
export function savePattern(db: Database, pattern: string): void {
  writeKv(db, PATTERN_KEY, pattern);
  let next = readCounter(db);
  each(db, 'SELECT code FROM space_code', [], (row) => {
    const n = codeNumber(pattern, String(row[0]));
    if (n !== null && n >= next) next = n + 1;
  });
  writeKv(db, COUNTER_KEY, String(next));
}
