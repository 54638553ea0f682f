import type { Database } from 'sql.js';
import {
  storedDutyRosterSettingsSchema,
  storedOverrideSchema,
  storedSlotSchema,
  type StoredDutyRosterSettings,
  type StoredOverride,
  type StoredSlot,
} from '../../../shared/records/dutyRoster';
import { z } from 'zod';
import { all, one, run } from '../../storage/rows';
import type { Tx } from '../../storage/types';

/**
 * How the 值班表 is kept in the `record` table, as JSON documents:
 *   dutyRoster / main            the settings (值班电话, 班次, 轮换, 轮换开始日期)
 *   dutyRosterMonth / YYYY-MM    the generated slots of one month (about 93 for 3 shifts a day: a year is 12 small rows)
 *   dutyRosterOverrides / main   every 调班, in the order they apply
 *   dutyRosterUndo / <seq>       the previous state of the documents each change touched (撤销, newest = highest seq)
 */
export const KIND = {
  settings: 'dutyRoster',
  month: 'dutyRosterMonth',
  overrides: 'dutyRosterOverrides',
  undo: 'dutyRosterUndo',
} as const;

export interface DocRef {
  kind: string;
  id: string;
}
export const SETTINGS_REF: DocRef = { kind: KIND.settings, id: 'main' };
export const OVERRIDES_REF: DocRef = { kind: KIND.overrides, id: 'main' };
export const monthRef = (month: string): DocRef => ({ kind: KIND.month, id: month });

/** How many changes 撤销 can take back, one at a time. */
export const UNDO_DEPTH = 20;

const monthDocSchema = z.object({ slots: z.array(storedSlotSchema) });
const overridesDocSchema = z.object({ overrides: z.array(storedOverrideSchema) });
const undoDocSchema = z.object({
  label: z.string(),
  at: z.string(),
  docs: z.array(z.object({ kind: z.string(), id: z.string(), data: z.string().nullable() })),
});
type UndoDoc = z.infer<typeof undoDocSchema>;

function readRaw(db: Database, ref: DocRef): string | null {
  return one<{ data: string }>(db, 'SELECT data FROM record WHERE kind = ? AND id = ?', [ref.kind, ref.id])?.data ?? null;
}

function writeRaw(tx: Tx, ref: DocRef, data: string | null): void {
  if (data === null) {
    run(tx.db, 'DELETE FROM record WHERE kind = ? AND id = ?', [ref.kind, ref.id]);
  } else if (run(tx.db, 'UPDATE record SET data = ?, updated_at = ? WHERE kind = ? AND id = ?', [data, tx.now, ref.kind, ref.id]) === 0) {
    run(tx.db, 'INSERT INTO record (kind, id, data, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [ref.kind, ref.id, data, tx.now, tx.now]);
  }
}

export function readSettings(db: Database): StoredDutyRosterSettings | null {
  const raw = readRaw(db, SETTINGS_REF);
  return raw ? storedDutyRosterSettingsSchema.parse(JSON.parse(raw)) : null;
}

export function readOverrides(db: Database): StoredOverride[] {
  const raw = readRaw(db, OVERRIDES_REF);
  return raw ? overridesDocSchema.parse(JSON.parse(raw)).overrides : [];
}

export function readMonth(db: Database, month: string): StoredSlot[] {
  const raw = readRaw(db, monthRef(month));
  return raw ? monthDocSchema.parse(JSON.parse(raw)).slots : [];
}

/** The generated slots of the given months (YYYY-MM), in one query. */
export function readMonths(db: Database, months: Iterable<string>): StoredSlot[] {
  const wanted = [...new Set(months)].sort();
  if (wanted.length === 0) return [];
  const rows = all<{ id: string; data: string }>(db, 'SELECT id, data FROM record WHERE kind = ? AND id >= ? AND id <= ? ORDER BY id', [
    KIND.month,
    wanted[0]!,
    wanted[wanted.length - 1]!,
  ]);
  const set = new Set(wanted);
  return rows.filter((r) => set.has(r.id)).flatMap((r) => monthDocSchema.parse(JSON.parse(r.data)).slots);
}

/** The last date with a generated slot, in any month; '' when nothing is generated. Reads one month. */
export function readLastGeneratedDate(db: Database): string {
  const row = one<{ data: string }>(db, 'SELECT data FROM record WHERE kind = ? ORDER BY id DESC LIMIT 1', [KIND.month]);
  if (!row) return '';
  return monthDocSchema.parse(JSON.parse(row.data)).slots.reduce((max, s) => (s.date > max ? s.date : max), '');
}

/** Names of everyone in 人员 (ids to names; the UI and 当前值班 show names, the roster keeps ids). */
export function readPeopleNames(db: Database): Map<string, string> {
  const rows = all<{ id: string; name: string | null }>(db, "SELECT id, json_extract(data, '$.name') AS name FROM record WHERE kind = 'person'");
  return new Map(rows.map((r) => [r.id, r.name ?? '']));
}

// ---- the audit trail: one entity per kind of document, field by field ----

const slotLine = (s: StoredSlot) => `${s.date} ${s.name} ${s.start.slice(11)}–${s.end.slice(11)} ${s.personId}`;

function auditDoc(tx: Tx, ref: DocRef, beforeRaw: string | null, afterRaw: string | null): void {
  const before = beforeRaw === null ? null : (JSON.parse(beforeRaw) as unknown);
  const after = afterRaw === null ? null : (JSON.parse(afterRaw) as unknown);
  if (ref.kind === KIND.settings) {
    const strip = (v: unknown) => {
      if (v === null) return null;
      const { updatedAt: _u, ...rest } = storedDutyRosterSettingsSchema.parse(v);
      return rest;
    };
    tx.audit(KIND.settings, ref.id, strip(before), strip(after));
  } else if (ref.kind === KIND.month) {
    const lines = (v: unknown) => (v === null ? null : { slots: monthDocSchema.parse(v).slots.map(slotLine) });
    tx.audit(KIND.month, ref.id, lines(before), lines(after));
  } else if (ref.kind === KIND.overrides) {
    const byId = (v: unknown) => new Map((v === null ? [] : overridesDocSchema.parse(v).overrides).map((o) => [o.id, o]));
    const b = byId(before);
    const a = byId(after);
    const fields = (o: StoredOverride) => {
      const { id: _id, ...rest } = o;
      return rest;
    };
    for (const [id, o] of b) if (!a.has(id)) tx.audit('dutyRosterOverride', id, fields(o), null);
    for (const [id, o] of a) if (!b.has(id)) tx.audit('dutyRosterOverride', id, null, fields(o));
  }
}

/**
 * One change to the roster: every document it writes keeps its previous state, and `commit` files those
 * states as one undo step (in the database, so 撤销 works from any transport and after a restart).
 */
export class RosterChange {
  private readonly before = new Map<string, { kind: string; id: string; data: string | null }>();
  constructor(private readonly tx: Tx) {}

  write(ref: DocRef, value: object | null): void {
    const key = `${ref.kind}\u0000${ref.id}`;
    const current = readRaw(this.tx.db, ref);
    if (!this.before.has(key)) this.before.set(key, { ...ref, data: current });
    const data = value === null ? null : JSON.stringify(value);
    if (data === current) return;
    writeRaw(this.tx, ref, data);
    auditDoc(this.tx, ref, current, data);
  }

  writeSettings(s: StoredDutyRosterSettings): void {
    this.write(SETTINGS_REF, s);
  }
  writeOverrides(overrides: StoredOverride[]): void {
    this.write(OVERRIDES_REF, overrides.length > 0 ? { overrides } : null);
  }
  writeMonth(month: string, slots: StoredSlot[]): void {
    this.write(monthRef(month), slots.length > 0 ? { slots } : null);
  }

  /** Files the undo step (nothing when nothing changed). */
  commit(label: string): void {
    const docs = [...this.before.values()].filter((d) => d.data !== readRaw(this.tx.db, d));
    if (docs.length === 0) return;
    const last = one<{ id: string }>(this.tx.db, 'SELECT id FROM record WHERE kind = ? ORDER BY id DESC LIMIT 1', [KIND.undo]);
    const seq = last ? Number(last.id) + 1 : 1;
    const doc: UndoDoc = { label, at: this.tx.now, docs };
    writeRaw(this.tx, { kind: KIND.undo, id: String(seq).padStart(12, '0') }, JSON.stringify(doc));
    const keepFrom = String(seq - UNDO_DEPTH + 1).padStart(12, '0');
    run(this.tx.db, 'DELETE FROM record WHERE kind = ? AND id < ?', [KIND.undo, keepFrom]);
  }
}

/** The change 撤销 would take back now, or null. */
export function readUndoInfo(db: Database): { label: string; at: string } | null {
  const row = one<{ data: string }>(db, 'SELECT data FROM record WHERE kind = ? ORDER BY id DESC LIMIT 1', [KIND.undo]);
  if (!row) return null;
  const { label, at } = undoDocSchema.parse(JSON.parse(row.data));
  return { label, at };
}

/** Puts back what the newest change replaced, and drops that undo step. Returns its label, or null. */
export function undoLast(tx: Tx): { label: string; remaining: number } | null {
  const row = one<{ id: string; data: string }>(tx.db, 'SELECT id, data FROM record WHERE kind = ? ORDER BY id DESC LIMIT 1', [KIND.undo]);
  if (!row) return null;
  const step = undoDocSchema.parse(JSON.parse(row.data));
  for (const d of step.docs) {
    const current = readRaw(tx.db, d);
    writeRaw(tx, d, d.data);
    auditDoc(tx, d, current, d.data);
  }
  run(tx.db, 'DELETE FROM record WHERE kind = ? AND id = ?', [KIND.undo, row.id]);
  const remaining = one<{ n: number }>(tx.db, 'SELECT count(*) AS n FROM record WHERE kind = ?', [KIND.undo])?.n ?? 0;
  return { label: step.label, remaining };
}
