import { licenseExpiry, LICENSE_EXPIRY_WINDOW_DAYS } from '../records/license';
import { PERSON_LABELS, type StoredPerson } from '../records/person';
import type { Finding } from './finding';

const KEY_ROLES = ['法定代表人', '主要负责人'] as const;

/** An identity document is flagged as early as a 营业执照: both are renewed by the unit itself, without an application period. */
export const ID_EXPIRY_WINDOW_DAYS = LICENSE_EXPIRY_WINDOW_DAYS.营业执照;

/**
 * 第九条（一） asks for the 有效身份证件 of the 法定代表人 and 主要负责人: an expired one is red (the export stops), one
 * expiring within the licence window (the 营业执照's, ID_EXPIRY_WINDOW_DAYS) or with no 证件有效期至 typed is a reminder.
 */
export function keyPeopleIdValidityFindings(people: readonly StoredPerson[], today: string): Finding[] {
  const findings: Finding[] = [];
  for (const p of people) {
    const roles = KEY_ROLES.filter((r) => p.roles.includes(r));
    if (roles.length === 0) continue;
    const who = `${p.name}（${roles.join('、')}）`;
    const e = licenseExpiry({ kind: '营业执照', longTerm: p.idLongTerm, validTo: p.idValidTo }, today);
    if (e.state === 'expired') {
      findings.push({ status: 'error', text: `${who}的证件已于 ${p.idValidTo} 过期：第九条要求有效身份证件，请换证后更新证件号码和扫描件`, short: `${roles[0]}证件已过期`, recordId: p.id });
    } else if (e.state === 'expiring') {
      findings.push({ status: 'warn', text: `${who}的证件将于 ${p.idValidTo} 到期（${e.daysLeft} 天后，提醒期 ${ID_EXPIRY_WINDOW_DAYS} 天）`, short: `${roles[0]}证件即将到期`, recordId: p.id, due: p.idValidTo });
    } else if (e.state === 'unknown') {
      findings.push({ status: 'warn', text: `${who}未填写${PERSON_LABELS.idValidTo}（或勾选“长期”）`, short: `${roles[0]}未填写证件有效期`, recordId: p.id });
    }
  }
  return findings;
}

/** The same scan (same SHA-256) used as the ID scan of two different people: a mix-up, most likely. */
export function sharedScanFindings(people: readonly StoredPerson[]): Finding[] {
  const owners = new Map<string, StoredPerson[]>();
  for (const p of people) {
    for (const sha of new Set([p.idFront, p.idBack].filter(Boolean))) {
      owners.set(sha, [...(owners.get(sha) ?? []), p]);
    }
  }
  return [...owners.values()]
    .filter((list) => list.length > 1)
    .map((list) => ({
      status: 'warn' as const,
      text: `${list.map((p) => p.name).join('、')} 的证件扫描件是同一张图片：请核对，每人应上传本人的证件`,
      short: '两人使用了同一张证件扫描件',
      recordId: list[1]!.id,
    }));
}
