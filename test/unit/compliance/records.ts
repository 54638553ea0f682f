import type { ComplianceInput, ComplianceServer } from '../../../shared/compliance/input';
import type { ComplianceRow, ComplianceSummary } from '../../../shared/compliance/summary';
import { addDays } from '../../../shared/records/dates';
import type { StoredLicense } from '../../../shared/records/license';
import type { StoredPerson } from '../../../shared/records/person';
import type { UnitRole } from '../../../shared/records/unit';

/** Stored records for the pure rules: fictional, built around a fixed day. */
export const TODAY = '2026-03-15';
export const daysFromToday = (n: number) => addDays(TODAY, n);

export const CREDIT_CODE = '91350200MA2Y8K3L0G';
export const SCAN_A = 'a'.repeat(64);
export const SCAN_B = 'b'.repeat(64);

let seq = 0;
const nextId = (prefix: string) => `${prefix}-${++seq}`;

export function unit(roles: UnitRole[], over: Partial<NonNullable<ComplianceInput['unit']>> = {}): NonNullable<ComplianceInput['unit']> {
  return {
    name: '厦门示例数据科技有限公司',
    creditCode: CREDIT_CODE,
    roles,
    registeredAddress: '厦门市思明区示例路1号',
    officeAddress: '',
    phone: '0592-5551234',
    email: '',
    ...over,
  };
}

export function server(over: Partial<ComplianceServer> = {}): ComplianceServer {
  const id = over.id ?? nextId('server');
  return {
    id,
    assetNo: `SRV-${id}`,
    hostname: '',
    ips: [],
    rack: '',
    purposes: ['网站/虚拟空间'],
    onlineDate: daysFromToday(-100),
    filedOn: daysFromToday(-90),
    managers: [{ kind: 'person', personId: 'p-1' }],
    dnsMeasures: [],
    mailMeasures: [],
    gameLogStatement: '',
    ...over,
  };
}

export const servers = (n: number, over: Partial<ComplianceServer> = {}) => Array.from({ length: n }, () => server(over));

export function license(over: Partial<StoredLicense> = {}): StoredLicense {
  return {
    id: nextId('license'),
    kind: '营业执照',
    title: '',
    number: CREDIT_CODE,
    issuer: '厦门市市场监督管理局',
    validFrom: '2015-01-01',
    validTo: '',
    longTerm: true,
    scope: [],
    scans: [SCAN_A],
    ...over,
  };
}

export const telecomLicense = (over: Partial<StoredLicense> = {}) =>
  license({ kind: '电信业务经营许可证', number: '闽B1-20190001', issuer: '福建省通信管理局', scope: ['B11', 'B14'], longTerm: false, validTo: daysFromToday(1000), ...over });

export function person(name: string, roles: StoredPerson['roles'], over: Partial<StoredPerson> = {}): StoredPerson {
  return {
    id: nextId('person'),
    name,
    idType: '居民身份证',
    idNumber: '11010519491231002X',
    idCountry: '',
    mobile: '',
    title: '',
    roles,
    idFront: SCAN_A,
    idBack: SCAN_B,
    birthDate: '1949-12-31',
    sex: '女',
    idWarning: '',
    ...over,
  };
}

/** A complete own group around the given people: leader, 网络管理员, 安全员, policy. */
export function ownGroup(leader: StoredPerson, admin: StoredPerson, officer: StoredPerson): NonNullable<ComplianceInput['securityGroup']> {
  return {
    mode: 'own',
    idcRoomName: '',
    establishedOn: '2024-01-01',
    leaderId: leader.id,
    members: [
      { personId: leader.id, duty: '组长', phone: '' },
      { personId: admin.id, duty: '网络管理员', phone: '' },
      { personId: officer.id, duty: '安全员', phone: '' },
    ],
    protectionPolicy: '一、机房出入登记……',
    trainings: [],
  };
}

export function input(over: Partial<ComplianceInput> = {}): ComplianceInput {
  return { unit: null, licenses: [], people: [], securityGroup: null, servers: [], ...over };
}

/** The one row with this article (and topic, when an article has several rows). */
export function row(summary: ComplianceSummary, article: string, topic?: string): ComplianceRow {
  const found = summary.rows.filter((r) => r.article === article && (topic === undefined || r.topic.includes(topic)));
  if (found.length !== 1) throw new Error(`expected one row ${article} ${topic ?? ''}, found ${found.length}`);
  return found[0]!;
}

export const hasRow = (summary: ComplianceSummary, article: string) => summary.rows.some((r) => r.article === article);
