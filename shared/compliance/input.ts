import type { StoredCustomerSpace } from '../records/customerSpace';
import type { StoredIncident } from '../records/incident';
import type { CstDateTime } from '../dutyRoster';
import type { RosterSlot, StoredDutyRosterSettings } from '../records/dutyRoster';
import type { StoredLicense } from '../records/license';
import type { StoredPerson } from '../records/person';
import type { StoredSecurityGroup } from '../records/securityGroup';
import type { StoredServer } from '../records/server';
import type { StoredUnit } from '../records/unit';
import type { StoredIdcRoom } from '../records/idcRoom';
import type { ComplianceUnfiledDomain } from './domainFilings';

/** Everything the rules look at: the unit's records as stored (derived and timestamp fields are not needed). */
export interface ComplianceInput {
  unit: Omit<StoredUnit, 'updatedAt'> | null;
  licenses: readonly StoredLicense[];
  people: readonly StoredPerson[];
  securityGroup: Omit<StoredSecurityGroup, 'updatedAt'> | null;
  servers: readonly Omit<StoredServer, 'filingDeadline'>[];
  /** The 值班表 (第十三条（二）); null when nothing was read (the same as no roster). */
  dutyRoster: ComplianceDutyRoster | null;
  /** 第四条、第十二条: every space's code and dates (no renter data); absent = not read, the articles stay 未检查. */
  customerSpaces?: readonly ComplianceSpace[];
  /** 第十三条（五）; absent = not read. */
  incidents?: readonly ComplianceIncident[];
  /** 第十三条（三）; absent = not read. */
  monthlyReport?: ComplianceMonthlyReport;
  /** 第七条: the 游戏日志 seals made (which server, when); absent = not read. */
  logSeals?: readonly ComplianceLogSeal[];
  /** 机房; absent = not read (no row). */
  idcRooms?: readonly StoredIdcRoom[];
  /** 值班制度 (第十三条（二）); absent = not read, null = not written yet. */
  dutyPolicy?: { text: string } | null;
  /** Bound domains with neither ICP备案号 nor 公安联网备案号, and how many bound domains there are; absent = not read. */
  domainFilings?: { unfiled: readonly ComplianceUnfiledDomain[]; unfiledCount: number; total: number };
}

export interface ComplianceLogSeal {
  /** '' when the seal was not linked to a server. */
  serverId: string;
  /** ISO instant. */
  sealedAt: string;
}

export type ComplianceSpace = Pick<StoredCustomerSpace, 'id' | 'spaceCode' | 'serverId' | 'openedOn' | 'reportedOn' | 'changedOn' | 'endedOn'>;
export type ComplianceIncident = Pick<StoredIncident, 'id' | 'kind' | 'title' | 'occurredAt' | 'reportedAt'>;

export interface ComplianceMonthlyReport {
  /** Months recorded as reported (YYYY-MM). */
  reportedMonths: readonly string[];
  /** Audit rows of filing data after the last report up to the end of the month before `today`'s (0: nothing to report). */
  changesBeforeMonthEnd: number;
}

/** The 值班表 as the 第十三条（二） rule sees it. Read for the period rosterPeriod(today, month) gives. */
export interface ComplianceDutyRoster {
  /** 值班电话, 班次, 轮换 as saved; null before anything is saved. */
  settings: Pick<StoredDutyRosterSettings, 'dutyPhone' | 'shifts' | 'rotation'> | null;
  /** The slots after every 调班, dated from the day before the month's 1st (its night shift runs into the month) to its last day. */
  slots: readonly Pick<RosterSlot, 'date' | 'shiftName' | 'start' | 'end' | 'personId'>[];
  /** The last date with a generated slot, in any month; '' when nothing is generated. */
  generatedThrough: string;
  /** Now in China Standard Time: what ended before it has happened (00:00 of `today` when `today` is another day). */
  at?: CstDateTime;
  /** The month judged, 'YYYY-MM' (the filed month); default the month of `today`. */
  month?: string;
  /** The 值班记录 around the month (who actually was on duty); absent = not read. */
  log?: readonly { personId: string; start: CstDateTime; end: CstDateTime }[];
}

export type ComplianceServer = ComplianceInput['servers'][number];

/** Which articles apply, from 单位类型 and from what the records show the unit does. */
export interface Applicability {
  /** 第二条、第十三条. */
  idcRoom: boolean;
  /** 第三条. */
  hostingService: boolean;
  /** 第十一条. */
  registrar: boolean;
  /** 第八条、第十条: 服务器架设单位 or 托管服务单位 by role, or any server on record. */
  runsServers: boolean;
  /** 第九条: every unit that hosts or runs servers submits licenses and the ID documents of its key people. */
  submitsDocuments: boolean;
  /** A 电信业务经营许可证 is expected (第三条、第九条“相应业务经营许可证”). */
  needsTelecomLicense: boolean;
  dns: boolean;
  mail: boolean;
  game: boolean;
}

export function applicability(input: ComplianceInput): Applicability {
  const roles = input.unit?.roles ?? [];
  const has = (role: (typeof roles)[number]) => roles.includes(role);
  const withPurpose = (purpose: ComplianceServer['purposes'][number]) => input.servers.some((s) => s.purposes.includes(purpose));
  const hosts = has('IDC机房服务单位') || has('托管服务单位') || has('服务器架设单位');
  const runsServers = has('服务器架设单位') || has('托管服务单位') || input.servers.length > 0;
  return {
    idcRoom: has('IDC机房服务单位'),
    hostingService: has('托管服务单位'),
    registrar: has('域名注册服务单位'),
    runsServers,
    submitsDocuments: hosts || runsServers,
    needsTelecomLicense: hosts,
    dns: withPurpose('域名解析'),
    mail: withPurpose('电子邮件'),
    game: withPurpose('游戏'),
  };
}
