import type { StoredPerson } from '../records/person';
import { buildRow, type Finding } from './finding';
import type { ComplianceRow } from './summary';

/**
 * 《网络安全法》 as amended on 2025-10-28 (in force 2026-01-01): the decision inserted new articles 3 and 20, so the
 * network operator's duties of the 2017 article 21 are now article 23 (the decision's own penalty clause, new
 * article 61, cites "本法第二十三条、第二十七条" for the former 21 and 25).
 */
export const SECURITY_OFFICER_ARTICLE = '《网络安全法》第二十三条';
export const SECURITY_OFFICER_SOURCE = '《网络安全法》第二十三条第（一）项：确定网络安全负责人（2025年修正，2026年1月1日施行；2017年文本为第二十一条）';

/** The two roles and why each is asked for (01 prints them in this order). */
export const SECURITY_CONTACT_ROLES = [
  { role: '网络安全负责人', why: SECURITY_OFFICER_SOURCE },
  { role: '24小时应急联系人', why: '第十三条（二）（五）：专人二十四小时值班、安全事件及时上报，公安机关须能随时联系到本单位' },
] as const;

/**
 * 网络安全负责人 (《网络安全法》第二十三条（一）) and 24小时应急联系人 (第十三条（二）（五）: the police reach the unit at any
 * hour): each held by at least one person, with a 手机号码. Both are required for the filing.
 */
export function securityContactFindings(people: readonly StoredPerson[]): Finding[] {
  const findings: Finding[] = [];
  for (const { role, why } of SECURITY_CONTACT_ROLES) {
    const holders = people.filter((p) => p.roles.includes(role));
    if (holders.length === 0) {
      findings.push({ status: 'error', text: `尚未确定${role}：请在“人员”中为一位人员勾选该角色并填写手机号码（${why}）`, short: `尚未确定${role}` });
      continue;
    }
    for (const p of holders.filter((h) => h.mobile === '')) {
      findings.push({ status: 'error', text: `${p.name}（${role}）未填写手机号码`, short: `${role}未填写手机号码`, recordId: p.id });
    }
  }
  return findings;
}

export function securityContactsRow(people: readonly StoredPerson[]): ComplianceRow {
  const names = (role: string) => people.filter((p) => p.roles.includes(role as StoredPerson['roles'][number])).map((p) => p.name).join('、');
  return buildRow({ article: SECURITY_OFFICER_ARTICLE, topic: '网络安全负责人和24小时应急联系人', screen: 'people' }, securityContactFindings(people), {
    ok: `网络安全负责人${names('网络安全负责人')}、24小时应急联系人${names('24小时应急联系人')}已确定，手机号码已填写`,
  });
}
