// 客户空间登记表 as .xlsx: one row per space, for customerSpaces.exportXlsx and the filing package.
import { streamingSheet } from '../../xlsx/streamingWorkbook';
import { keepFormulasText } from '../../xlsx/formulaText';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { issuingCountry, ISSUING_COUNTRY_LABEL } from '../../../shared/identity/idDisplay';
import { domainToUnicode } from '../../../shared/network/domain';
import { CUSTOMER_SPACE_LABELS as L, DOMAIN_LABELS, reportStatus, type StoredCustomerSpace } from '../../../shared/records/customerSpace';
import type { Store } from '../../storage/types';
import { serverLabels } from './serverLabels';
import { readAllSpaces } from './spaceRepository';

interface Column {
  header: string;
  width: number;
  /** ID numbers and codes: text cells, so Excel never turns them into numbers. */
  text?: boolean;
  value(s: StoredCustomerSpace, ctx: { server: string; today: string }): string;
}

function holder(d: StoredCustomerSpace['domains'][number]): string {
  return d.holderName === '' ? '同租用者' : `${d.holderName}（${d.holderIdType} ${d.holderIdNumber}）`;
}

/** One filing number per bound domain, in the domains' order ('—' for a domain without one: the importer reads it as none). */
function perDomain(s: StoredCustomerSpace, field: 'icpNumber' | 'psbNumber'): string {
  return s.domains.some((d) => d[field] !== '') ? s.domains.map((d) => d[field] || NO_NUMBER).join('、') : '';
}

export const NO_NUMBER = '—';

function stateText(s: StoredCustomerSpace, today: string): string {
  const status = reportStatus(s, today);
  return status.deadline === '' ? status.state : `${status.state}（期限 ${status.deadline}）`;
}

const COLUMNS: Column[] = [
  { header: L.spaceCode, width: 18, text: true, value: (s) => s.spaceCode },
  { header: `${L.serverId}（资产编号 / 主机名）`, width: 30, value: (_s, c) => c.server },
  { header: L.renterKind, width: 10, value: (s) => s.renterKind },
  { header: L.renterName, width: 28, value: (s) => s.renterName },
  { header: L.renterIdType, width: 18, value: (s) => s.renterIdType },
  { header: L.renterIdNumber, width: 22, text: true, value: (s) => s.renterIdNumber },
  { header: ISSUING_COUNTRY_LABEL, width: 14, text: true, value: (s) => issuingCountry(s.renterIdType, s.renterIdNumber, s.renterIdCountry) },
  { header: L.renterPhone, width: 16, text: true, value: (s) => s.renterPhone },
  { header: L.responsibleName, width: 12, value: (s) => s.responsibleName },
  { header: L.responsibleIdType, width: 16, value: (s) => s.responsibleIdType },
  { header: L.responsibleIdNumber, width: 22, text: true, value: (s) => s.responsibleIdNumber },
  { header: L.domains, width: 36, value: (s) => s.domains.map((d) => domainToUnicode(d.domain)).join('、') },
  { header: L.domainHolder, width: 36, text: true, value: (s) => s.domains.map(holder).join('、') },
  { header: DOMAIN_LABELS.icpNumber, width: 26, text: true, value: (s) => perDomain(s, 'icpNumber') },
  { header: DOMAIN_LABELS.psbNumber, width: 30, text: true, value: (s) => perDomain(s, 'psbNumber') },
  { header: L.openedOn, width: 12, value: (s) => s.openedOn },
  { header: L.reportedOn, width: 12, value: (s) => s.reportedOn },
  { header: L.endedOn, width: 12, value: (s) => s.endedOn },
  { header: '报送状态', width: 26, value: (s, c) => stateText(s, c.today) },
  { header: L.note, width: 30, value: (s) => s.note },
];

export const REGISTER_HEADERS = COLUMNS.map((c) => c.header);

/** The full register (every space, sorted by 空间编号); streamed, so 100,000 rows stay within memory. */
export async function buildRegisterXlsx(store: Store, now: Date = new Date()): Promise<{ fileName: string; bytes: Buffer; rows: number }> {
  const { spaces, servers } = store.read((db) => ({ spaces: readAllSpaces(db), servers: serverLabels(db) }));
  const today = todayInShanghai(now);

  const { sheet, finish } = streamingSheet('客户空间登记表', { frozenRows: 1 });
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width, ...(c.text ? { style: { numFmt: '@' } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const s of spaces) {
    const ctx = { server: servers.get(s.serverId) ?? '', today };
    keepFormulasText(sheet.addRow(COLUMNS.map((c) => c.value(s, ctx)))).commit();
  }
  const bytes = await finish();
  return { fileName: `客户空间登记表_${today.replaceAll('-', '')}.xlsx`, bytes, rows: spaces.length };
}
