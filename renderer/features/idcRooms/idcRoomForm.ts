import type { FormRule } from 'antd';
import type { z } from 'zod';
import { validateCidr } from '../../../shared/network/cidr';
import { IDC_ROOM_LABELS, idcRoomFields, idcRoomRules, type IdcRoomInput, type StoredIdcRoom } from '../../../shared/records/idcRoom';
import { collectIssues, parseEachField } from '../../forms/collectIssues';
import { checkedBy } from '../../forms/formChrome';

/** The form: IP地址段 typed one block a line. */
export interface IdcRoomFormValues {
  name: string;
  address: string;
  operator: string;
  upstream: string;
  bandwidth: string;
  ipBlocks: string;
  contactName: string;
  contactPhone: string;
}
export type IdcRoomField = keyof IdcRoomFormValues;

export const EMPTY_IDC_ROOM: IdcRoomFormValues = {
  name: '',
  address: '',
  operator: '',
  upstream: '',
  bandwidth: '',
  ipBlocks: '',
  contactName: '',
  contactPhone: '',
};

const lines = (text: string) =>
  text
    .split(/[\n,，;；]+/)
    .map((l) => l.trim())
    .filter(Boolean);

export function toIdcRoomFormValues(r: StoredIdcRoom): IdcRoomFormValues {
  const { id: _id, ...values } = r;
  return { ...values, ipBlocks: r.ipBlocks.join('\n') };
}

export function completeIdcRoomValues(v: Partial<IdcRoomFormValues>): IdcRoomFormValues {
  return { ...EMPTY_IDC_ROOM, ...Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) };
}

export function toIdcRoomInput(v: IdcRoomFormValues): IdcRoomInput {
  return { ...v, ipBlocks: lines(v.ipBlocks) };
}

/** Each line of IP地址段 by the shared validator (with its line number), then the rules across blocks. */
function checkBlocks(text: string): string | null {
  const list = lines(text);
  for (const [i, line] of list.entries()) {
    const r = validateCidr(line);
    if (!r.ok) return list.length > 1 ? `第${i + 1}个地址段：${r.message}` : r.message;
  }
  return null;
}

export function checkIdcRoomField(field: IdcRoomField, values: IdcRoomFormValues): string | null {
  if (field === 'ipBlocks') {
    const own = checkBlocks(values.ipBlocks);
    if (own) return own;
  } else {
    const r = (idcRoomFields.shape[field] as z.ZodType).safeParse(values[field]);
    if (!r.success) return r.error.issues[0]?.message ?? `${IDC_ROOM_LABELS[field]}无效`;
  }
  const input = toIdcRoomInput(values);
  const all = parseEachField(idcRoomFields, { ...input }, { ...toIdcRoomInput(EMPTY_IDC_ROOM) });
  return collectIssues((ctx) => idcRoomRules(all, ctx)).find((i) => i.path[0] === field)?.message ?? null;
}

export function idcRoomFieldRules(field: IdcRoomField, values: () => IdcRoomFormValues): FormRule[] {
  return [checkedBy(() => checkIdcRoomField(field, values()))];
}
