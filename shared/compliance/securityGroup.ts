import type { StoredPerson } from '../records/person';
import { SECURITY_GROUP_LABELS, type GroupDuty } from '../records/securityGroup';
import type { ComplianceRow } from './summary';
import { buildRow, type Finding } from './finding';
import type { ComplianceInput } from './input';

/** 第十条: more than this many servers and the unit needs its own 信息网络安全小组. */
export const OWN_GROUP_THRESHOLD = 20;

type Group = ComplianceInput['securityGroup'];

/** 第十条: the group is led by the unit's 法定代表人 or a 主要负责人. */
export function qualifiesAsLeader(person: Pick<StoredPerson, 'roles'>): boolean {
  return person.roles.includes('法定代表人') || person.roles.includes('主要负责人');
}

/** The members with `duty` whose person is still on record: a removed person no longer counts. */
export function membersWithDuty<M extends { personId: string | undefined; duty: string | undefined }>(
  members: readonly M[],
  duty: GroupDuty,
  known: { has(personId: string): boolean },
): M[] {
  return members.filter((m) => m.duty === duty && !!m.personId && known.has(m.personId));
}

/**
 * What an own group still lacks (第十条第二款): a leader who is the 法定代表人 or a 主要负责人, a member
 * with duty 网络管理员, one with duty 安全员, and the 安全保护制度.
 */
export function ownGroupGaps(group: Group, people: readonly StoredPerson[], status: Finding['status']): Finding[] {
  if (!group) return [{ status, text: '尚未登记信息网络安全小组' }];
  const gaps: string[] = [];
  const leader = group.leaderId ? people.find((p) => p.id === group.leaderId) : undefined;
  if (!group.leaderId) gaps.push('尚未指定组长（须为法定代表人或主要负责人）');
  else if (!leader) gaps.push('组长不在人员名单中（可能已被删除），请重新指定');
  else if (!qualifiesAsLeader(leader)) gaps.push(`组长${leader.name}不是法定代表人或主要负责人`);
  const known = new Set(people.map((p) => p.id));
  const hasDuty = (duty: GroupDuty) => membersWithDuty(group.members, duty, known).length > 0;
  if (!hasDuty('网络管理员')) gaps.push(`缺少${SECURITY_GROUP_LABELS.duty}为网络管理员的成员`);
  if (!hasDuty('安全员')) gaps.push(`缺少${SECURITY_GROUP_LABELS.duty}为安全员的成员`);
  if (group.protectionPolicy.trim() === '') gaps.push(`尚未填写${SECURITY_GROUP_LABELS.protectionPolicy}`);
  return gaps.map((text) => ({ status, text }));
}

const REQUIRED = '须自行成立信息网络安全小组：由法定代表人或主要负责人任组长，并有网络管理员和安全员，建立安全保护制度';

/**
 * 第十条: more than 20 servers ⇒ an own group, complete (red otherwise). 20 or fewer ⇒ either a complete own
 * group or the IDC room's group named; an incomplete own group is then amber, since the IDC room's group
 * could cover the unit instead.
 */
export function article10Row(input: ComplianceInput): ComplianceRow {
  const head = { article: '第十条', topic: '信息网络安全小组', screen: 'securityGroup' } as const;
  const count = input.servers.length;
  const group = input.securityGroup;
  if (count > OWN_GROUP_THRESHOLD) {
    const findings =
      group?.mode === 'idc'
        ? [{ status: 'error' as const, text: `服务器超过二十台，不能由IDC机房信息网络安全小组统一负责，须自行成立` }, ...ownGroupGaps(group, input.people, 'error')]
        : ownGroupGaps(group, input.people, 'error');
    return buildRow(head, findings, {
      ok: `共 ${count} 台服务器（超过二十台），已自行成立信息网络安全小组，组长、网络管理员、安全员和安全保护制度齐全`,
      problem: `共 ${count} 台服务器，超过二十台：${REQUIRED}`,
    });
  }
  if (group?.mode === 'idc') {
    const named = group.idcRoomName.trim();
    return buildRow(head, named ? [] : [{ status: 'warn', text: `未填写${SECURITY_GROUP_LABELS.idcRoomName}` }], {
      ok: `共 ${count} 台服务器（不超过二十台），由IDC机房“${named}”信息网络安全小组统一负责`,
      problem: `共 ${count} 台服务器（不超过二十台）：请填写统一负责本单位的IDC机房名称`,
    });
  }
  const gaps = ownGroupGaps(group, input.people, 'warn');
  return buildRow(head, gaps, {
    ok: `共 ${count} 台服务器，已自行成立信息网络安全小组，组长、网络管理员、安全员和安全保护制度齐全`,
    problem: group
      ? `自建信息网络安全小组尚不完整；共 ${count} 台服务器（不超过二十台），也可改为由IDC机房信息网络安全小组统一负责`
      : `共 ${count} 台服务器（不超过二十台）：请登记自建的信息网络安全小组，或填写统一负责本单位的IDC机房`,
  });
}

/** 第十三条（一）: an IDC room provider has its own group, whatever its server count. */
export function article13GroupRow(input: ComplianceInput): ComplianceRow {
  const group = input.securityGroup;
  const findings =
    group?.mode === 'idc'
      ? [{ status: 'error' as const, text: 'IDC机房服务单位不能由其他机房的安全小组负责，须自行成立' }, ...ownGroupGaps(group, input.people, 'error')]
      : ownGroupGaps(group, input.people, 'error');
  return buildRow({ article: '第十三条（一）', topic: 'IDC机房信息网络安全小组', screen: 'securityGroup' }, findings, {
    ok: '已成立IDC机房信息网络安全小组，组长、网络管理员、安全员和安全保护制度齐全',
    problem: `IDC机房服务单位${REQUIRED}`,
  });
}
