import { ApiError } from '../../../shared/api/errors';
import { hkMacauPermitHolderKey, validateIdentity, PERSON_ID_TYPES } from '../../../shared/identity';
import { derivedPersonFacts, storedPersonSchema, type Person, type StoredPerson } from '../../../shared/records/person';
import type { StoredSecurityGroup } from '../../../shared/records/securityGroup';
import { storedServerSchema } from '../../../shared/records/server';
import { all, one } from '../../storage/rows';
import { readAll, type RecordKind } from '../recordRepository';

/** Two records of the same document: a 回乡证 keeps its letter and first 8 digits across renewals (ID-FORMATS.md). */
function documentKey(p: Pick<StoredPerson, 'idType' | 'idNumber' | 'idCountry'>): string {
  if (p.idType === '港澳居民来往内地通行证') return `${p.idType}|${hkMacauPermitHolderKey(p.idNumber)}`;
  if (p.idType === '护照') return `${p.idType}|${p.idCountry}|${p.idNumber}`;
  return `${p.idType}|${p.idNumber}`;
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
    if (users.length > 0) throw new ApiError('VALIDATION', `不能删除：此人仍是${users.join('、')}；请先在相应页面更换后再删除`);
  },
};
