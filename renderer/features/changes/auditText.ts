import { domainToUnicode } from '../../../shared/network/domain';
import { CUSTOMER_SPACE_LABELS, DOMAIN_LABELS } from '../../../shared/records/customerSpace';
import { DUTY_ROSTER_LABELS } from '../../../shared/records/dutyRoster';
import { IMAGE_PROFILE_LABELS } from '../../../shared/records/imageProfile';
import { INCIDENT_LABELS } from '../../../shared/records/incident';
import { LICENSE_LABELS } from '../../../shared/records/license';
import { LOG_SEAL_AUDIT_LABELS } from '../../../shared/records/logSeal';
import { PERSON_LABELS } from '../../../shared/records/person';
import { SECURITY_GROUP_LABELS } from '../../../shared/records/securityGroup';
import { SERVER_LABELS } from '../../../shared/records/server';
import { UNIT_LABELS } from '../../../shared/records/unit';
import { IDC_ROOM_LABELS } from '../../../shared/records/idcRoom';
import { DUTY_POLICY_LABELS } from '../../../shared/records/dutyPolicy';
import { formatBytes } from '../../format';
import { maskIdNumber } from '../../../shared/identity/idDisplay';
import { cstTime } from './reportText';

/** What each audited entity is called on screen, and its fields' labels (docs/LABELS.md). */
const ENTITIES: Record<string, { label: string; fields: Readonly<Record<string, string>> }> = {
  unit: { label: '单位信息', fields: UNIT_LABELS },
  license: { label: '证照', fields: LICENSE_LABELS },
  // birthDate, sex and idWarning are read from the ID number, not typed; they are audited with it.
  person: { label: '人员', fields: { ...PERSON_LABELS, birthDate: '出生日期', sex: '性别', idWarning: '证件号码提示' } },
  server: { label: '服务器', fields: SERVER_LABELS },
  securityGroup: { label: '信息网络安全小组', fields: SECURITY_GROUP_LABELS },
  dutyRoster: { label: '值班表', fields: DUTY_ROSTER_LABELS },
  dutyRosterMonth: { label: '值班表（月排班）', fields: { slots: '排班' } },
  dutyRosterOverride: { label: '值班表（调班）', fields: DUTY_ROSTER_LABELS },
  dutyRosterOverrides: { label: '值班表（调班）', fields: DUTY_ROSTER_LABELS },
  settings: { label: '设置', fields: { imageProfile: '电子图片标准', ...IMAGE_PROFILE_LABELS } },
  customerSpace: { label: '客户空间', fields: { ...CUSTOMER_SPACE_LABELS, ...DOMAIN_LABELS } },
  incident: { label: '安全事件', fields: INCIDENT_LABELS },
  logSeal: { label: '游戏日志封存', fields: LOG_SEAL_AUDIT_LABELS },
  idcRoom: { label: '机房', fields: IDC_ROOM_LABELS },
  dutyPolicy: { label: '值班制度', fields: DUTY_POLICY_LABELS },
};

/** Values kept in machine form (an instant in UTC, a byte count, an enum) as they read on screen. */
const VALUE_TEXT: Record<string, (v: string) => string> = {
  'logSeal.kind': (v) => ({ file: '文件', folder: '文件夹' })[v] ?? v,
  'logSeal.sealedAt': (v) => (Number.isNaN(Date.parse(v)) ? v : cstTime(v)),
  'logSeal.totalBytes': (v) => (/^\d+$/.test(v) ? formatBytes(Number(v)) : v),
};

/** An audit row with this field records a whole record at once (a 客户空间 created by import). */
export const WHOLE_RECORD_FIELD = '*';

export const entityLabel = (entity: string): string => ENTITIES[entity]?.label ?? entity;

export function fieldLabel(entity: string, field: string, oldValue: string | null): string {
  if (field === WHOLE_RECORD_FIELD) return oldValue === null ? '新增（导入）' : '整条记录';
  return ENTITIES[entity]?.fields[field] ?? field;
}

/** Fields that hold an ID number (证件号码, 负责人证件号码, 持有者证件号码, a manager's idNumber). */
const isIdNumberField = (field: string): boolean => /idnumber$/i.test(field);

/** Names of the records an audit value may refer to by id (服务器, 人员); undefined when unknown (the id is shown). */
export interface AuditLookups {
  serverName(id: string): string | undefined;
  personName(id: string): string | undefined;
}
export const NO_LOOKUPS: AuditLookups = { serverName: () => undefined, personName: () => undefined };

const SERVER_REFS = new Set(['serverId']);
const PERSON_REFS = new Set(['personId', 'leaderId', 'generatedPersonId']);

/** One value as it reads: ID numbers masked, domains in Unicode, ids of other records by their names. */
function readable(key: string, v: string, look: AuditLookups): string {
  if (isIdNumberField(key)) return maskIdNumber(v);
  if (key === 'domain') return domainToUnicode(v);
  if (SERVER_REFS.has(key) && v) return look.serverName(v) ?? v;
  if (PERSON_REFS.has(key) && v) return look.personName(v) ?? v;
  return v;
}

/** The same, however deep the value sits (lists of managers, bound domains, group members). */
function readableDeep(value: unknown, key: string, look: AuditLookups): unknown {
  if (typeof value === 'string') return readable(key, value, look);
  if (Array.isArray(value)) return value.map((v) => readableDeep(v, key, look));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, readableDeep(v, k, look)]));
  return value;
}

function parseJson(text: string): unknown {
  if (!/^[[{]/.test(text)) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** An object as 'label：value' pairs, empty ones left out. */
function describeObject(entity: string, o: Record<string, unknown>): string {
  return Object.entries(o)
    .filter(([k, v]) => k !== 'id' && v !== '' && v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${ENTITIES[entity]?.fields[k] ?? k}：${describe(entity, v)}`)
    .join('，');
}

function describe(entity: string, v: unknown): string {
  if (Array.isArray(v)) return v.map((x) => describe(entity, x)).join('、');
  if (v && typeof v === 'object') return describeObject(entity, v as Record<string, unknown>);
  return String(v);
}

/** A whole record in a few words: what identifies it, not every field. */
function summarizeRecord(entity: string, record: Record<string, unknown>, look: AuditLookups): string {
  const labels = ENTITIES[entity]?.fields ?? {};
  const text = (k: string) => (typeof record[k] === 'string' ? (record[k] as string) : '');
  if (entity === 'customerSpace') {
    const domains = Array.isArray(record.domains) ? record.domains.length : 0;
    const parts = [
      `${CUSTOMER_SPACE_LABELS.spaceCode} ${text('spaceCode')}`,
      text('renterName') ? `租用者 ${text('renterName')}` : '',
      text('renterIdNumber') ? `${CUSTOMER_SPACE_LABELS.renterIdNumber} ${maskIdNumber(text('renterIdNumber'))}` : '',
      domains > 0 ? `${CUSTOMER_SPACE_LABELS.domains} ${domains} 个` : '',
    ];
    return parts.filter(Boolean).join(' · ');
  }
  return Object.keys(labels)
    .filter((k) => text(k) !== '')
    .slice(0, 3)
    .map((k) => `${labels[k]} ${readable(k, text(k), look)}`)
    .join(' · ');
}

/**
 * How an audit value reads in the list: strings as themselves, lists joined, records summarized; null when
 * empty. ID numbers are never shown whole here (the 人员 list masks them the same way).
 */
export function auditValueText(entity: string, field: string, value: string | null, look: AuditLookups = NO_LOOKUPS): string | null {
  if (value === null || value === '' || value === '[]') return null;
  const parsed = parseJson(value);
  if (field === WHOLE_RECORD_FIELD && parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    return summarizeRecord(entity, parsed as Record<string, unknown>, look);
  }
  if (parsed !== undefined) return describe(entity, readableDeep(parsed, field, look));
  const format = VALUE_TEXT[`${entity}.${field}`];
  return format ? format(value) : readable(field, value, look);
}
