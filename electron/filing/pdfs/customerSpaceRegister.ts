// 05 客户空间登记表 (第四条; 第十二条（三）: 客户信息三十日内报送，变更三十日内报送): the spaces still to be
// submitted — new ones and those changed since their 报送日期 — with their renters, bound domains (Unicode) and
// holders, and where their thirty days stand on the day of generation. The .xlsx beside it lists every space.
// Landscape A4, so that the renter's name, 证件类型, 证件号码 and 联系电话 each have a column.
import { issuingCountry, ISSUING_COUNTRY_LABEL, policeIdText } from '../../../shared/identity/idDisplay';
import { domainToUnicode } from '../../../shared/network/domain';
import { CUSTOMER_SPACE_LABELS as L, DOMAIN_LABELS, reportStatus, type StoredCustomerSpace } from '../../../shared/records/customerSpace';
import { CODE_BREAKS, drawSignatureBoxes, drawTable, type Column, type PdfLayout } from '../../pdf';
import { MAX_PDF_SPACES, type FilingRecords } from '../records';
import { basis, generatedDay, newLayout, orDash, section, TextFields, type BuildOptions } from './common';

export const TITLE = '客户空间登记表';
export const FILE_NAME = '05_客户空间登记表.pdf';
export const XLSX_NAME = '05_客户空间登记表.xlsx';
export { MAX_PDF_SPACES } from '../records';

export const applies = (records: FilingRecords) => records.spaceCount > 0;

/** The renter's number in full, with the 签发国家/地区 of a passport or permanent-residence card below it. */
function idNumberText(s: StoredCustomerSpace): string {
  const country = issuingCountry(s.renterIdType, s.renterIdNumber, s.renterIdCountry);
  return `${s.renterIdNumber}${country ? `\n${ISSUING_COUNTRY_LABEL}：${country}` : ''}`;
}

/** The renter, and a company renter's 单位负责人 with the 证件类型 and 证件号码 the form requires (第十二条（一）) below it. */
function renterText(s: StoredCustomerSpace): string {
  const renter = `${s.renterName}（${s.renterKind}）`;
  if (!s.responsibleName) return renter;
  const id = s.responsibleIdNumber ? `\n${policeIdText({ idType: s.responsibleIdType, idNumber: s.responsibleIdNumber })}` : '';
  return `${renter}\n${L.responsibleName}：${s.responsibleName}${id}`;
}

/** Each bound domain with its holder and its filing numbers (ICP备案号, 公安联网备案号; 未填写 when missing). */
function domainsText(s: StoredCustomerSpace): string {
  return (
    s.domains
      .map((d) =>
        [
          domainToUnicode(d.domain),
          `${L.domainHolder}：${d.holderName === '' ? '同租用者' : `${d.holderName}\n（${d.holderIdType} ${d.holderIdNumber}）`}`,
          `${DOMAIN_LABELS.icpNumber}：${d.icpNumber || '未填写'}`,
          `${DOMAIN_LABELS.psbNumber}：${d.psbNumber || '未填写'}`,
        ].join('\n'),
      )
      .join('\n') || '—'
  );
}

/** 报送状态 (待报送, 变更已逾期 …) with its 期限 below it; the state alone once reported. */
function stateCell(s: StoredCustomerSpace, today: string): string {
  const { state, deadline } = reportStatus(s, today);
  return deadline ? `${state}\n${deadline}` : state;
}

/**
 * Widths in points of landscape A4's 728.5 pt content width, at 8 pt with 3 pt padding: room for XM-IDC-000123
 * above srv01.demo.example.com, 统一社会信用代码, an 18-character 证件号码 (the renter's and the 单位负责人's),
 * 0592-5550100 and dates, so that a person's space without domains or server takes one line; and for
 * 公安联网备案号：闽公网安备35020302000123号 on one line of the domain column.
 */
const SPACE_COLUMNS: Column[] = [
  { title: `${L.spaceCode}\n${L.serverId}`, width: 104 },
  { title: `租用者${L.renterName}\n（${L.renterKind}）\n${L.responsibleName}`, width: 96 },
  { title: L.renterIdType, width: 76 },
  { title: `${L.renterIdNumber}\n（${ISSUING_COUNTRY_LABEL}）`, width: 94 },
  { title: L.renterPhone, width: 58 },
  { title: `${L.domains} / ${L.domainHolder}\n${DOMAIN_LABELS.icpNumber} / ${DOMAIN_LABELS.psbNumber}`, width: 202.5 },
  { title: L.openedOn, width: 48 },
  { title: '报送状态\n（期限）', width: 50 },
];

export function build(records: FilingRecords, opts: BuildOptions): PdfLayout {
  const doc = newLayout(records, opts, TITLE, 'landscape');
  const today = generatedDay(opts);
  doc.heading(TITLE);
  doc.paragraph(
    `${basis('第四条、第十二条')}：客户空间统一编号，保存空间租用者和绑定域名租用者的真实信息；客户信息在开通后三十日内报送公安机关，信息变更后三十日内报送变更。状态按生成日 ${today} 计算。`,
    { size: 10 },
  );
  const shown = records.spacesToReport.slice(0, MAX_PDF_SPACES);
  const due = records.spacesToReportCount;
  section(doc, '本次报送的客户空间', '第十二条（三）');
  const ended = records.endedSpaceCount > 0 ? `（其中已退租 ${records.endedSpaceCount} 个，退租见 06 月度变更报告）` : '';
  doc.paragraph(`共登记客户空间 ${records.spaceCount} 个${ended}，其中本次须报送（新开通或信息有变更）${due} 个。全部客户空间见 ${XLSX_NAME}。`, { size: 10 });
  if (shown.length > 0)
    drawTable(doc, {
      columns: SPACE_COLUMNS,
      rows: shown.map((s) => [
        [s.spaceCode, records.serverLabels.get(s.serverId) ?? ''].filter(Boolean).join('\n'),
        renterText(s),
        s.renterIdType,
        idNumberText(s),
        orDash(s.renterPhone),
        domainsText(s),
        s.openedOn,
        stateCell(s, today),
      ]),
      size: 8,
      padding: 3,
      breakAfter: CODE_BREAKS,
    });
  if (due > shown.length) doc.paragraph(`另有 ${due - shown.length} 项，详见 ${XLSX_NAME}`, { size: 10 });
  doc.space(6);
  drawSignatureBoxes(doc, [{ label: '填表人（签字）' }, { label: '单位（盖章）' }]);
  return doc;
}

export function textFields(records: FilingRecords, out: TextFields): void {
  for (const s of records.spacesToReport.slice(0, MAX_PDF_SPACES)) {
    const rec = `${L.spaceCode} ${s.spaceCode}`;
    out.add(rec, L.spaceCode, s.spaceCode);
    out.add(rec, L.renterName, s.renterName);
    out.add(rec, L.renterIdNumber, s.renterIdNumber);
    out.add(rec, L.responsibleName, s.responsibleName);
    out.add(rec, L.responsibleIdNumber, s.responsibleIdNumber);
    out.add(rec, L.renterIdCountry, s.renterIdCountry);
    s.domains.forEach((d, i) => {
      out.add(rec, `${L.domains} #${i + 1}`, domainToUnicode(d.domain));
      out.add(rec, `${L.domainHolder} #${i + 1}`, d.holderName);
      out.add(rec, `${DOMAIN_LABELS.icpNumber} #${i + 1}`, d.icpNumber);
      out.add(rec, `${DOMAIN_LABELS.psbNumber} #${i + 1}`, d.psbNumber);
    });
  }
}
