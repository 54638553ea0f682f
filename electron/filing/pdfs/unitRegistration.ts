// 01 单位备案登记表: the unit, its roles and the articles they bring, licenses, the 法定代表人 and 主要负责人
// (ID numbers in full: the police register them from this form, 第九条（一）), the 网络安全负责人 and
// 24小时应急联系人 with mobiles, other contacts, every 机房 (公安部令第33号 第十二条), the server count
// and the 信息网络安全小组's state (第十条), then 法定代表人签字 / 单位盖章 / 日期.
import { filingDue } from '../../../shared/compliance/serverFiling';
import { expiryText } from '../../../shared/compliance/dueText';
import type { ComplianceSummary } from '../../../shared/compliance/summary';
import { daysBetween } from '../../../shared/records/dates';
import { telecomScopeLabel, type StoredLicense } from '../../../shared/records/license';
import { keyRolesCheck, PERSON_LABELS } from '../../../shared/records/person';
import { GROUP_MODE_LABELS } from '../../../shared/records/securityGroup';
import { UNIT_LABELS, type UnitRole } from '../../../shared/records/unit';
import type { PdfLayout } from '../../pdf';
import type { FilingRecords } from '../records';
import { SECURITY_CONTACT_ROLES } from '../../../shared/compliance/securityContacts';
import { IDC_ROOM_LABELS } from '../../../shared/records/idcRoom';
import { idcRoomSection } from './idcRoomSection';
import { securityContactSection } from './securityContactSection';
import { complianceRow, findingsAbout, rowStateText } from './findings';
import { basis, generatedDay, Blocks, layoutBlocks, newLayout, orDash, personRecordLabel, TextFields, type Block, type BuildOptions } from './common';

export const TITLE = '单位备案登记表';
export const FILE_NAME = '01_单位备案登记表.pdf';

/** The articles each 单位类型 brings (docs/REGULATION.md). */
const ROLE_ARTICLES: Record<UnitRole, string> = {
  IDC机房服务单位: '第二条、第十三条',
  托管服务单位: '第三条',
  服务器架设单位: '第四条、第八条、第九条、第十条',
  域名注册服务单位: '第十一条',
};

const KEY_ROLES = ['法定代表人', '主要负责人'] as const;

function licenseTitle(l: StoredLicense): string {
  return l.kind === '其他' ? l.title || '其他证照' : l.kind;
}

/** 有效期, marked 已过期 / N 天后到期 where the one evaluation (第三条、第九条's licence rows) flags the licence. */
function validity(l: StoredLicense, summary: ComplianceSummary): string {
  const from = l.validFrom || '—';
  if (l.longTerm) return `${from} 至 长期`;
  const flagged = findingsAbout(summary, l.id, ['第三条', '第九条']).find((d) => d.due === l.validTo && l.validTo !== '');
  const state = flagged ? `（${expiryText(daysBetween(summary.today, l.validTo))}）` : '';
  return `${from} 至 ${l.validTo || '—'}${state}`;
}

/** The form as blocks (headings, paragraphs, tables, signature boxes): laid out by build(), or as HTML by the bench. */
export function blocks(records: FilingRecords, opts: BuildOptions): Block[] {
  const out = new Blocks();
  const today = generatedDay(opts);
  const unit = records.unit;
  out.heading(TITLE);
  out.paragraph(`${basis('第二条、第三条、第九条、第十一条')}，本单位向公安机关办理备案登记。`, { size: 10 });

  out.section('一、单位基本情况', '第二条、第三条、第十一条');
  const roles = unit?.roles ?? [];
  out.table({
    columns: [
      { title: '项目', width: 2 },
      { title: '内容', width: 6 },
    ],
    rows: [
      [UNIT_LABELS.name, orDash(unit?.name)],
      [UNIT_LABELS.creditCode, orDash(unit?.creditCode)],
      [UNIT_LABELS.roles, roles.length ? roles.join('、') : '—'],
      ['适用条款', roles.length ? roles.map((r) => `${r}：${ROLE_ARTICLES[r]}`).join('\n') : '—'],
      [UNIT_LABELS.registeredAddress, orDash(unit?.registeredAddress)],
      [UNIT_LABELS.officeAddress, orDash(unit?.officeAddress)],
      [UNIT_LABELS.phone, orDash(unit?.phone)],
      [UNIT_LABELS.email, orDash(unit?.email)],
    ],
    size: 10,
  });

  out.section('二、证照', '第三条、第九条（一）');
  if (records.licenses.length === 0) out.paragraph('尚未登记证照（营业执照、电信业务经营许可证）。', { size: 10 });
  else
    out.table({
      columns: [
        { title: '证照', width: 3 },
        { title: '证照编号', width: 4 },
        { title: '发证机关', width: 3 },
        { title: '有效期', width: 4 },
        { title: '业务种类', width: 4 },
      ],
      rows: records.licenses.map((l) => [licenseTitle(l), l.number, orDash(l.issuer), validity(l, records.compliance), l.scope.length ? l.scope.map(telecomScopeLabel).join('\n') : '—']),
    });

  out.section('三、法定代表人和主要负责人', '第九条（一）：单位法人代表和主要负责人有效身份证件');
  const key = records.people.filter((p) => KEY_ROLES.some((r) => p.roles.includes(r)));
  if (key.length > 0)
    out.table({
      columns: [
        { title: '角色', width: 3 },
        { title: PERSON_LABELS.name, width: 2.5 },
        { title: PERSON_LABELS.idType, width: 3 },
        { title: PERSON_LABELS.idNumber, width: 4.5 },
        { title: PERSON_LABELS.mobile, width: 3 },
        { title: PERSON_LABELS.title, width: 2.5 },
      ],
      rows: key.map((p) => [KEY_ROLES.filter((r) => p.roles.includes(r)).join('、'), p.name, p.idType, p.idNumber, orDash(p.mobile), orDash(p.title)]),
    });
  for (const problem of keyRolesCheck(records.people).problems) out.paragraph(`注意：${problem}。`, { size: 10 });

  securityContactSection(out, records, '四、网络安全负责人和24小时应急联系人');

  out.section('五、联系人');
  // Everyone not listed above, so no one is printed twice.
  const contacts = records.people.filter((p) => !key.includes(p) && !SECURITY_CONTACT_ROLES.some(({ role }) => p.roles.includes(role)));
  out.paragraph(`单位联系电话：${orDash(unit?.phone)}　　电子邮箱：${orDash(unit?.email)}`, { size: 10 });
  if (contacts.length > 0)
    out.table({
      columns: [
        { title: PERSON_LABELS.name, width: 2.5 },
        { title: PERSON_LABELS.roles, width: 4 },
        { title: PERSON_LABELS.title, width: 3 },
        { title: PERSON_LABELS.mobile, width: 3 },
      ],
      rows: contacts.map((p) => [p.name, p.roles.length ? p.roles.join('、') : '—', orDash(p.title), orDash(p.mobile)]),
    });

  idcRoomSection(out, records, '六、机房');

  out.section('七、服务器', '第八条：服务器联网三十日内办理备案');
  const pending = records.servers.map((s) => filingDue(s, today)).filter((d) => d !== null);
  const overdue = pending.filter((d) => d.daysLeft < 0).length;
  out.paragraph(
    `服务器共 ${records.servers.length} 台：已备案 ${records.servers.length - pending.length} 台，未备案 ${pending.length} 台` +
      (overdue > 0 ? `（其中已逾期 ${overdue} 台）` : '') +
      '。明细见《服务器登记表》。',
    { size: 10 },
  );

  out.section('八、信息网络安全小组', '第十条；第十三条（一）');
  const group = records.securityGroup;
  const row = complianceRow(records.compliance, '第十条');
  const leader = group?.leaderId ? records.people.find((p) => p.id === group.leaderId) : undefined;
  out.table({
    columns: [
      { title: '项目', width: 2 },
      { title: '内容', width: 6 },
    ],
    rows: [
      ['安全小组形式', group ? GROUP_MODE_LABELS[group.mode] + (group.mode === 'idc' && group.idcRoomName ? `（${group.idcRoomName}）` : '') : '尚未登记'],
      ['组长', orDash(leader?.name)],
      ['成员人数', group ? `${group.members.length} 人` : '—'],
      ['成立日期', orDash(group?.establishedOn)],
      ...(row ? [['状态', [`${rowStateText(row)}：${row.message}`, ...row.details.map((d) => `· ${d.text}`)].join('\n')]] : []),
    ],
    size: 10,
  });

  out.paragraph('本单位承诺以上所填信息真实、准确、完整；备案资料有变更的，于每月二十日前向公安机关报送（第十三条（三））。', {
    size: 10,
    after: 10,
  });
  out.signatures([{ label: '法定代表人（签字）' }, { label: '单位（盖章）' }]);
  return out.list;
}

export function build(records: FilingRecords, opts: BuildOptions): PdfLayout {
  const doc = newLayout(records, opts, TITLE);
  layoutBlocks(doc, blocks(records, opts));
  return doc;
}

export function textFields(records: FilingRecords, out: TextFields): void {
  const u = records.unit;
  if (u) {
    out.add('单位', UNIT_LABELS.name, u.name);
    out.add('单位', UNIT_LABELS.creditCode, u.creditCode);
    out.add('单位', UNIT_LABELS.registeredAddress, u.registeredAddress);
    out.add('单位', UNIT_LABELS.officeAddress, u.officeAddress);
    out.add('单位', UNIT_LABELS.phone, u.phone);
    out.add('单位', UNIT_LABELS.email, u.email);
  }
  records.licenses.forEach((l, i) => {
    const rec = `证照 #${i + 1}`;
    out.add(rec, '证照名称', l.title);
    out.add(rec, '证照编号', l.number);
    out.add(rec, '发证机关', l.issuer);
  });
  for (const p of records.people) {
    const rec = personRecordLabel(records, p.id);
    out.add(rec, PERSON_LABELS.name, p.name);
    out.add(rec, PERSON_LABELS.idNumber, p.idNumber);
    out.add(rec, PERSON_LABELS.mobile, p.mobile);
    out.add(rec, PERSON_LABELS.title, p.title);
  }
  out.add('信息网络安全小组', 'IDC机房名称', records.securityGroup?.idcRoomName);
  records.idcRooms.forEach((r, i) => {
    const rec = `机房 #${i + 1}`;
    out.add(rec, IDC_ROOM_LABELS.name, r.name);
    out.add(rec, IDC_ROOM_LABELS.address, r.address);
    out.add(rec, IDC_ROOM_LABELS.operator, r.operator);
    out.add(rec, IDC_ROOM_LABELS.upstream, r.upstream);
    out.add(rec, IDC_ROOM_LABELS.bandwidth, r.bandwidth);
    out.add(rec, IDC_ROOM_LABELS.contactName, r.contactName);
  });
}
