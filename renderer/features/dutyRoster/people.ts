import type { StoredPerson } from '../../../shared/records/person';

/** The name shown for a person removed from 人员 while still in the roster. */
export const MISSING_PERSON = '（已删除的人员）';
/** A slot nobody holds (请假 with nobody covering yet). */
export const NOBODY = '无人值班';

/**
 * Each person's colour on the roster: the same for as long as the person exists. Colours go by the order
 * people were added (人员 lists them that way), so adding someone never recolours the others; the name is
 * always written too, so colour is never the only signal.
 */
const PALETTE = ['#1677ff', '#52c41a', '#fa8c16', '#722ed1', '#13c2c2', '#eb2f96', '#a0d911', '#2f54eb', '#faad14', '#9254de', '#08979c', '#d4380d'];

export interface PeopleIndex {
  name(id: string): string;
  color(id: string): string;
  exists(id: string): boolean;
}

export function indexPeople(people: readonly StoredPerson[]): PeopleIndex {
  const byId = new Map(people.map((p, i) => [p.id, { name: p.name, color: PALETTE[i % PALETTE.length]! }]));
  return {
    name: (id) => (id === '' ? NOBODY : (byId.get(id)?.name ?? MISSING_PERSON)),
    color: (id) => byId.get(id)?.color ?? '#ff4d4f',
    exists: (id) => id !== '' && byId.has(id),
  };
}

/** People for the pickers: 值班人员 first (the role this roster is for), then everyone else. */
export function personOptions(people: readonly StoredPerson[], exclude: readonly string[] = []) {
  const onDuty = people.filter((p) => p.roles.includes('值班人员') && !exclude.includes(p.id));
  const others = people.filter((p) => !p.roles.includes('值班人员') && !exclude.includes(p.id));
  const groups = [];
  if (onDuty.length > 0) groups.push({ label: '值班人员', title: '值班人员', options: onDuty.map((p) => ({ value: p.id, label: p.name })) });
  if (others.length > 0) {
    groups.push({
      label: '其他人员',
      title: '其他人员',
      options: others.map((p) => ({ value: p.id, label: p.roles.length > 0 ? `${p.name}（${p.roles.join('、')}）` : p.name })),
    });
  }
  return groups;
}
