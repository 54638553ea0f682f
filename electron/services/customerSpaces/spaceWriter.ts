// Writes one 客户空间 inside an open store.mutate transaction: the one path for the form, the importer and
// 登记报送, so codes stay unique (第四条) and a domain stays bound to one space whoever writes.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { domainToUnicode } from '../../../shared/network/domain';
import { endedOnProblem, type CustomerSpace, type StoredCustomerSpace } from '../../../shared/records/customerSpace';
import type { Store, Tx } from '../../storage/types';
import { markTouched } from './spaceChanges';
import { codeHolder, issueCode, nextCode, retireCode } from './spaceCodes';
import { refreshSpaceIndex } from './spaceIndex';
import { SPACE_KIND, readSpace } from './spaceRepository';
import { exec, first } from './statements';

export interface WriteSpaceOptions {
  /** import: one audit row per created space (field '*', new_value = JSON of the stored record) instead of one per field */
  compactAudit?: boolean;
}

/** A change to any of these (or to the domains) is a change of the customer's information (第十二条（三）). */
const RENTER_FIELDS = [
  'renterKind',
  'renterName',
  'renterIdType',
  'renterIdNumber',
  'renterIdCountry',
  'renterPhone',
  'responsibleName',
  'responsibleIdType',
  'responsibleIdNumber',
] as const;

function auditable(record: StoredCustomerSpace): Record<string, unknown> {
  const { id: _id, ...fields } = record;
  return fields;
}

function customerInfoChanged(before: StoredCustomerSpace, after: StoredCustomerSpace): boolean {
  return RENTER_FIELDS.some((f) => before[f] !== after[f]) || JSON.stringify(before.domains) !== JSON.stringify(after.domains);
}

/** Refuses a code that is or was ever issued to another space. */
function checkCode(tx: Tx, code: string): void {
  if (codeHolder(tx.db, code) !== undefined) {
    throw new ApiError('VALIDATION', `空间编号 ${code} 已被使用过，不能重复使用`, 'spaceCode');
  }
}

function checkDomains(tx: Tx, id: string, domains: CustomerSpace['domains']): void {
  domains.forEach((d, i) => {
    const bound = first(tx.db, 'SELECT space_id FROM space_domain WHERE domain = ?', [d.domain]);
    if (!bound || bound[0] === id) return;
    const other = first(tx.db, 'SELECT code FROM space_code WHERE space_id = ?', [bound[0]!]);
    throw new ApiError(
      'VALIDATION',
      `域名 ${domainToUnicode(d.domain)} 已绑定在空间 ${String(other?.[0] ?? '')} 上，一个域名只能绑定一个空间`,
      `domains.${i}.domain`,
    );
  });
}

// Servers found in this transaction (an import puts thousands of spaces on a few servers; none is removed meanwhile).
const knownServers = new WeakMap<Tx, Set<string>>();

function checkServer(tx: Tx, serverId: string): void {
  if (serverId === '') return;
  let known = knownServers.get(tx);
  if (known?.has(serverId)) return;
  if (!first(tx.db, "SELECT 1 FROM record WHERE kind = 'server' AND id = ?", [serverId])) {
    throw new ApiError('VALIDATION', '所在服务器不存在（可能已被删除），请重新选择', 'serverId');
  }
  if (!known) knownServers.set(tx, (known = new Set()));
  known.add(serverId);
}

/** The stored document, with exactly the stored fields in a fixed order. */
function toStored(id: string, spaceCode: string, s: CustomerSpace, changedOn: string, endedOn: string): StoredCustomerSpace {
  return {
    id,
    spaceCode,
    serverId: s.serverId,
    renterKind: s.renterKind,
    renterName: s.renterName,
    renterIdType: s.renterIdType,
    renterIdNumber: s.renterIdNumber,
    renterIdCountry: s.renterIdCountry,
    renterPhone: s.renterPhone,
    responsibleName: s.responsibleName,
    responsibleIdType: s.responsibleIdType,
    responsibleIdNumber: s.responsibleIdNumber,
    domains: s.domains.map((d) => ({ domain: d.domain, holderName: d.holderName, holderIdType: d.holderIdType, holderIdNumber: d.holderIdNumber, icpNumber: d.icpNumber, psbNumber: d.psbNumber })),
    openedOn: s.openedOn,
    reportedOn: s.reportedOn,
    changedOn,
    note: s.note,
    endedOn,
  };
}

/**
 * JSON text bound as UTF-8 bytes and cast back to TEXT in SQL: sql.js measures and encodes a bound string
 * character by character in JavaScript, which for 100,000 documents costs more than the inserts.
 */
const utf8 = (text: string) => Buffer.from(text, 'utf8');

function putRecord(tx: Tx, record: StoredCustomerSpace, isNew: boolean): void {
  const data = utf8(JSON.stringify(record));
  if (isNew) {
    exec(tx.db, 'INSERT INTO record (kind, id, data, created_at, updated_at) VALUES (?, ?, CAST(? AS TEXT), ?, ?)', [SPACE_KIND, record.id, data, tx.now, tx.now]);
  } else {
    exec(tx.db, 'UPDATE record SET data = CAST(? AS TEXT), updated_at = ? WHERE kind = ? AND id = ?', [data, tx.now, SPACE_KIND, record.id]);
  }
  markTouched(tx.db, record.id);
}

// The actor of this transaction's audit rows, learnt from the first compact row tx.audit wrote
// (null: tx.audit wrote no such row, e.g. a dry run's transaction, so it is called for every space).
const auditActors = new WeakMap<Tx, string | null>();

/** One audit row for a created space: field '*', new_value the stored record as JSON. */
function auditCreatedCompact(tx: Tx, record: StoredCustomerSpace): void {
  const actor = auditActors.get(tx);
  if (actor === undefined || actor === null) {
    tx.audit(SPACE_KIND, record.id, null, { '*': record });
    if (actor === undefined) {
      const row = first(tx.db, "SELECT actor FROM audit WHERE id = last_insert_rowid() AND entity = ? AND entity_id = ? AND field = '*'", [SPACE_KIND, record.id]);
      auditActors.set(tx, row ? String(row[0]) : null);
    }
    return;
  }
  exec(tx.db, "INSERT INTO audit (at, actor, entity, entity_id, field, old_value, new_value) VALUES (?, ?, ?, ?, '*', NULL, CAST(? AS TEXT))", [
    tx.now,
    actor,
    SPACE_KIND,
    record.id,
    utf8(JSON.stringify(record)),
  ]);
}

/**
 * Inside an open store.mutate transaction: checks, then writes one space. `input` is the output of
 * customerSpaceSchema (renter and domains already validated). Throws ApiError('VALIDATION', …, field) before
 * writing anything when the 空间编号 is taken or belonged to a removed space, a domain is bound to another
 * space, serverId is not an existing server, or 报送日期 is after today; ApiError('NOT_FOUND') when `id` (an update) does not exist.
 * Assigns the next code of the pattern when spaceCode is '' (an update keeps its code). On update, sets
 * changedOn to today (CST) when renter fields or domains changed and the input did not set changedOn itself.
 */
export function writeSpace(tx: Tx, input: CustomerSpace & { id?: string | undefined }, opts: WriteSpaceOptions = {}): StoredCustomerSpace {
  const before = input.id !== undefined ? readSpace(tx.db, input.id) : null;
  if (input.id !== undefined && !before) throw new ApiError('NOT_FOUND', '找不到要修改的客户空间（可能已被删除）');
  const id = input.id ?? randomUUID();

  let code = input.spaceCode === '' && before ? before.spaceCode : input.spaceCode;
  const codeIsNew = code !== before?.spaceCode;
  if (code !== '' && codeIsNew) checkCode(tx, code);
  checkDomains(tx, id, input.domains);
  checkServer(tx, input.serverId);
  // A report to the police cannot have happened yet (markReported refuses the same).
  if (input.reportedOn !== '' && input.reportedOn !== before?.reportedOn && input.reportedOn > todayInShanghai(new Date(tx.now))) {
    throw new ApiError('VALIDATION', `报送日期 ${input.reportedOn} 晚于今天，请填写实际报送公安机关的日期`, 'reportedOn');
  }

  if (code === '') code = nextCode(tx);
  // 退租日期 is set and cleared only by 退租 / 撤销退租 (writeEndedOn); an edit keeps it.
  let record = toStored(id, code, input, input.changedOn, before?.endedOn ?? '');
  if (before && input.changedOn === before.changedOn && customerInfoChanged(before, record)) {
    record = { ...record, changedOn: todayInShanghai(new Date(tx.now)) };
  }

  if (codeIsNew) {
    if (before) retireCode(tx.db, before.spaceCode);
    issueCode(tx, code, id);
  }
  if (before) exec(tx.db, 'DELETE FROM space_domain WHERE space_id = ?', [id]);
  for (const d of record.domains) exec(tx.db, 'INSERT INTO space_domain (domain, space_id) VALUES (?, ?)', [d.domain, id]);
  putRecord(tx, record, !before);

  if (before) tx.audit(SPACE_KIND, id, auditable(before), auditable(record));
  else if (opts.compactAudit) auditCreatedCompact(tx, record);
  else tx.audit(SPACE_KIND, id, null, auditable(record));
  return record;
}

/** Inside a mutate: removes a space. Its code stays issued (never reused); its domains are free again. */
export function removeSpace(tx: Tx, id: string): void {
  const before = readSpace(tx.db, id);
  if (!before) throw new ApiError('NOT_FOUND', '找不到要删除的客户空间（可能已被删除）');
  exec(tx.db, "DELETE FROM record WHERE kind = 'customerSpace' AND id = ?", [id]);
  exec(tx.db, 'UPDATE space_code SET space_id = NULL WHERE space_id = ?', [id]);
  exec(tx.db, 'DELETE FROM space_domain WHERE space_id = ?', [id]);
  markTouched(tx.db, id);
  tx.audit(SPACE_KIND, id, auditable(before), null);
}

/** Inside a mutate: sets one space's 报送日期 (登记报送), audited as that one field. */
export function writeReportedOn(tx: Tx, space: StoredCustomerSpace, reportedOn: string): StoredCustomerSpace {
  if (space.reportedOn === reportedOn) return space;
  const record = { ...space, reportedOn };
  putRecord(tx, record, false);
  tx.audit(SPACE_KIND, space.id, { reportedOn: space.reportedOn }, { reportedOn });
  return record;
}

/**
 * Inside a mutate: 退租 (endedOn a date, checked by endedOnProblem as of the transaction's day) or 撤销退租
 * (endedOn ''), audited as that one field, so 变更记录 and the 月度变更报告 show it.
 */
export function writeEndedOn(tx: Tx, id: string, endedOn: string): StoredCustomerSpace {
  const space = readSpace(tx.db, id);
  if (!space) throw new ApiError('NOT_FOUND', '找不到这个客户空间（可能已被删除）');
  if (endedOn !== '') {
    if (space.endedOn !== '') throw new ApiError('VALIDATION', `空间 ${space.spaceCode} 已于 ${space.endedOn} 退租`, 'endedOn');
    const problem = endedOnProblem(endedOn, space.openedOn, todayInShanghai(new Date(tx.now)));
    if (problem) throw new ApiError('VALIDATION', problem, 'endedOn');
  } else if (space.endedOn === '') {
    throw new ApiError('VALIDATION', `空间 ${space.spaceCode} 没有退租，无需撤销`, 'id');
  }
  const record = { ...space, endedOn };
  putRecord(tx, record, false);
  tx.audit(SPACE_KIND, id, { endedOn: space.endedOn }, { endedOn });
  return record;
}

/** Tells the search index that spaces may have changed (call after a mutate that used writeSpace settles, resolved or rejected). */
export function spacesChanged(store: Store): void {
  refreshSpaceIndex(store);
}
