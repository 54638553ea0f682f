// Everything the filing package is built from, read once from the open workspace through the existing
// services: the unit, licenses, people, the 信息网络安全小组, servers, and the 值班表 of one month (its
// settings, the slots after every 调班, and the coverage check with its lines as the 值班表 screen shows them);
// for 05–07 the customer spaces still to be reported, the 月度变更报告 of the report month and its incidents.
import { nowCst, type CoverageResult } from '../../shared/dutyRoster';
import { daysInMonth, todayInShanghai } from '../../shared/identity/calendarDate';
import type { DutyRosterView, RosterSlot, StoredDutyRosterSettings } from '../../shared/records/dutyRoster';
import type { StoredDutyLog } from '../../shared/records/dutyLog';
import { storedCustomerSpaceSchema, type StoredCustomerSpace } from '../../shared/records/customerSpace';
import type { StoredIncident } from '../../shared/records/incident';
import type { StoredDutyPolicy } from '../../shared/records/dutyPolicy';
import type { StoredIdcRoom } from '../../shared/records/idcRoom';
import type { StoredLicense } from '../../shared/records/license';
import type { StoredPerson } from '../../shared/records/person';
import type { StoredSecurityGroup } from '../../shared/records/securityGroup';
import type { StoredServer } from '../../shared/records/server';
import type { StoredUnit } from '../../shared/records/unit';
import { defaultReportMonth, type MonthlyReport } from '../../shared/reports/monthlyReport';
import { serverLabels } from '../services/customerSpaces/serverLabels';
import { incidentRecords } from '../services/records/incidentRecords';
import { buildMonthlyReport } from '../services/reports/buildMonthlyReport';
import { all } from '../storage/rows';
import type { Database } from 'sql.js';
import { getDutyRoster } from '../services/dutyRosterService';
import { readComplianceInput } from '../services/complianceHandlers';
import { evaluateCompliance } from '../../shared/compliance/evaluate';
import type { ComplianceSummary } from '../../shared/compliance/summary';
import { readAll } from '../services/recordRepository';
import { licenseRecords } from '../services/records/licenseRecords';
import { idcRoomRecords } from '../services/records/idcRoomRecords';
import { getDutyPolicy } from '../services/dutyPolicyService';
import { personRecords } from '../services/records/personRecords';
import { serverRecords } from '../services/records/serverRecords';
import { getSecurityGroup } from '../services/securityGroupService';
import { getUnit } from '../services/unitService';
import type { Store } from '../storage/types';


/** 05 prints this many spaces (3,000 ≈ 140 landscape pages, 340 when each names its server; ~4 s: a first import of a billing sheet); the rest are counted and left to the .xlsx (which has every space). */
export const MAX_PDF_SPACES = 3000;

/** The 值班表 of one calendar month (China Standard Time). */
export interface FilingDutyRoster {
  /** YYYY-MM */
  month: string;
  /** First and last day of the month, YYYY-MM-DD. */
  from: string;
  to: string;
  settings: StoredDutyRosterSettings | null;
  /** The month's slots after every 调班, in time order. */
  slots: RosterSlot[];
  coverage: CoverageResult;
  /** The check as text: '全时段已覆盖（24×7）' or each 未覆盖时段 / 重复排班 / … line (shared/dutyRoster format*). */
  lines: string[];
  /** 工时统计 of the month and the working-time reminders (the second table of 03). */
  workTime?: DutyRosterView['workTime'];
  /** People removed from 人员 still in the rotation or on a slot. */
  problems: string[];
  /** 值班记录 overlapping the month, by start (08_值班记录), and the ended slots with none (未记录). */
  log?: StoredDutyLog[];
  unlogged?: DutyRosterView['check']['unlogged'];
  /** The instant the check was made, 'YYYY-MM-DD HH:mm' Beijing time: slots ending later are not yet due. */
  checkedAt?: string;
  /** 事件名称 of the 安全事件 the log links, by id. */
  incidentTitles?: Record<string, string>;
}

export interface FilingRecords {
  unit: StoredUnit | null;
  licenses: StoredLicense[];
  /** In the order of the 人员 list (created first, first); '人员 #N' in messages counts in this order. */
  people: StoredPerson[];
  securityGroup: StoredSecurityGroup | null;
  servers: StoredServer[];
  /** 机房 in the order of the 机房 list (01 prints each; 04 names each server's 所在机房). */
  idcRooms: StoredIdcRoom[];
  /** 值班制度 (03 prints it); null when not written yet. */
  dutyPolicy: StoredDutyPolicy | null;
  dutyRoster: FilingDutyRoster;
  /** YYYY-MM: the month of the 月度变更报告 (06). */
  reportMonth: string;
  changeReport: MonthlyReport;
  /** 05: the first MAX_PDF_SPACES spaces not 已报送 (new, or changed since reported) by 空间编号, how many there are, and all spaces. */
  spacesToReport: StoredCustomerSpace[];
  spacesToReportCount: number;
  spaceCount: number;
  /** Of spaceCount, those ended (退租): in the register, not to be reported. */
  endedSpaceCount: number;
  /** 所在服务器 labels (资产编号 / 主机名) by server id. */
  serverLabels: Map<string, string>;
  /** 07: incidents that happened in the report period or are not yet reported to the police, in time order. */
  incidents: StoredIncident[];
  /**
   * The one evaluation of the rules (compliance.summary's, over the filed month at the generation instant):
   * 完整性检查 is made from it and the PDFs print its findings, so the two cannot disagree.
   */
  compliance: ComplianceSummary;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** First and last day of a YYYY-MM month; throws a Chinese message on anything else. */
export function monthRange(month: string): { from: string; to: string } {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`值班表月份格式应为 YYYY-MM，例如 2026-03：${month.slice(0, 20)}`);
  const days = daysInMonth(Number(m[1]), Number(m[2]));
  return { from: `${month}-01`, to: `${month}-${String(days).padStart(2, '0')}` };
}

/** This month in China Standard Time, YYYY-MM. */
export const currentMonth = (now: Date = new Date()): string => todayInShanghai(now).slice(0, 7);

// An ended space (退租日期 set) is not to be reported: 06 carries its 退租.
const DUE_SPACES = `FROM record WHERE kind = 'customerSpace' AND COALESCE(json_extract(data, '$.endedOn'), '') = ''
  AND (json_extract(data, '$.reportedOn') = '' OR json_extract(data, '$.changedOn') > json_extract(data, '$.reportedOn'))`;

/**
 * Spaces whose 第十二条（三） report is still due (never reported, or changed after 报送日期): how many, and the
 * first `limit` by 空间编号 (only those are printed; 100,000 imported spaces are not parsed for the PDF).
 */
function spacesToReport(db: Database, limit: number): { list: StoredCustomerSpace[]; count: number } {
  const list = all<{ data: string }>(db, `SELECT data ${DUE_SPACES} ORDER BY json_extract(data, '$.spaceCode') LIMIT ?`, [limit]).map((r) =>
    storedCustomerSpaceSchema.parse(JSON.parse(r.data)),
  );
  const count = all<{ n: number }>(db, `SELECT COUNT(*) AS n ${DUE_SPACES}`)[0]?.n ?? 0;
  return { list, count };
}

/** '2026-10-05 14:30' (CST) is in [from, to] (YYYY-MM-DD). */
const inPeriod = (at: string, from: string, to: string) => at.slice(0, 10) >= from && at.slice(0, 10) <= to;

/**
 * The records of the filing, with the 值班表 of `month` (default: this month in China) and the 月度变更报告 of
 * `reportMonth` (default: the month before this one, due by the 20th of this one).
 */
export function loadFilingRecords(store: Store, opts: { month?: string; reportMonth?: string; now?: Date } = {}): FilingRecords {
  const month = opts.month ?? currentMonth(opts.now);
  const reportMonth = opts.reportMonth ?? defaultReportMonth(todayInShanghai(opts.now));
  const { from, to } = monthRange(month);
  const now = opts.now ?? new Date();
  const today = todayInShanghai(now);
  // 第十三条（二） is judged over the filed month, as 03 prints it.
  const compliance = evaluateCompliance(readComplianceInput(store, today, { dutyMonth: month, now }), today);
  const lists = store.read((db) => {
    const changeReport = buildMonthlyReport(db, reportMonth, opts.now ?? new Date());
    const allIncidents = readAll(db, incidentRecords);
    return {
      licenses: readAll(db, licenseRecords),
      people: readAll(db, personRecords),
      servers: readAll(db, serverRecords),
      idcRooms: readAll(db, idcRoomRecords),
      reportMonth,
      changeReport,
      ...(({ list, count }) => ({ spacesToReport: list, spacesToReportCount: count }))(spacesToReport(db, MAX_PDF_SPACES)),
      spaceCount: all<{ n: number }>(db, "SELECT COUNT(*) AS n FROM record WHERE kind = 'customerSpace'")[0]?.n ?? 0,
      endedSpaceCount:
        all<{ n: number }>(db, "SELECT COUNT(*) AS n FROM record WHERE kind = 'customerSpace' AND COALESCE(json_extract(data, '$.endedOn'), '') <> ''")[0]?.n ?? 0,
      serverLabels: serverLabels(db),
      allIncidents,
      incidents: allIncidents
        .filter((i) => i.reportedAt === '' || inPeriod(i.occurredAt, changeReport.periodStart, changeReport.periodEnd))
        .sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0)),
    };
  });
  // The one evaluation of 第十三条（二） over the month, with the same `now` as 完整性检查's summary.
  const view = getDutyRoster(store, from, to, nowCst(opts.now));
  return {
    unit: getUnit(store),
    securityGroup: getSecurityGroup(store),
    dutyPolicy: getDutyPolicy(store),
    compliance,
    ...(({ allIncidents: _all, ...rest }) => rest)(lists),
    dutyRoster: {
      month,
      from,
      to,
      settings: view.settings,
      slots: view.slots.filter((s) => s.date >= from && s.date <= to),
      coverage: view.coverage,
      lines: view.check.lines,
      workTime: view.workTime,
      problems: view.problems,
      log: view.log,
      unlogged: view.check.unlogged,
      checkedAt: view.check.now,
      incidentTitles: Object.fromEntries(lists.allIncidents.filter((i) => view.log.some((e) => e.incidentIds.includes(i.id))).map((i) => [i.id, i.title])),
    },
  };
}
