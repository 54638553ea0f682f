import { parseIsoDate, todayInShanghai } from '../identity/calendarDate';
import type { ComplianceRow, ComplianceSummary } from './summary';
import { collectDeadlines } from './deadlines';
import { dutyRosterRow } from './dutyRoster';
import { applicability, type ComplianceInput } from './input';
import { article9PeopleRow } from './keyPeople';
import { article3LicenseRow, article9LicensesRow } from './licenses';
import { article3EndUsersRow } from './endUsers';
import { notCheckedArticles } from './notChecked';
import { article5Row, article6Row, article7Row } from './serverMeasures';
import { article8Row } from './serverFiling';
import { logRetentionRow } from './logRetention';
import { article12Row, article4Row } from './customerSpaces';
import { article13IncidentsRow } from './incidents';
import { article13MonthlyRow } from './monthlyReport';
import { article10Row, article13GroupRow } from './securityGroup';
import { unitProfileRow } from './unitProfile';
import { idcRoomsRow } from './idcRooms';
import { securityContactsRow } from './securityContacts';
import { dutyPolicyRow } from './dutyPolicy';
import { domainFilingsRow } from './domainFilings';

/**
 * The 概览 summary: one row per article that applies to this unit (in article order), the next deadlines,
 * and the applicable articles not checked yet. `today` is a YYYY-MM-DD day in China (Asia/Shanghai).
 */
export function evaluateCompliance(input: ComplianceInput, today: string = todayInShanghai()): ComplianceSummary {
  if (!parseIsoDate(today)) throw new RangeError('evaluateCompliance: today must be a real date written YYYY-MM-DD');
  const a = applicability(input);
  const rows: ComplianceRow[] = [];
  if (a.idcRoom) rows.push(unitProfileRow('第二条', input.unit));
  if (a.hostingService) {
    rows.push(article3LicenseRow(input, today, { idcRoom: a.idcRoom }));
    if (input.servers.length > 0) rows.push(article3EndUsersRow(input.servers));
  }
  if (a.runsServers && input.customerSpaces) rows.push(article4Row(input.customerSpaces));
  if (a.runsServers && input.domainFilings) rows.push(domainFilingsRow(input.domainFilings.unfiled, input.domainFilings.total, input.domainFilings.unfiledCount));
  if (a.dns) rows.push(article5Row(input.servers));
  if (a.mail) rows.push(article6Row(input.servers));
  if (a.game) rows.push(article7Row(input.servers, input.logSeals));
  if (input.servers.length > 0) rows.push(logRetentionRow(input.servers));
  if (a.runsServers) rows.push(article8Row(input.servers, today));
  if (a.submitsDocuments) {
    rows.push(article9LicensesRow(input, today, { needsTelecom: a.needsTelecomLicense, idcRoom: a.idcRoom }));
    rows.push(article9PeopleRow(input.people, today));
  }
  if (a.runsServers) rows.push(article10Row(input));
  if (a.registrar) rows.push(unitProfileRow('第十一条', input.unit));
  if ((a.runsServers || a.registrar) && input.customerSpaces) rows.push(article12Row(input.customerSpaces, today));
  if (a.idcRoom) {
    rows.push(article13GroupRow(input));
    rows.push(dutyRosterRow(input.dutyRoster, input.people, today));
    if (input.dutyPolicy !== undefined) rows.push(dutyPolicyRow(input.dutyPolicy));
    if (input.monthlyReport) rows.push(article13MonthlyRow(input.monthlyReport, today));
    if (input.incidents) rows.push(article13IncidentsRow(input.incidents));
  }
  // The national rules after the regulation's own articles. 机房 under 公安部令第33号 第十二条 (the network filed with the
  // police), a row of its own rather than a second row under 第二条 or 第八条, which ask for other things.
  if ((a.idcRoom || a.runsServers) && input.idcRooms) rows.push(idcRoomsRow(input.idcRooms, input.servers));
  // 《网络安全法》: every unit that hosts or runs servers is a network operator.
  if (a.submitsDocuments || a.idcRoom) rows.push(securityContactsRow(input.people));

  return {
    today,
    rows,
    ...collectDeadlines(input, today, {
      servers: a.runsServers,
      licenseArticle: a.submitsDocuments ? '第九条' : null,
      dutyRoster: a.idcRoom,
      customerSpaces: a.runsServers || a.registrar,
      monthlyReport: a.idcRoom,
    }),
    notChecked: notCheckedArticles(a, input),
  };
}
