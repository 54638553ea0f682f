// How the 月度变更报告 names what changed: the section of each audited entity, its field labels (the
// shared *_LABELS maps), how a record is recognized ('服务器 A-001', '空间编号 XM-IDC-000001') and how an
// audit value reads (lists joined, domains in Unicode, 是/否, scans as 已上传).
import { INCIDENT_LABELS } from '../../../shared/records/incident';
import { CUSTOMER_SPACE_LABELS, DOMAIN_LABELS } from '../../../shared/records/customerSpace';
import { DUTY_ROSTER_LABELS, OVERRIDE_KIND_LABELS } from '../../../shared/records/dutyRoster';
import { LICENSE_LABELS } from '../../../shared/records/license';
import { PERSON_LABELS } from '../../../shared/records/person';
import { GROUP_MODE_LABELS, SECURITY_GROUP_LABELS } from '../../../shared/records/securityGroup';
import { SERVER_LABELS } from '../../../shared/records/server';
import { UNIT_LABELS } from '../../../shared/records/unit';
import { IDC_ROOM_LABELS } from '../../../shared/records/idcRoom';
import { DUTY_POLICY_LABELS } from '../../../shared/records/dutyPolicy';
import { domainToUnicode } from '../../../shared/network/domain';
import { policeIdText } from '../../../shared/identity/idDisplay';
import type { ChangeSection } from '../../../shared/reports/monthlyReport';

/** Names of other records a value may refer to (人员 ids, 服务器 ids). */
export interface Lookups {
  personName(id: string): string;
  serverLabel(id: string): string;
  /** 机房名称 by id; absent where no rooms are looked up (the id is shown). */
  roomName?(id: string): string;
}

interface EntityDef {
  section: ChangeSection;
  fields: Readonly<Record<string, string>>;
  /** Derived or internal fields that are not filing data. */
  skip?: readonly string[];
  /** Scan fields (SHA-256 references): shown as 已上传, never as the hash. */
  scans?: readonly string[];
  /** Stored codes shown by their labels (安全小组形式 own → 本单位自建安全小组). */
  codes?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Fields holding lists of text lines ending in a 人员 id (the 排班 of a month): summarized, changes line by line. */
  lines?: readonly string[];
  /** Fields that hold 人员 ids. */
  personRefs?: readonly string[];
  serverRefs?: readonly string[];
  /** Fields that hold 机房 ids. */
  roomRefs?: readonly string[];
  /** The record as a person recognizes it, from its (final or last known) fields. */
  label(fields: Readonly<Record<string, unknown>>, id: string): string;
  /** The fields listed for 新增 and 删除, in order (all labeled fields when absent). */
  main?: readonly string[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Audited entities that belong in the report; anything else (设置, …) is not filing data and is left out. */
export const ENTITIES: Readonly<Record<string, EntityDef>> = {
  unit: { section: 'unit', fields: UNIT_LABELS, label: () => '单位信息' },
  license: {
    section: 'licenses',
    fields: LICENSE_LABELS,
    scans: ['scans'],
    label: (f) => `证照 ${[str(f.title) || str(f.kind), str(f.number)].filter(Boolean).join(' ')}`.trim(),
  },
  person: {
    section: 'people',
    fields: PERSON_LABELS,
    skip: ['birthDate', 'sex', 'idWarning'],
    scans: ['idFront', 'idBack'],
    label: (f) => `人员 ${str(f.name)}`.trim(),
  },
  securityGroup: {
    section: 'securityGroup',
    fields: SECURITY_GROUP_LABELS,
    skip: ['updatedAt'],
    codes: { mode: GROUP_MODE_LABELS },
    personRefs: ['leaderId'],
    label: () => '信息网络安全小组',
  },
  server: {
    section: 'servers',
    fields: SERVER_LABELS,
    skip: ['filingDeadline'],
    roomRefs: ['roomId'],
    label: (f) => `服务器 ${str(f.assetNo)}`.trim(),
  },
  idcRoom: { section: 'idcRooms', fields: IDC_ROOM_LABELS, label: (f) => `机房 ${str(f.name)}`.trim() },
  dutyPolicy: { section: 'dutyRoster', fields: DUTY_POLICY_LABELS, skip: ['updatedAt'], label: () => '值班制度' },
  customerSpace: {
    section: 'customerSpaces',
    fields: CUSTOMER_SPACE_LABELS,
    serverRefs: ['serverId'],
    label: (f) => `空间编号 ${str(f.spaceCode)}`.trim(),
    main: [
      'spaceCode', 'serverId', 'renterKind', 'renterName', 'renterIdType', 'renterIdNumber', 'renterIdCountry', 'renterPhone',
      'responsibleName', 'responsibleIdType', 'responsibleIdNumber', 'domains', 'openedOn', 'reportedOn', 'endedOn',
    ],
  },
  incident: {
    section: 'incidents',
    fields: INCIDENT_LABELS,
    serverRefs: ['serverId'],
    label: (f) => `安全事件 ${[str(f.occurredAt), str(f.title)].filter(Boolean).join(' ')}`.trim(),
  },
  dutyRoster: { section: 'dutyRoster', fields: DUTY_ROSTER_LABELS, skip: ['updatedAt'], personRefs: ['rotation'], label: () => '值班表设置' },
  dutyRosterMonth: { section: 'dutyRoster', fields: { slots: '排班' }, lines: ['slots'], label: (_f, id) => `值班表 ${id}` },
  dutyRosterOverride: {
    section: 'dutyRoster',
    fields: DUTY_ROSTER_LABELS,
    codes: { kind: OVERRIDE_KIND_LABELS },
    personRefs: ['personId', 'coveredBy'],
    label: (f) => {
      const kind = OVERRIDE_KIND_LABELS[str(f.kind) as keyof typeof OVERRIDE_KIND_LABELS] ?? '调班';
      return `${kind} ${str(f.date)}`.trim();
    },
  },
};

export function fieldLabel(def: EntityDef, field: string): string {
  return def.fields[field] ?? field;
}

/** The fields of a record worth listing (labels known, derived fields and the id left out). */
export function reportableField(def: EntityDef, field: string): boolean {
  return field !== 'id' && field !== '*' && !(def.skip ?? []).includes(field);
}

/** An audit value (strings as themselves, anything else as JSON) back as a value. */
export function parseAuditValue(text: string | null): unknown {
  if (text === null) return undefined;
  if (text === 'true' || text === 'false' || text.startsWith('[') || text.startsWith('{')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function objectText(field: string, o: Record<string, unknown>, look: Lookups): string {
  if (field === 'domains' && typeof o.domain === 'string') {
    const holder = str(o.holderName);
    const id = str(o.holderIdNumber) ? `，${str(o.holderIdType)} ${str(o.holderIdNumber)}` : '';
    const numbers = [str(o.icpNumber), str(o.psbNumber)].filter(Boolean).join(' ');
    return `${domainToUnicode(o.domain)}${holder ? `（${DOMAIN_LABELS.holderName} ${holder}${id}）` : ''}${numbers ? `（${numbers}）` : ''}`;
  }
  if (o.kind === 'person' && typeof o.personId === 'string') return look.personName(o.personId);
  if (o.kind === 'endUser') {
    const id = policeIdText({ idType: str(o.idType), idNumber: str(o.idNumber), idCountry: str(o.idCountry) });
    return `${str(o.name)}（最终用户，${id}${str(o.mobile) ? `，手机 ${str(o.mobile)}` : ''}）`;
  }
  if (typeof o.personId === 'string') return [look.personName(o.personId), str(o.duty), str(o.phone)].filter(Boolean).join(' ');
  if (typeof o.topic === 'string') {
    const who = Array.isArray(o.attendeeIds) ? o.attendeeIds.map((id) => look.personName(String(id))).join('、') : '';
    return [str(o.date), o.topic, who].filter(Boolean).join(' ');
  }
  if (typeof o.name === 'string' && typeof o.start === 'string') return `${o.name} ${o.start}–${str(o.end)}`;
  return Object.values(o)
    .filter((v) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    .map((v) => (typeof v === 'boolean' ? (v ? '是' : '否') : String(v)))
    .filter(Boolean)
    .join(' ');
}

/** '2026-11-01 白班 08:00–20:00 <人员 id>' with the person's name instead of the id. */
export function slotLineText(line: string, look: Lookups): string {
  const cut = line.lastIndexOf(' ');
  return cut < 0 ? line : `${line.slice(0, cut)} ${look.personName(line.slice(cut + 1))}`;
}

/** A value as the report prints it; '' for empty. */
export function valueText(def: EntityDef, field: string, value: unknown, look: Lookups): string {
  if (value === undefined || value === null || value === '') return '';
  if ((def.lines ?? []).includes(field) && Array.isArray(value)) {
    const first = String(value[0] ?? '').slice(0, 10);
    const last = String(value[value.length - 1] ?? '').slice(0, 10);
    return value.length ? `${value.length} 个班次（${first} 至 ${last}）` : '';
  }
  if ((def.scans ?? []).includes(field)) {
    if (Array.isArray(value)) return value.length ? `已上传 ${value.length} 份` : '';
    return '已上传';
  }
  if (typeof value === 'string') {
    const code = def.codes?.[field]?.[value];
    if (code) return code;
    if ((def.personRefs ?? []).includes(field)) return look.personName(value);
    if ((def.serverRefs ?? []).includes(field)) return look.serverLabel(value);
    if ((def.roomRefs ?? []).includes(field)) return look.roomName?.(value) ?? value;
    return value;
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    return value
      .map((v) => (v && typeof v === 'object' ? objectText(field, v as Record<string, unknown>, look) : valueText(def, field, v, look)))
      .filter(Boolean)
      .join('、');
  }
  if (typeof value === 'object') return objectText(field, value as Record<string, unknown>, look);
  return String(value);
}
