import { ApiError } from '../../shared/api/errors';
import { rosterPeriod } from '../../shared/compliance/dutyRoster';
import { evaluateCompliance } from '../../shared/compliance/evaluate';
import type { ComplianceInput } from '../../shared/compliance/input';
import { nowCst } from '../../shared/dutyRoster';
import { parseIsoDate, todayInShanghai } from '../../shared/identity/calendarDate';
import type { Handlers } from '../api/handlers';
import type { Store } from '../storage/types';
import type { WorkspaceSession } from '../workspace/session';
import { dutyRosterForCompliance } from './dutyRosterService';
import { readAll } from './recordRepository';
import { licenseRecords } from './records/licenseRecords';
import { personRecords } from './records/personRecords';
import { serverRecords } from './records/serverRecords';
import { getSecurityGroup } from './securityGroupService';
import { getUnit } from './unitService';

/**
 * Everything the compliance rules look at on `today`, read from the open workspace. The 值班表 is read for
 * today's month only, and checked from now (China Standard Time) when `today` is today.
 */
export function readComplianceInput(store: Store, today: string = todayInShanghai()): ComplianceInput {
  const records = store.read((db) => ({
    licenses: readAll(db, licenseRecords),
    people: readAll(db, personRecords),
    servers: readAll(db, serverRecords),
  }));
  const period = rosterPeriod(today);
  const dutyRoster = { ...dutyRosterForCompliance(store, period.from, period.to), at: nowCst() };
  return { unit: getUnit(store), securityGroup: getSecurityGroup(store), ...records, dutyRoster };
}

export function complianceHandlers(session: WorkspaceSession): Pick<Handlers, 'compliance.summary'> {
  return {
    // `today` is for tests and for asking "what will be due on that day"; otherwise it is today in China.
    'compliance.summary': ({ today }) => {
      const day = today ?? todayInShanghai();
      if (!parseIsoDate(day)) throw new ApiError('VALIDATION', `日期（today）不是有效日期：${day}，格式如 2026-11-24`, 'today');
      return evaluateCompliance(readComplianceInput(session.store, day), day);
    },
  };
}
