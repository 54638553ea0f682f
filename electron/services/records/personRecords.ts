import type { Database } from 'sql.js';
import { ApiError } from '../../../shared/api/errors';
import { hkMacauPermitHolderKey, validateIdentity, PERSON_ID_TYPES } from '../../../shared/identity';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { derivedPersonFacts, storedPersonSchema, type Person, type StoredPerson } from '../../../shared/records/person';
import type { StoredSecurityGroup } from '../../../shared/records/securityGroup';
import { storedServerSchema } from '../../../shared/records/server';
import { all, one } from '../../storage/rows';
import { readOverrides, readSettings } from '../dutyRoster/docs';
import { readAll, type RecordKind } from '../recordRepository';

/** Two records of the same document: a 回乡证 keeps its letter and first 8 digits across renewals (docs/ID-FORMATS.md). */
function documentKey(p: Pick<StoredPerson, 'idType' | 'idNumber' | 'idCountry'>): string {
  if (p.idType === '港澳居民来往内地通行证') return `${p.idType}|${hkMacauPermitHolderKey(p.idNumber)}`;
  if (p.idType === '护照') return `${p.idType}|${p.idCountry}|${p.idNumber}`;
  return `${p.idType}|${p.idNumber}`;
}

/**
 * Where the 值班表 still counts on this person: the 轮换 (every month generated from now on would give them
 * shifts), and 替班 or 顶班 (a 请假 they cover) from today on (China Standard Time). Past 调班 are history and
 * do not block: like past generated shifts, they show the person as removed.
 */
function rosterUses(db: Database, personId: string): string[] {
  const uses: string[] = [];
  if (readSettings(db)?.rotation.includes(personId)) uses.push('轮换');
  const today = todayInShanghai();
  const dates = new Set<string>();
  for (const o of readOverrides(db)) {
    if (o.kind === 'swap' || o.date < today) continue;
    if ((o.kind === 'replace' && o.personId === personId) || (o.kind === 'leave' && o.coveredBy === personId)) dates.add(o.date);
  }
  const sorted = [...dates].sort();
  if (sorted.length > 0) uses.push(`替班（${sorted.slice(0, 3).join('、')}${sorted.length > 3 ? ' 等' : ''}）`);
  return uses;
}

export const personRecords: RecordKind<Person, StoredPerson> = {
  kind: 'person',
  title: '人员',
  toStored: (input, id) => {
    const { id: _ignored, ...fields } = input as Person & { id?: string };
    // 签发国家 belongs to passports only; a country left over from switching 证件类型 is dropped.
    const idCountry = fields.idType === '护照' ? fields.idCountry : '';
    const check = validateIdentity(PERSON_ID_TYPES[fields.idType], fields.idNumber, idCountry ? { country: idCountry } : {});
    return storedPersonSchema.parse({
      ...fields,
      idCountry,
      id,
      ...derivedPersonFacts(fields.idType, fields.idNumber),
      idWarning: check.ok ? (check.warning ?? '') : '',
    });
  },
  parseStored: (data) => storedPersonSchema.parse(data),
  attachments: (p) => [
    ...(p.idFront ? [{ field: 'idFront', sha256: p.idFront }] : []),
    ...(p.idBack ? [{ field: 'idBack', sha256: p.idBack }] : []),
  ],
  // Messages name neither the person nor the number: they may reach logs and screenshots.
  check: (db, person) => {
    const key = documentKey(person);
    const twin = readAll(db, personRecords).find((p) => p.id !== person.id && documentKey(p) === key);
    if (twin) throw new ApiError('VALIDATION', `证件号码：这个${person.idType}号码已登记给另一位人员，同一证件不能登记两次`, 'idNumber');
  },
  checkRemove: (db, person) => {
    const users: string[] = [];
    const group = one<{ data: string }>(db, "SELECT data FROM record WHERE kind = 'securityGroup' AND id = 'main'");
    if (group) {
      const g = JSON.parse(group.data) as StoredSecurityGroup;
      if (g.leaderId === person.id) users.push('信息网络安全小组组长');
      else if (g.members.some((m) => m.personId === person.id)) users.push('信息网络安全小组成员');
    }
    const servers = all<{ data: string }>(db, "SELECT data FROM record WHERE kind = 'server'")
      .map((r) => storedServerSchema.parse(JSON.parse(r.data)))
      .filter((s) => s.managers.some((m) => m.kind === 'person' && m.personId === person.id));
    if (servers.length > 0) users.push(`服务器管理人员（${servers.slice(0, 3).map((s) => s.assetNo).join('、')}${servers.length > 3 ? ' 等' : ''}）`);
    const roster = rosterUses(db, person.id);
    if (users.length === 0 && roster.length === 0) return;
    const reasons = [
      ...(users.length > 0 ? [`此人仍是${users.join('、')}`] : []),
      ...(roster.length > 0 ? [`该人员仍在值班表的${roster.join('和')}中`] : []),
    ];
    const fix = roster.length === 0 ? '请先在相应页面更换后再删除' : users.length === 0 ? '请先在值班表中调整' : '请先在相应页面和值班表中调整后再删除';
    throw new ApiError('VALIDATION', `不能删除：${reasons.join('；')}；${fix}`);
  },
};
