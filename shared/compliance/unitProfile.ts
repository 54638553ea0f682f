import { UNIT_LABELS } from '../records/unit';
import type { ComplianceRow } from './summary';
import { buildRow, type Finding } from './finding';
import type { ComplianceInput } from './input';

/** What a filing (备案登记) needs of the unit profile itself. */
export function unitProfileFindings(unit: ComplianceInput['unit']): Finding[] {
  if (!unit) return [{ status: 'error', text: '尚未填写单位信息' }];
  const missing: string[] = [];
  if (unit.name.trim() === '') missing.push(UNIT_LABELS.name);
  if (unit.creditCode.trim() === '') missing.push(UNIT_LABELS.creditCode);
  if (unit.roles.length === 0) missing.push(UNIT_LABELS.roles);
  if (unit.registeredAddress.trim() === '' && unit.officeAddress.trim() === '') missing.push(`${UNIT_LABELS.registeredAddress}或${UNIT_LABELS.officeAddress}`);
  if (unit.phone.trim() === '') missing.push(UNIT_LABELS.phone);
  return missing.map((label) => ({ status: 'error', text: `未填写${label}` }));
}

const TOPICS = {
  第二条: 'IDC机房服务单位提交备案资料',
  第十一条: '域名注册服务单位备案登记',
} as const;

/** 第二条 (IDC机房服务单位) and 第十一条 (域名注册服务单位): the unit files, so its profile must be complete. */
export function unitProfileRow(article: keyof typeof TOPICS, unit: ComplianceInput['unit']): ComplianceRow {
  const findings = unitProfileFindings(unit);
  const problem = !unit ? '尚未填写单位信息' : `单位信息不完整，未填写：${findings.map((f) => f.text.replace(/^未填写/, '')).join('、')}`;
  return buildRow({ article, topic: TOPICS[article], screen: 'unit' }, findings, {
    ok: '单位名称、统一社会信用代码、单位类型、地址和联系电话已填写',
    problem,
  });
}
