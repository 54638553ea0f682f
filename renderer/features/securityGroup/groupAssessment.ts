import { membersWithDuty, OWN_GROUP_THRESHOLD, qualifiesAsLeader } from '../../../shared/compliance/securityGroup';
import type { StoredPerson } from '../../../shared/records/person';
import type { GroupFormValues } from './groupForm';

export interface Check {
  label: string;
  ok: boolean;
  detail: string;
}

export interface GroupAssessment {
  /** What the regulation requires of this unit, said once at the top of the screen: "本单位登记服务器 21 台，超过二十台，须自建信息网络安全小组（第十条）" */
  serverRule: string;
  needsOwnGroup: boolean;
  /** Set when the chosen 安全小组形式 is not open to this unit. */
  modeProblem: string | null;
  /** Set when the 组长 is neither 法定代表人 nor 主要负责人. */
  leaderWarning: string | null;
  checks: Check[];
  /** What is still missing, in words; empty when the group meets 第十条. */
  missing: string[];
}

export function serverRuleText(count: number): string {
  return count > OWN_GROUP_THRESHOLD
    ? `本单位登记服务器 ${count} 台，超过二十台，须自建信息网络安全小组（第十条）`
    : `本单位登记服务器 ${count} 台，未超过二十台，可由IDC机房信息网络安全小组统一负责，也可自建（第十条）`;
}

/** 第十三条（一）: a unit that provides IDC room services has its own group, whatever its server count. */
export const IDC_PROVIDER_RULE = '本单位为IDC机房服务单位，须自行成立IDC机房信息网络安全小组（第十三条（一））';

/** The group as entered, against 第十条: leader, 网络管理员, 安全员, protection policy — or the IDC room's group. */
export function assessGroup(
  v: GroupFormValues,
  people: ReadonlyMap<string, StoredPerson>,
  serverCount: number,
  isIdcProvider = false,
): GroupAssessment {
  const tooMany = serverCount > OWN_GROUP_THRESHOLD;
  const needsOwnGroup = tooMany || isIdcProvider;
  // An IDC room provider has no choice (第十三条（一）): the ≤ 20 servers option of 第十条 is not said to it.
  const serverRule = isIdcProvider ? `本单位登记服务器 ${serverCount} 台；${IDC_PROVIDER_RULE}` : serverRuleText(serverCount);
  const modeProblem =
    v.mode !== 'idc'
      ? null
      : tooMany
        ? `服务器超过二十台（${serverCount} 台），不能由IDC机房安全小组统一负责，须自建信息网络安全小组（第十条）`
        : isIdcProvider
          ? `${IDC_PROVIDER_RULE}，不能由其他机房的安全小组负责`
          : null;

  if (v.mode === 'idc') {
    const checks: Check[] = [
      { label: '服务器不超过二十台', ok: !tooMany, detail: `${serverCount} 台` },
      ...(isIdcProvider ? [{ label: '本单位不是IDC机房服务单位', ok: false, detail: '第十三条（一）' }] : []),
      { label: 'IDC机房名称', ok: v.idcRoomName.trim() !== '', detail: v.idcRoomName.trim() || '未填写' },
    ];
    return { serverRule, needsOwnGroup, modeProblem, leaderWarning: null, checks, missing: checks.filter((c) => !c.ok).map((c) => c.label) };
  }

  const leader = v.leaderId ? people.get(v.leaderId) : undefined;
  const leaderQualified = !!leader && qualifiesAsLeader(leader);
  const leaderWarning =
    leader && !leaderQualified
      ? `所选组长（${leader.roles.length > 0 ? leader.roles.join('、') : '未登记角色'}）不是法定代表人或主要负责人；第十条要求小组由单位法人代表（或主要负责人）牵头`
      : null;
  // The same rules as the 概览's 第十条 row (ownGroupGaps), in the screen's words.
  const admins = membersWithDuty(v.members, '网络管理员', people);
  const officers = membersWithDuty(v.members, '安全员', people);
  const checks: Check[] = [
    {
      label: '组长（法定代表人或主要负责人）',
      ok: leaderQualified,
      detail: leader ? `${leader.name}（${leader.roles.join('、') || '未登记角色'}）` : '未选择',
    },
    { label: '网络管理员', ok: admins.length > 0, detail: admins.length > 0 ? `${admins.length} 人` : '无' },
    { label: '安全员', ok: officers.length > 0, detail: officers.length > 0 ? `${officers.length} 人` : '无' },
    { label: '安全保护制度', ok: v.protectionPolicy.trim() !== '', detail: v.protectionPolicy.trim() ? '已填写' : '未填写' },
  ];
  return { serverRule, needsOwnGroup, modeProblem, leaderWarning, checks, missing: checks.filter((c) => !c.ok).map((c) => c.label) };
}
