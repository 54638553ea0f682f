// Everything the filing package is built from, read once from the open workspace through the existing
// services: the unit, licenses, people, the 信息网络安全小组, servers, and the 值班表 of one month (its
// settings, the slots after every 调班, and the coverage check with its lines as the 值班表 screen shows them).
import type { CoverageResult } from '../../shared/dutyRoster';
import { daysInMonth, todayInShanghai } from '../../shared/identity/calendarDate';
import type { RosterSlot, StoredDutyRosterSettings } from '../../shared/records/dutyRoster';
import type { StoredLicense } from '../../shared/records/license';
import type { StoredPerson } from '../../shared/records/person';
import type { StoredSecurityGroup } from '../../shared/records/securityGroup';
import type { StoredServer } from '../../shared/records/server';
import type { StoredUnit } from '../../shared/records/unit';
import { checkDutyRoster, getDutyRoster } from '../services/dutyRosterService';
import { readAll } from '../services/recordRepository';
import { licenseRecords } from '../services/records/licenseRecords';
import { personRecords } from '../services/records/personRecords';
import { serverRecords } from '../services/records/serverRecords';
import { getSecurityGroup } from '../services/securityGroupService';
import { getUnit } from '../services/unitService';
import type { Store } from '../storage/types';

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
  /** People removed from 人员 still in the rotation or on a slot. */
  problems: string[];
}

export interface FilingRecords {
  unit: StoredUnit | null;
  licenses: StoredLicense[];
  /** In the order of the 人员 list (created first, first); '人员 #N' in messages counts in this order. */
  people: StoredPerson[];
  securityGroup: StoredSecurityGroup | null;
  servers: StoredServer[];
  dutyRoster: FilingDutyRoster;
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

/** The records of the filing, with the 值班表 of `month` (default: this month in China). */
export function loadFilingRecords(store: Store, opts: { month?: string } = {}): FilingRecords {
  const month = opts.month ?? currentMonth();
  const { from, to } = monthRange(month);
  const lists = store.read((db) => ({
    licenses: readAll(db, licenseRecords),
    people: readAll(db, personRecords),
    servers: readAll(db, serverRecords),
  }));
  const view = getDutyRoster(store, from, to);
  const check = checkDutyRoster(store, from, to);
  return {
    unit: getUnit(store),
    securityGroup: getSecurityGroup(store),
    ...lists,
    dutyRoster: {
      month,
      from,
      to,
      settings: view.settings,
      slots: view.slots.filter((s) => s.date >= from && s.date <= to),
      coverage: check.coverage,
      lines: check.lines,
      problems: view.problems,
    },
  };
}
