// The 月度变更报告 from the audit trail: every audited record touched in the report's range becomes one item —
// 新增 (created in the period, with its final values), 修改 (the fields whose value at the end differs from the
// start), 退租 (a customer space ended in the period) or 删除 (existed before, removed in the period); created
// and removed inside the period it is left out.
// The importer writes one row with field '*' (the whole stored record as JSON) for a new space: read as 新增.
import type { Database } from 'sql.js';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { CHANGE_SECTIONS, monthEnded, type ChangedItem, type ChangeSection, type MonthlyReport } from '../../../shared/reports/monthlyReport';
import { auditValue } from '../../storage/audit';
import { all, one } from '../../storage/rows';
import { ENTITIES, fieldLabel, parseAuditValue, reportableField, slotLineText, valueText, type Lookups } from './changeLabels';
import { reportRange } from './reportRange';

interface AuditRow {
  at: string;
  entity: string;
  entity_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
}

type Fields = Record<string, unknown>;

/** What happened to one record in the period, accumulated row by row. */
interface Trail {
  entity: string;
  id: string;
  /** The first mutation in the period created it (every old value absent). */
  created: boolean;
  /** The value of each touched field before the period (first old value seen), and at its end. */
  first: Fields;
  last: Fields;
  /** The values the record had just before its last mutation, when that mutation removed it. */
  removedFrom: Fields | null;
  at: string;
}

/** Rows of one mutation (same record, same instant) with a '*' row spread into its fields. */
function mutationFields(rows: readonly AuditRow[]): { field: string; old: unknown; new: unknown }[] {
  const out: { field: string; old: unknown; new: unknown }[] = [];
  for (const r of rows) {
    if (r.field !== '*') {
      out.push({ field: r.field, old: parseAuditValue(r.old_value), new: parseAuditValue(r.new_value) });
      continue;
    }
    const before = (parseAuditValue(r.old_value) ?? {}) as Fields;
    const after = (parseAuditValue(r.new_value) ?? {}) as Fields;
    for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (field === 'id') continue;
      out.push({ field, old: r.old_value === null ? undefined : before[field], new: r.new_value === null ? undefined : after[field] });
    }
  }
  return out;
}

function applyMutation(trail: Trail | undefined, rows: readonly AuditRow[]): Trail {
  const head = rows[0]!;
  const creates = rows.every((r) => r.old_value === null);
  if (!trail && creates && rows.length === 1 && head.field === '*') {
    // The importer's new space (100,000 in one import): the stored record is the final state as it is.
    const { id: _id, ...record } = (parseAuditValue(head.new_value) ?? {}) as Fields;
    return { entity: head.entity, id: head.entity_id, created: true, first: {}, last: record, removedFrom: null, at: head.at };
  }
  const fields = mutationFields(rows);
  const removes = rows.every((r) => r.new_value === null);
  const t: Trail = trail ?? { entity: head.entity, id: head.entity_id, created: creates, first: {}, last: {}, removedFrom: null, at: head.at };
  t.at = head.at;
  t.removedFrom = null;
  if (removes) t.removedFrom = Object.fromEntries(fields.map((f) => [f.field, f.old]));
  for (const f of fields) {
    // What a record held before the period matters only for 修改 (a created record lists its final values).
    if (!t.created && !(f.field in t.first)) t.first[f.field] = f.old;
    t.last[f.field] = f.new;
  }
  return t;
}

/** Every record touched by audit rows fromId < id <= toId, in the order first touched. */
function readTrails(db: Database, fromId: number, toId: number): Trail[] {
  const trails = new Map<string, Trail>();
  const entities = Object.keys(ENTITIES);
  const stmt = db.prepare(
    `SELECT at, entity, entity_id, field, old_value, new_value FROM audit WHERE id > ? AND id <= ? AND entity IN (${entities.map(() => '?').join(',')}) ORDER BY id`,
  );
  try {
    stmt.bind([fromId, toId, ...entities]);
    let group: AuditRow[] = [];
    let fields = new Set<string>();
    const flush = () => {
      if (group.length === 0) return;
      const key = `${group[0]!.entity}\u0000${group[0]!.entity_id}`;
      trails.set(key, applyMutation(trails.get(key), group));
      group = [];
      fields = new Set();
    };
    while (stmt.step()) {
      // Arrays, not getAsObject: reading the column names for every one of 100,000 rows costs more than the rows.
      const v = stmt.get();
      const r: AuditRow = {
        at: String(v[0]),
        entity: String(v[1]),
        entity_id: String(v[2]),
        field: String(v[3]),
        old_value: v[4] === null ? null : String(v[4]),
        new_value: v[5] === null ? null : String(v[5]),
      };
      const head = group[0];
      const prev = group[group.length - 1];
      // One mutation writes each field once, and creates (old values absent) or removes (new values absent)
      // all of its fields; two mutations at the same instant are told apart by that.
      const next =
        head !== undefined &&
        (head.entity !== r.entity ||
          head.entity_id !== r.entity_id ||
          head.at !== r.at ||
          fields.has(r.field) ||
          (r.new_value === null) !== (prev!.new_value === null) ||
          (r.old_value === null) !== (prev!.old_value === null));
      if (next) flush();
      group.push(r);
      fields.add(r.field);
    }
    flush();
  } finally {
    stmt.free();
  }
  return [...trails.values()];
}

function lookups(db: Database): Lookups {
  const people = new Map(all<{ id: string; name: string | null }>(db, "SELECT id, json_extract(data, '$.name') AS name FROM record WHERE kind = 'person'").map((r) => [r.id, r.name ?? '']));
  const servers = new Map(
    all<{ id: string; assetNo: string | null }>(db, "SELECT id, json_extract(data, '$.assetNo') AS assetNo FROM record WHERE kind = 'server'").map((r) => [r.id, r.assetNo ?? '']),
  );
  return {
    personName: (id) => people.get(id) || '（已删除的人员）',
    serverLabel: (id) => (id ? servers.get(id) || '（已删除的服务器）' : ''),
  };
}

const same = (a: unknown, b: unknown) => auditValue(a) === auditValue(b);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The record's current fields, for naming a changed record by fields the period did not touch. */
function currentFields(db: Database, entity: string, id: string): Fields {
  if (entity === 'unit') return {};
  const row = one<{ data: string }>(db, 'SELECT data FROM record WHERE kind = ? AND id = ?', [entity, id]);
  if (!row) return {};
  try {
    return JSON.parse(row.data) as Fields;
  } catch {
    return {};
  }
}

function toItem(db: Database, t: Trail, look: Lookups): ChangedItem | null {
  const def = ENTITIES[t.entity]!;
  if (t.created && t.removedFrom) return null;
  const listed = (values: Fields, side: 'old' | 'new') => {
    const order = def.main ?? Object.keys(def.fields);
    const fields = [...order.filter((f) => f in values), ...Object.keys(values).filter((f) => !order.includes(f) && f in def.fields)];
    return fields
      .filter((f) => reportableField(def, f))
      .map((f) => ({ field: f, label: fieldLabel(def, f), text: valueText(def, f, values[f], look) }))
      .filter((f) => f.text !== '')
      .map((f) => ({ field: f.field, label: f.label, oldValue: side === 'old' ? f.text : '', newValue: side === 'new' ? f.text : '' }));
  };
  // A space whose 退租日期 was set in the period (and not undone): 退租, with what else changed; one opened and
  // ended within the period is listed whole, so the police still receive the customer's information.
  const ended = t.entity === 'customerSpace' && str(t.last.endedOn) !== '' && (t.created || str(t.first.endedOn) === '');
  if (t.created) {
    return { entityId: t.id, label: def.label(t.last, t.id), change: ended ? '退租' : '新增', fields: listed(t.last, 'new'), at: t.at };
  }
  if (t.removedFrom) {
    return { entityId: t.id, label: def.label({ ...t.first, ...t.removedFrom }, t.id), change: '删除', fields: listed(t.removedFrom, 'old'), at: t.at };
  }
  const fields = Object.keys(t.last)
    .filter((f) => reportableField(def, f) && !same(t.first[f], t.last[f]))
    .map((f) => {
      if ((def.lines ?? []).includes(f)) {
        // The 排班 of a month, line by line: the lines taken out and the lines put in.
        const before = Array.isArray(t.first[f]) ? (t.first[f] as unknown[]).map(String) : [];
        const after = Array.isArray(t.last[f]) ? (t.last[f] as unknown[]).map(String) : [];
        const gone = before.filter((l) => !after.includes(l)).map((l) => slotLineText(l, look));
        const added = after.filter((l) => !before.includes(l)).map((l) => slotLineText(l, look));
        return { field: f, label: fieldLabel(def, f), oldValue: gone.join('、'), newValue: added.join('、') };
      }
      return { field: f, label: fieldLabel(def, f), oldValue: valueText(def, f, t.first[f], look), newValue: valueText(def, f, t.last[f], look) };
    })
    .filter((f) => f.oldValue !== f.newValue);
  if (fields.length === 0) return null;
  const known = { ...currentFields(db, t.entity, t.id), ...t.last };
  return { entityId: t.id, label: def.label(known, t.id), change: ended ? '退租' : '修改', fields, at: t.at };
}

const CHANGE_ORDER = { 新增: 0, 修改: 1, 退租: 2, 删除: 3 } as const;

/**
 * The report of `month` (YYYY-MM): continues from the last reported month, or repeats a reported month's range.
 * A month not yet ended at `now` (Beijing time) is a preview 截至 now.
 */
export function buildMonthlyReport(db: Database, month: string, now: Date = new Date()): MonthlyReport {
  const ongoing = !monthEnded(month, todayInShanghai(now));
  const range = reportRange(db, month, ongoing ? now : undefined);
  const look = lookups(db);
  const bySection = new Map<ChangeSection, ChangedItem[]>();
  for (const t of readTrails(db, range.fromAuditId, range.toAuditId)) {
    const item = toItem(db, t, look);
    if (!item) continue;
    const section = ENTITIES[t.entity]!.section;
    const list = bySection.get(section) ?? [];
    list.push(item);
    bySection.set(section, list);
  }
  const counts = { added: 0, changed: 0, removed: 0 };
  const sections = (Object.keys(CHANGE_SECTIONS) as ChangeSection[]).map((section) => {
    const items = (bySection.get(section) ?? []).sort(
      (a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
    );
    for (const i of items) counts[i.change === '新增' ? 'added' : i.change === '删除' ? 'removed' : 'changed']++; // 退租 is a change of the record
    return { section, title: CHANGE_SECTIONS[section], items };
  });
  return {
    month,
    fromAuditId: range.fromAuditId,
    toAuditId: range.toAuditId,
    periodStart: range.periodStart,
    periodEnd: range.periodEnd,
    sections,
    counts,
    previous: range.previous ? { month: range.previous.month, reportedAt: range.previous.reportedAt } : null,
    ...(ongoing && !range.reported ? { asOf: now.toISOString() } : {}),
  };
}
