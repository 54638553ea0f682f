import { PERSON_LABELS, type PersonRole, type StoredPerson } from '../records/person';
import type { ComplianceRow } from './summary';
import { buildRow, type Finding } from './finding';
import { keyPeopleIdValidityFindings, sharedScanFindings } from './idValidity';

const KEY_ROLES: readonly PersonRole[] = ['法定代表人', '主要负责人'];

/**
 * 第九条（一）: the valid ID documents of the 法定代表人 (exactly one) and of the 主要负责人 (at least one).
 * Missing front or back scans are red, not amber: 第九条（二） asks for the originals as standard electronic
 * images, so without them the filing cannot be submitted at all. People are named by name, never by ID number.
 */
export function keyPeopleFindings(people: readonly StoredPerson[]): Finding[] {
  const findings: Finding[] = [];
  const legal = people.filter((p) => p.roles.includes('法定代表人'));
  const main = people.filter((p) => p.roles.includes('主要负责人'));
  if (legal.length === 0) findings.push({ status: 'error', text: '尚未登记法定代表人（须有且只有一位）' });
  if (legal.length > 1) {
    findings.push({
      status: 'error',
      text: `登记了 ${legal.length} 位法定代表人（${legal.map((p) => p.name).join('、')}），只能有一位`,
      short: `登记了 ${legal.length} 位法定代表人，只能有一位`,
    });
  }
  if (main.length === 0) findings.push({ status: 'error', text: '尚未登记主要负责人（至少一位）' });

  for (const p of people) {
    const roles = KEY_ROLES.filter((r) => p.roles.includes(r));
    if (roles.length === 0) continue;
    const missing = [p.idFront ? null : PERSON_LABELS.idFront, p.idBack ? null : PERSON_LABELS.idBack].filter((x) => x !== null);
    if (missing.length === 0) continue;
    findings.push({
      status: 'error',
      text: `${p.name}（${roles.join('、')}）：缺少${missing.join('、')}扫描件`,
      short: `${roles[0]}证件扫描件不全`,
      recordId: p.id,
    });
  }
  return findings;
}

export function article9PeopleRow(people: readonly StoredPerson[], today?: string): ComplianceRow {
  const legal = people.find((p) => p.roles.includes('法定代表人'));
  const main = people.filter((p) => p.roles.includes('主要负责人')).map((p) => p.name);
  return buildRow({ article: '第九条', topic: '法定代表人和主要负责人身份证件', screen: 'people' }, [
    ...keyPeopleFindings(people),
    ...(today ? keyPeopleIdValidityFindings(people, today) : []),
    ...sharedScanFindings(people),
  ], {
    ok: `法定代表人${legal?.name ?? ''}、主要负责人${main.join('、')}已登记，证件正反面扫描件齐全`,
  });
}
