// 导入客户空间, step two: map and validate every row, then write the good rows in ONE durable save (or, in a
// dry run, check them against the database inside a transaction that is rolled back). Runs as a job kept
// in memory by id, so a window can poll its progress.
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { ApiError } from '../../../shared/api/errors';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { domainToUnicode } from '../../../shared/network/domain';
import { IMPORT_FIELDS, type ColumnMapping, type ImportProgress, type ImportResult, type RowError } from '../../../shared/records/customerImport';
import { endedOnProblem, type CustomerSpace } from '../../../shared/records/customerSpace';
import type { Store, Tx } from '../../storage/types';
import { spacesChanged, writeEndedOn, writeSpace } from '../customerSpaces/spaceWriter';
import { mapRow, type CellProblem } from './rowMapper';
import { FIELD_OF_PATH, labelled, validateRow } from './rowValidator';
import { loadServerIndex } from './serverIndex';
import type { ParsedSheet, SheetRow } from './sheetTypes';

/** The rows shown in the result; every rejected row is in the rejected-rows workbook. */
const MAX_ERRORS = 1000;
const CHUNK = 2000;

export interface RejectedRow {
  row: number;
  cells: string[];
  reason: string;
}

export interface ImportJob {
  progress: ImportProgress;
  headers: string[];
  fileName: string;
  rejected: RejectedRow[];
}

export interface ImportTimings {
  validateMs: number;
  /** Inside the transaction: the writes themselves. */
  writeMs: number;
  /** After the transaction: until the database is durably on disk. */
  saveMs: number;
  /** The same phases in CPU time of the process (wall time on a busy machine says little). */
  cpuMs?: { validate: number; write: number; save: number };
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

interface GoodRow {
  source: SheetRow;
  value: CustomerSpace;
  /** 退租日期 from the sheet, '' when the space is still rented. */
  endedOn: string;
}

const rowMessage = (row: number, problems: CellProblem[]) => `第${row}行 ${problems.map((p) => p.message).join('；')}`;

/** writeSpace's refusal, named like the row's other problems. */
function refusalProblem(err: ApiError): CellProblem {
  const head = (err.field ?? '').split('.')[0] ?? '';
  const field = FIELD_OF_PATH[head === 'domains' ? 'domain' : head] ?? 'spaceCode';
  const namesItsField = [IMPORT_FIELDS[field], '域名', '所在服务器'].some((label) => err.message.startsWith(label));
  const message = namesItsField ? err.message : labelled(IMPORT_FIELDS[field], err.message);
  return { field, message };
}

/** The rows that pass the schema and do not repeat a 空间编号 or a domain of an earlier row of the file. */
async function validateSheet(store: Store, sheet: ParsedSheet, mapping: ColumnMapping, reject: (row: SheetRow, problems: CellProblem[]) => void, onProgress: (done: number) => void): Promise<GoodRow[]> {
  const context = { servers: store.read(loadServerIndex), today: todayInShanghai() };
  const codeRow = new Map<string, number>();
  const domainRow = new Map<string, number>();
  const good: GoodRow[] = [];
  const rows = sheet.rows;
  for (let i = 0; i < rows.length; i++) {
    const source = rows[i]!;
    const { input, endedOn, problems } = mapRow(source, mapping, context);
    const checked = validateRow(input);
    if (!checked.ok) problems.push(...checked.problems.filter((p) => !problems.some((q) => q.field === p.field)));
    if (problems.length === 0 && checked.ok) {
      const value = checked.value;
      const earlierCode = value.spaceCode === '' ? undefined : codeRow.get(value.spaceCode);
      if (earlierCode !== undefined) problems.push({ field: 'spaceCode', message: `空间编号：${value.spaceCode} 与第${earlierCode}行重复，同一编号只能导入一次` });
      for (const d of value.domains) {
        const earlier = domainRow.get(d.domain);
        if (earlier !== undefined) problems.push({ field: 'domains', message: `绑定域名：${domainToUnicode(d.domain)} 已在第${earlier}行绑定，一个域名只能绑定一个空间` });
      }
      if (problems.length === 0) {
        if (value.spaceCode !== '') codeRow.set(value.spaceCode, source.row);
        for (const d of value.domains) domainRow.set(d.domain, source.row);
        good.push({ source, value, endedOn });
      }
    }
    if (problems.length > 0) reject(source, problems);
    if ((i + 1) % CHUNK === 0) {
      onProgress(i + 1);
      await yieldToLoop();
    }
  }
  onProgress(rows.length);
  return good;
}

/** Writes the good rows; a row writeSpace refuses (it checks before writing) is rejected, the rest stay. */
function writeRows(tx: Tx, good: GoodRow[], reject: (row: SheetRow, problems: CellProblem[]) => void): { written: number; codesAssigned: number } {
  let written = 0;
  let codesAssigned = 0;
  const today = todayInShanghai(new Date(tx.now));
  for (const { source, value, endedOn } of good) {
    // Checked again as of the transaction's day, before the space is written, so 退租 cannot fail after it.
    const endProblem = endedOn === '' ? null : endedOnProblem(endedOn, value.openedOn, today);
    if (endProblem) {
      reject(source, [{ field: 'endedOn', message: endProblem }]);
      continue;
    }
    try {
      const space = writeSpace(tx, value, { compactAudit: true });
      if (endedOn !== '') writeEndedOn(tx, space.id, endedOn);
      written++;
      if (value.spaceCode === '') codesAssigned++;
    } catch (err) {
      if (!(err instanceof ApiError) || err.code !== 'VALIDATION') throw err;
      reject(source, [refusalProblem(err)]);
    }
  }
  return { written, codesAssigned };
}

/** A dry run's database checks: the same writes inside a transaction that is always rolled back. */
function dryWrite(store: Store, good: GoodRow[], reject: (row: SheetRow, problems: CellProblem[]) => void): { written: number; codesAssigned: number } {
  return store.read((db) => {
    const tx: Tx = { db, now: new Date().toISOString(), audit: () => undefined };
    db.exec('BEGIN');
    try {
      return writeRows(tx, good, reject);
    } finally {
      db.exec('ROLLBACK');
    }
  });
}

export async function runImport(
  store: Store,
  sheet: ParsedSheet,
  mapping: ColumnMapping,
  dryRun: boolean,
  set: (p: ImportProgress) => void,
  rejected: RejectedRow[],
  timings?: ImportTimings,
): Promise<ImportResult> {
  const total = sheet.rows.length;
  const errors: RowError[] = [];
  const reject = (row: SheetRow, problems: CellProblem[]) => {
    const message = rowMessage(row.row, problems);
    rejected.push({ row: row.row, cells: row.cells, reason: problems.map((p) => p.message).join('；') });
    if (errors.length < MAX_ERRORS) errors.push({ row: row.row, field: problems[0]!.field, message });
  };
  set({ phase: 'validate', done: 0, total });
  const validateStarted = performance.now();
  const cpuStarted = cpuNow();
  const good = await validateSheet(store, sheet, mapping, reject, (done) => set({ phase: 'validate', done, total }));
  if (timings) timings.validateMs = performance.now() - validateStarted;
  set({ phase: 'write', done: 0, total: good.length });
  const writeStarted = performance.now();
  const cpuWriteStarted = cpuNow();
  let writtenAt = writeStarted;
  let cpuWrittenAt = cpuWriteStarted;
  let outcome: { written: number; codesAssigned: number };
  if (dryRun || good.length === 0) {
    outcome = dryRun ? dryWrite(store, good, reject) : { written: 0, codesAssigned: 0 };
    writtenAt = performance.now();
    cpuWrittenAt = cpuNow();
  } else {
    try {
      outcome = await store.mutate((tx) => {
        const o = writeRows(tx, good, reject);
        writtenAt = performance.now();
        cpuWrittenAt = cpuNow();
        return o;
      });
    } finally {
      spacesChanged(store);
    }
  }
  if (timings) {
    timings.writeMs = writtenAt - writeStarted;
    timings.saveMs = performance.now() - writtenAt;
    timings.cpuMs = { validate: cpuWriteStarted - cpuStarted, write: cpuWrittenAt - cpuWriteStarted, save: cpuNow() - cpuWrittenAt };
  }
  rejected.sort((a, b) => a.row - b.row);
  errors.sort((a, b) => a.row - b.row);
  return { dryRun, totalRows: total, imported: outcome.written, rejected: rejected.length, errors, codesAssigned: outcome.codesAssigned };
}

// --- jobs, kept in memory by id ---

const jobs = new Map<string, ImportJob>();
const MAX_JOBS = 10;

export function startImportJob(store: Store, sheet: ParsedSheet, mapping: ColumnMapping, dryRun: boolean): string {
  const jobId = randomUUID();
  const job: ImportJob = { progress: { phase: 'validate', done: 0, total: sheet.rows.length }, headers: sheet.headers, fileName: sheet.fileName, rejected: [] };
  jobs.set(jobId, job);
  while (jobs.size > MAX_JOBS) jobs.delete(jobs.keys().next().value!);
  const set = (p: ImportProgress) => {
    job.progress = p;
  };
  runImport(store, sheet, mapping, dryRun, set, job.rejected).then(
    (result) => set({ phase: 'done', done: result.totalRows, total: result.totalRows, result }),
    (err: unknown) => {
      job.rejected.length = 0;
      const message = err instanceof ApiError ? err.message : '导入时出现内部错误，未写入任何数据；请重试';
      set({ ...job.progress, error: { message: `${message}（本次未导入任何行）` } });
    },
  );
  return jobId;
}

export function importJob(jobId: string): ImportJob {
  const job = jobs.get(jobId);
  if (!job) throw new ApiError('NOT_FOUND', '找不到这个导入任务（程序重启后任务记录会清空），请重新导入', 'jobId');
  return job;
}
