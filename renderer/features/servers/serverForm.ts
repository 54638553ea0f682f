import type { z } from 'zod';
import { PERSON_ID_TYPES, validateIdentity, type PersonIdTypeLabel } from '../../../shared/identity';
import { validateIpAddress } from '../../../shared/network/ip';
import {
  filingDeadline,
  LOG_RETENTION_DEFAULT_MONTHS,
  SERVER_LABELS,
  serverFields,
  serverManagerSchema,
  type ServerInput,
  type ServerManager,
  type ServerPurpose,
  type StoredServer,
} from '../../../shared/records/server';
import { parseIsoDate } from '../../../shared/identity/calendarDate';

/** One 管理人员 row of the form: a person from 人员, or (第三条) an end user typed in. */
export interface ManagerFormValue {
  kind: 'person' | 'endUser';
  personId: string | undefined;
  name: string;
  idType: PersonIdTypeLabel | undefined;
  idNumber: string;
  /** 签发国家, for a passport. */
  idCountry: string;
  mobile: string;
}

export interface ServerFormValues {
  assetNo: string;
  hostname: string;
  ips: string[];
  rack: string;
  purposes: ServerPurpose[];
  onlineDate: string;
  filedOn: string;
  managers: ManagerFormValue[];
  dnsMeasures: string[];
  mailMeasures: string[];
  gameLogStatement: string;
  /** null while the box is cleared: the check says what is wrong. */
  logRetentionMonths: number | null;
  roomId: string;
}

/** The fields with their own input (managers and ips are lists of inputs). */
export type ServerField = Exclude<keyof ServerFormValues, 'managers' | 'ips'>;
export type ManagerField = Exclude<keyof ManagerFormValue, 'kind'>;

export const EMPTY_MANAGER: ManagerFormValue = { kind: 'person', personId: undefined, name: '', idType: undefined, idNumber: '', idCountry: '', mobile: '' };

export const EMPTY_SERVER: ServerFormValues = {
  assetNo: '',
  hostname: '',
  ips: [''],
  rack: '',
  purposes: [],
  onlineDate: '',
  filedOn: '',
  managers: [],
  dnsMeasures: [],
  mailMeasures: [],
  gameLogStatement: '',
  logRetentionMonths: LOG_RETENTION_DEFAULT_MONTHS,
  roomId: '',
};

function toManagerValue(m: StoredServer['managers'][number]): ManagerFormValue {
  if (m.kind === 'person') return { ...EMPTY_MANAGER, personId: m.personId };
  return { kind: 'endUser', personId: undefined, name: m.name, idType: m.idType as PersonIdTypeLabel, idNumber: m.idNumber, idCountry: m.idCountry, mobile: m.mobile };
}

export function toServerFormValues(s: StoredServer): ServerFormValues {
  return {
    assetNo: s.assetNo,
    hostname: s.hostname,
    ips: s.ips.length > 0 ? [...s.ips] : [''],
    rack: s.rack,
    purposes: [...s.purposes],
    onlineDate: s.onlineDate,
    filedOn: s.filedOn,
    managers: s.managers.map(toManagerValue),
    dnsMeasures: [...s.dnsMeasures],
    mailMeasures: [...s.mailMeasures],
    gameLogStatement: s.gameLogStatement,
    logRetentionMonths: s.logRetentionMonths,
    roomId: s.roomId,
  };
}

/** Fills in what a partially touched form leaves undefined. */
export function completeServerValues(v: Partial<ServerFormValues>): ServerFormValues {
  return {
    assetNo: v.assetNo ?? '',
    hostname: v.hostname ?? '',
    ips: (v.ips ?? []).map((ip) => ip ?? ''),
    rack: v.rack ?? '',
    purposes: [...(v.purposes ?? [])],
    onlineDate: v.onlineDate ?? '',
    filedOn: v.filedOn ?? '',
    managers: (v.managers ?? []).map((m) => ({ ...EMPTY_MANAGER, ...m })),
    dnsMeasures: [...(v.dnsMeasures ?? [])],
    mailMeasures: [...(v.mailMeasures ?? [])],
    gameLogStatement: v.gameLogStatement ?? '',
    logRetentionMonths: v.logRetentionMonths === undefined ? LOG_RETENTION_DEFAULT_MONTHS : v.logRetentionMonths,
    roomId: v.roomId ?? '',
  };
}

function toManagerInput(m: ManagerFormValue): ServerManager {
  if (m.kind === 'person') return { kind: 'person', personId: m.personId ?? '' };
  return { kind: 'endUser', name: m.name, idType: m.idType as PersonIdTypeLabel, idNumber: m.idNumber, idCountry: m.idType === '护照' ? m.idCountry : '', mobile: m.mobile };
}

/** What is sent to servers.save. An IP row left blank is dropped; the rest is checked by the API. */
export function toServerInput(v: ServerFormValues): ServerInput {
  return {
    ...v,
    ips: v.ips.filter((ip) => ip.trim() !== ''),
    managers: v.managers.map(toManagerInput),
    dnsMeasures: v.dnsMeasures as ServerInput['dnsMeasures'],
    mailMeasures: v.mailMeasures as ServerInput['mailMeasures'],
    // A cleared box is sent as it is, so the API names the field rather than saving the default silently.
    logRetentionMonths: v.logRetentionMonths as number,
  };
}

/** 备案期限 for the read-only field: 上线日期 + 30 天 (第八条), or empty while 上线日期 is not a date. */
export function deadlineOf(onlineDate: string): string {
  return parseIsoDate(onlineDate) ? filingDeadline(onlineDate) : '';
}

// ---- checks, from the shared schema so the form says what the API would say ----

export function checkServerField(field: ServerField, v: ServerFormValues): string | null {
  if (field === 'onlineDate' && v.onlineDate.trim() === '') return `请填写${SERVER_LABELS.onlineDate}`;
  const r = (serverFields.shape[field] as z.ZodType).safeParse(v[field]);
  if (!r.success) return r.error.issues[0]?.message ?? `${SERVER_LABELS[field]}无效`;
  if (field === 'filedOn' && v.filedOn && parseIsoDate(v.onlineDate) && v.filedOn < v.onlineDate) return '备案日期不能早于上线日期';
  return null;
}

/** The IP at `index`: valid, and not the same address as an earlier row once both are normalized. */
export function checkIp(v: ServerFormValues, index: number): string | null {
  const raw = v.ips[index] ?? '';
  if (raw.trim() === '') return v.ips.length > 1 ? '请填写IP地址，或删除这一行' : null;
  const r = validateIpAddress(raw);
  if (!r.ok) return r.message;
  const earlier = v.ips.slice(0, index).map((ip) => validateIpAddress(ip));
  if (earlier.some((e) => e.ok && e.value === r.value)) return `IP地址重复：${r.value}`;
  return null;
}

export function checkManager(v: ServerFormValues, index: number, field: ManagerField): string | null {
  const m = v.managers[index];
  if (!m) return null;
  if (m.kind === 'person') return field === 'personId' && !m.personId ? '请选择人员' : null;
  if (field === 'personId') return null;
  const parsed = serverManagerSchema.safeParse(toManagerInput(m));
  const own = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === field);
  if (own) return own.message;
  if (field === 'idNumber' && m.idType && m.idNumber.trim() !== '') {
    const r = validateIdentity(PERSON_ID_TYPES[m.idType], m.idNumber);
    if (!r.ok) return `${m.idType}号码${r.message}`;
  }
  return null;
}
