import { ApiError } from '../../shared/api/errors';
import { rosterPeriod } from '../../shared/compliance/dutyRoster';
import { evaluateCompliance } from '../../shared/compliance/evaluate';
import type { ComplianceInput, ComplianceMonthlyReport, ComplianceSpace } from '../../shared/compliance/input';
import { defaultReportMonth } from '../../shared/reports/monthlyReport';
import type { Database } from 'sql.js';
import { all, one } from '../storage/rows';
import { incidentRecords } from './records/incidentRecords';
import { ENTITIES } from './reports/changeLabels';
import { reportedMonths, reportRange } from './reports/reportRange';
import { nowCst } from '../../shared/dutyRoster';
import { parseIsoDate, todayInShanghai } from '../../shared/identity/calendarDate';
import type { Handlers } from '../api/handlers';
import type { Store } from '../storage/types';
import type { WorkspaceSession } from '../workspace/session';
import { dutyRosterForCompliance } from './dutyRosterService';
import { readAll } from './recordRepository';
import { spaceIndex } from './customerSpaces/spaceIndex';
import { licenseRecords } from './records/licenseRecords';
import { personRecords } from './records/personRecords';
import { serverRecords } from './records/serverRecords';
import { getSecurityGroup } from './securityGroupService';
import { getUnit } from './unitService';
import { idcRoomRecords } from './records/idcRoomRecords';
import { getDutyPolicy } from './dutyPolicyService';
import { readDomainFilings } from './customerSpaces/domainFilings';

/** Each space's code and dates only (json_extract: 100,000 spaces are not parsed whole for 概览). */
/** Every space's code and dates, from the 客户空间 search index (kept in memory and patched on every save). */
function readSpaces(store: Store): ComplianceSpace[] {
  return spaceIndex(store).entries.map((e) => ({
    id: e.id,
    spaceCode: e.code,
    serverId: e.serverId,
    openedOn: e.openedOn,
    reportedOn: e.reportedOn,
    changedOn: e.changedOn,
    endedOn: e.endedOn,
  }));
}

/** The reported months, and whether filing data changed after the last report up to the end of last month. */
function readMonthlyReport(db: Database, today: string): ComplianceMonthlyReport {
  const range = reportRange(db, defaultReportMonth(today));
  const entities = Object.keys(ENTITIES);
  const changes = one<{ n: number }>(
    db,
    `SELECT COUNT(*) AS n FROM audit WHERE id > ? AND id <= ? AND entity IN (${entities.map(() => '?').join(',')})`,
    [range.fromAuditId, range.toAuditId, ...entities],
  );
  return { reportedMonths: reportedMonths(db).map((m) => m.month), changesBeforeMonthEnd: changes?.n ?? 0 };
}

/**
 * Everything the compliance rules look at on `today`, read from the open workspace. The 值班表 is read for the
 * whole of `opts.dutyMonth` (default today's month; the filed month for 完整性检查), with its 值班记录, and what
 * ended before now (China Standard Time, `opts.now`) counts as past.
 */
export function readComplianceInput(store: Store, today: string = todayInShanghai(), opts: { dutyMonth?: string; now?: Date } = {}): ComplianceInput {
  const records = store.read((db) => ({
    licenses: readAll(db, licenseRecords),
    people: readAll(db, personRecords),
    servers: readAll(db, serverRecords),
    incidents: readAll(db, incidentRecords),
    monthlyReport: readMonthlyReport(db, today),
    logSeals: all<{ serverId: string; sealedAt: string }>(db, 'SELECT server_id AS serverId, sealed_at AS sealedAt FROM log_seal'),
    idcRooms: readAll(db, idcRoomRecords),
    domainFilings: readDomainFilings(db),
  }));
  const dutyMonth = opts.dutyMonth ?? today.slice(0, 7);
  const period = rosterPeriod(today, dutyMonth);
  const dutyRoster = { ...dutyRosterForCompliance(store, period.from, period.to), at: nowCst(opts.now), month: dutyMonth };
  return { unit: getUnit(store), securityGroup: getSecurityGroup(store), ...records, customerSpaces: readSpaces(store), dutyRoster, dutyPolicy: getDutyPolicy(store) };
}

export function complianceHandlers(session: WorkspaceSession): Pick<Handlers, 'compliance.summary'> {
  return {
    // `today` is for tests and for asking "what will be due on that day"; otherwise it is today in China.
    'compliance.summary': ({ today }) => {
      const day = today ?? todayInShanghai();
      if (!parseIsoDate(day)) throw new ApiError('VALIDATION', `日期不是有效日期：${day}，格式如 2026-11-24`, 'today');
      return evaluateCompliance(readComplianceInput(session.store, day), day);
    },
  };
}
