import { ApiError } from '../../../shared/api/errors';
import { validateIdentity, PERSON_ID_TYPES } from '../../../shared/identity';
import { derivedPersonFacts, storedPersonSchema, type Person, type StoredPerson } from '../../../shared/records/person';
import type { StoredSecurityGroup } from '../../../shared/records/securityGroup';
import { storedServerSchema } from '../../../shared/records/server';
import { all, one } from '../../storage/rows';
import { readAll, type RecordKind } from '../recordRepository';

export const personRecords: RecordKind<Person, StoredPerson> = {
  kind: 'person',
  title: '人员',
  toStored: (input, id) => {
    const { id: _ignored, ...fields } = input as Person & { id?: string };
    const check = validateIdentity(PERSON_ID_TYPES[fields.idType], fields.idNumber, fields.idCountry ? { country: fields.idCountry } : {});
    return storedPersonSchema.parse({
      ...fields,
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
  check: (db, person) => {
    const twin = readAll(db, personRecords).find((p) => p.id !== person.id && p.idType === person.idType && p.idNumber === person.idNumber);
    if (twin) throw new ApiError('VALIDATION', `证件号码：该${person.idType}已登记给另一位人员（${twin.name}）`, 'idNumber');
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
    if (users.length > 0) throw new ApiError('VALIDATION', `不能删除：${person.name}仍是${users.join('、')}；请先在相应页面更换`);
  },
};
