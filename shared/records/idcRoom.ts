// 机房 (IDC room): where the unit's servers stand, who runs the room, its upstream network provider and its
// declared IP地址段. A 服务器 belongs to one room (server.roomId); an IP outside every block of its room is a reminder.
import { z } from 'zod';
import { validatePhone } from '../identity/phone';
import { cidrsOverlap, parseCidr, validateCidr } from '../network/cidr';
import { optionalText, requiredText, validatedString } from './fieldRules';

export const IDC_ROOM_LABELS = {
  name: '机房名称',
  address: '机房地址',
  operator: '机房运营单位',
  upstream: '接入服务商',
  bandwidth: '出口带宽',
  ipBlocks: 'IP地址段',
  contactName: '机房联系人',
  contactPhone: '机房联系电话',
} as const;

export const idcRoomFields = z.object({
  name: requiredText(IDC_ROOM_LABELS.name, 100),
  address: requiredText(IDC_ROOM_LABELS.address, 200),
  /** Empty: the room is run by the unit itself. */
  operator: optionalText(IDC_ROOM_LABELS.operator, 100),
  upstream: optionalText(IDC_ROOM_LABELS.upstream, 100),
  bandwidth: optionalText(IDC_ROOM_LABELS.bandwidth, 50),
  ipBlocks: z.array(validatedString(validateCidr)).max(256, `${IDC_ROOM_LABELS.ipBlocks}最多256个`).default([]),
  contactName: optionalText(IDC_ROOM_LABELS.contactName, 50),
  contactPhone: validatedString(validatePhone, { optional: true }).default(''),
});

/** A block listed twice, or inside another block of the same room, is named on the later one. */
export function idcRoomRules<T extends z.output<typeof idcRoomFields>>(r: T, ctx: z.RefinementCtx): T {
  const parsed = r.ipBlocks.map((b) => parseCidr(b));
  parsed.forEach((block, i) => {
    if (!block) return;
    const j = parsed.findIndex((other, k) => k < i && other !== null && cidrsOverlap(other, block));
    if (j >= 0) {
      const same = r.ipBlocks[j] === r.ipBlocks[i];
      ctx.addIssue({
        code: 'custom',
        path: ['ipBlocks', i],
        message: same ? `${IDC_ROOM_LABELS.ipBlocks}重复：${r.ipBlocks[i]}` : `${IDC_ROOM_LABELS.ipBlocks} ${r.ipBlocks[i]} 与 ${r.ipBlocks[j]} 重叠，请只保留较大的一段`,
      });
    }
  });
  if (r.contactPhone !== '' && r.contactName === '') {
    ctx.addIssue({ code: 'custom', path: ['contactName'], message: `填写了${IDC_ROOM_LABELS.contactPhone}，请同时填写${IDC_ROOM_LABELS.contactName}` });
  }
  return r;
}

export const idcRoomSchema = idcRoomFields.transform(idcRoomRules);
export type IdcRoomInput = z.input<typeof idcRoomFields>;
export type IdcRoom = z.output<typeof idcRoomFields>;

export const storedIdcRoomSchema = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  operator: z.string(),
  upstream: z.string(),
  bandwidth: z.string(),
  ipBlocks: z.array(z.string()),
  contactName: z.string(),
  contactPhone: z.string(),
});
export type StoredIdcRoom = z.infer<typeof storedIdcRoomSchema>;

/** What 01 prints for 机房运营单位: the operator, or the unit itself when none is named. */
export const roomOperator = (room: Pick<StoredIdcRoom, 'operator'>, unitName: string) => room.operator || `${unitName || '本单位'}（自营）`;
