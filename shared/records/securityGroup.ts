import { z } from 'zod';
import { validatePhone } from '../identity/phone';
import { optionalIsoDate, isoDate } from './dates';
import { optionalText, validatedString } from './fieldRules';

/** 组内职责 of a member of the 信息网络安全小组 (第十条: 法定代表人或主要负责人、网络管理人员、安全员). */
export const GROUP_DUTIES = ['组长', '网络管理员', '安全员'] as const;
export type GroupDuty = (typeof GROUP_DUTIES)[number];

/** How the unit meets 第十条: its own group, or (≤ 20 servers) the IDC room's group. */
export const GROUP_MODES = ['own', 'idc'] as const;
export const GROUP_MODE_LABELS = { own: '本单位自建安全小组', idc: '由IDC机房信息网络安全小组统一负责' } as const;

export const SECURITY_GROUP_LABELS = {
  mode: '安全小组形式',
  idcRoomName: 'IDC机房名称',
  establishedOn: '成立日期',
  leaderId: '组长',
  members: '成员',
  memberName: '姓名',
  duty: '组内职责',
  phone: '联系电话',
  protectionPolicy: '安全保护制度',
  trainings: '培训记录',
  trainingDate: '培训日期',
  trainingTopic: '培训内容',
  attendees: '参加人员',
} as const;

export const groupMemberSchema = z.object({
  personId: z.string().min(1, '请选择成员'),
  duty: z.enum(GROUP_DUTIES, { error: `请选择${SECURITY_GROUP_LABELS.duty}` }),
  phone: validatedString(validatePhone, { optional: true }).default(''),
});

export const trainingSchema = z.object({
  date: isoDate(SECURITY_GROUP_LABELS.trainingDate),
  topic: z.string().trim().min(1, '请填写培训内容').max(200),
  attendeeIds: z.array(z.string()).default([]),
});

export const securityGroupFields = z.object({
  mode: z.enum(GROUP_MODES).default('own'),
  idcRoomName: optionalText(SECURITY_GROUP_LABELS.idcRoomName, 100),
  establishedOn: optionalIsoDate(SECURITY_GROUP_LABELS.establishedOn),
  leaderId: z.string().default(''),
  members: z.array(groupMemberSchema).max(200).default([]),
  protectionPolicy: optionalText(SECURITY_GROUP_LABELS.protectionPolicy, 20000),
  trainings: z.array(trainingSchema).max(1000).default([]),
});

export function securityGroupRules<T extends z.output<typeof securityGroupFields>>(g: T, ctx: z.RefinementCtx): T {
  if (g.mode === 'idc' && g.idcRoomName === '') {
    ctx.addIssue({ code: 'custom', path: ['idcRoomName'], message: '请填写负责本单位的IDC机房名称' });
  }
  const seen = new Set<string>();
  g.members.forEach((m, i) => {
    if (seen.has(m.personId)) ctx.addIssue({ code: 'custom', path: ['members', i, 'personId'], message: '同一人员不能重复列为成员' });
    seen.add(m.personId);
  });
  return g;
}

export const securityGroupSchema = securityGroupFields.transform(securityGroupRules);
export type SecurityGroupInput = z.input<typeof securityGroupFields>;
export type SecurityGroup = z.output<typeof securityGroupFields>;

export const storedSecurityGroupSchema = z.object({
  mode: z.enum(GROUP_MODES),
  idcRoomName: z.string(),
  establishedOn: z.string(),
  leaderId: z.string(),
  members: z.array(z.object({ personId: z.string(), duty: z.enum(GROUP_DUTIES), phone: z.string() })),
  protectionPolicy: z.string(),
  trainings: z.array(z.object({ date: z.string(), topic: z.string(), attendeeIds: z.array(z.string()) })),
  updatedAt: z.string(),
});
export type StoredSecurityGroup = z.infer<typeof storedSecurityGroupSchema>;
