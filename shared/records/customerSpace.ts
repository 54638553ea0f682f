// 客户空间 (第四条, 第十二条): a space on a server with a stable code, its renter (a unit or a person, with
// real identity) and the domains bound to it with their holders; 开通日期 / 报送日期 and the 30-day deadlines.
import { z } from 'zod';
import { PERSON_ID_TYPE_LABELS, PERSON_ID_TYPES, validateIdentity, validatePhone } from '../identity';
import { domainToUnicode, validateDomain } from '../network/domain';
import { validateIcpNumber, validatePsbNumber } from '../network/filingNumbers';
import { addDays, isoDate, optionalIsoDate } from './dates';
import { isRealDate, parseIsoDate } from '../identity/calendarDate';
import { optionalText, requiredText, validatedString } from './fieldRules';

export const RENTER_KINDS = ['单位', '个人'] as const;
export type RenterKind = (typeof RENTER_KINDS)[number];

/** A unit renter is identified by its 统一社会信用代码 (第十二条（一）: 工商营业执照). */
export const UNIT_ID_TYPE = '统一社会信用代码';
export const RENTER_ID_TYPES = [UNIT_ID_TYPE, ...PERSON_ID_TYPE_LABELS] as const;
export type RenterIdType = (typeof RENTER_ID_TYPES)[number];

/** 第十二条（三）: customer information is submitted to the police within thirty days, and so is every change. */
export const REPORT_DAYS = 30;

export const CUSTOMER_SPACE_LABELS = {
  spaceCode: '空间编号',
  serverId: '所在服务器',
  renterKind: '租用者类型',
  renterName: '名称',
  renterIdType: '证件类型',
  renterIdNumber: '证件号码',
  renterIdCountry: '签发国家',
  renterPhone: '联系电话',
  responsibleName: '单位负责人',
  responsibleIdType: '负责人证件类型',
  responsibleIdNumber: '负责人证件号码',
  domains: '绑定域名',
  domainHolder: '域名持有者',
  openedOn: '开通日期',
  reportedOn: '报送日期',
  changedOn: '信息变更日期',
  note: '备注',
  endedOn: '退租日期',
} as const;

/** The labels of one bound domain's fields (绑定域名 n: …). */
export const DOMAIN_LABELS = {
  domain: '域名',
  holderName: '域名持有者',
  holderIdType: '持有者证件类型',
  holderIdNumber: '持有者证件号码',
  icpNumber: 'ICP备案号',
  psbNumber: '公安联网备案号',
} as const;

/** Checks one 证件号码 against its 证件类型 and returns the normalized number, or the validator's message. */
export function checkPartyId(idType: RenterIdType, idNumber: string, country = ''): { ok: true; value: string } | { ok: false; message: string } {
  const type = idType === UNIT_ID_TYPE ? 'uscc' : PERSON_ID_TYPES[idType];
  const result = validateIdentity(type, idNumber, country ? { country } : {});
  return result.ok ? { ok: true, value: result.value } : { ok: false, message: result.message };
}

/**
 * One bound domain, stored in ASCII (Punycode). The holder (域名持有者) is left empty when it is the renter
 * itself; otherwise name, 证件类型 and 证件号码 are all required (第四条: 绑定域名租用者的真实信息).
 */
export const boundDomainSchema = z
  .object({
    domain: validatedString(validateDomain),
    holderName: optionalText(DOMAIN_LABELS.holderName, 100),
    holderIdType: z.enum(RENTER_ID_TYPES).or(z.literal('')).default(''),
    holderIdNumber: z.string().trim().max(40).default(''),
    icpNumber: validatedString(validateIcpNumber, { optional: true }).default(''),
    psbNumber: validatedString(validatePsbNumber, { optional: true }).default(''),
  })
  .transform((d, ctx) => {
    const any = d.holderName !== '' || d.holderIdType !== '' || d.holderIdNumber !== '';
    if (!any) return d;
    if (d.holderName === '') ctx.addIssue({ code: 'custom', path: ['holderName'], message: `请填写${DOMAIN_LABELS.holderName}（与租用者相同时三项都留空）` });
    if (d.holderIdType === '') {
      ctx.addIssue({ code: 'custom', path: ['holderIdType'], message: `请选择${DOMAIN_LABELS.holderIdType}` });
      return d;
    }
    const checked = checkPartyId(d.holderIdType, d.holderIdNumber);
    if (!checked.ok) {
      ctx.addIssue({ code: 'custom', path: ['holderIdNumber'], message: `${DOMAIN_LABELS.holderIdNumber}：${checked.message}` });
      return d;
    }
    return { ...d, holderIdNumber: checked.value };
  });
export type BoundDomain = z.output<typeof boundDomainSchema>;

export const customerSpaceFields = z.object({
  /** Empty: the next code of the configured pattern is assigned on save. */
  spaceCode: z.string().trim().toUpperCase().max(64, `${CUSTOMER_SPACE_LABELS.spaceCode}不能超过64个字符`).default(''),
  /** A 服务器 record id; empty while the server is not registered yet. */
  serverId: z.string().max(64).default(''),
  renterKind: z.enum(RENTER_KINDS, { error: `请选择${CUSTOMER_SPACE_LABELS.renterKind}（单位或个人）` }),
  renterName: requiredText(`租用者${CUSTOMER_SPACE_LABELS.renterName}`, 100),
  renterIdType: z.enum(RENTER_ID_TYPES, { error: `请选择${CUSTOMER_SPACE_LABELS.renterIdType}` }),
  renterIdNumber: requiredText(CUSTOMER_SPACE_LABELS.renterIdNumber, 40),
  renterIdCountry: z.string().trim().toUpperCase().max(3).default(''),
  renterPhone: validatedString(validatePhone, { optional: true }).default(''),
  responsibleName: optionalText(CUSTOMER_SPACE_LABELS.responsibleName, 50),
  responsibleIdType: z.enum(PERSON_ID_TYPE_LABELS).or(z.literal('')).default(''),
  responsibleIdNumber: z.string().trim().max(40).default(''),
  domains: z.array(boundDomainSchema).max(200).default([]),
  openedOn: isoDate(CUSTOMER_SPACE_LABELS.openedOn),
  reportedOn: optionalIsoDate(CUSTOMER_SPACE_LABELS.reportedOn),
  /** When the customer's information last changed; set by the service when renter or domains change. */
  changedOn: optionalIsoDate(CUSTOMER_SPACE_LABELS.changedOn),
  note: optionalText(CUSTOMER_SPACE_LABELS.note, 500),
});

/**
 * Rules across fields: the 证件号码 by 证件类型 (a 单位 uses its 统一社会信用代码, a 个人 one of the five
 * personal documents), the 单位负责人 of a unit renter (第十二条（一）), dates in order, a domain listed once.
 */
export function customerSpaceRules<T extends z.output<typeof customerSpaceFields>>(s: T, ctx: z.RefinementCtx): T {
  let out = s;
  if (s.renterKind === '单位' && s.renterIdType !== UNIT_ID_TYPE) {
    ctx.addIssue({ code: 'custom', path: ['renterIdType'], message: `单位租用者的${CUSTOMER_SPACE_LABELS.renterIdType}应为${UNIT_ID_TYPE}` });
  } else if (s.renterKind === '个人' && s.renterIdType === UNIT_ID_TYPE) {
    ctx.addIssue({ code: 'custom', path: ['renterIdType'], message: `个人租用者的${CUSTOMER_SPACE_LABELS.renterIdType}应为身份证、护照、港澳或台湾通行证、永久居留身份证之一` });
  } else {
    const checked = checkPartyId(s.renterIdType, s.renterIdNumber, s.renterIdCountry);
    if (checked.ok) out = { ...out, renterIdNumber: checked.value };
    else ctx.addIssue({ code: 'custom', path: ['renterIdNumber'], message: checked.message });
  }
  if (s.renterKind === '单位') {
    if (s.responsibleName === '') ctx.addIssue({ code: 'custom', path: ['responsibleName'], message: `单位租用者请填写${CUSTOMER_SPACE_LABELS.responsibleName}（第十二条（一））` });
    if (s.responsibleIdType === '') {
      ctx.addIssue({ code: 'custom', path: ['responsibleIdType'], message: `请选择${CUSTOMER_SPACE_LABELS.responsibleIdType}` });
    } else {
      const checked = checkPartyId(s.responsibleIdType, s.responsibleIdNumber);
      if (checked.ok) out = { ...out, responsibleIdNumber: checked.value };
      else ctx.addIssue({ code: 'custom', path: ['responsibleIdNumber'], message: `${CUSTOMER_SPACE_LABELS.responsibleIdNumber}：${checked.message}` });
    }
  } else if (s.responsibleName !== '' || s.responsibleIdNumber !== '') {
    out = { ...out, responsibleName: '', responsibleIdType: '', responsibleIdNumber: '' };
  }
  if (s.reportedOn !== '' && s.reportedOn < s.openedOn) {
    ctx.addIssue({ code: 'custom', path: ['reportedOn'], message: `${CUSTOMER_SPACE_LABELS.reportedOn}不能早于${CUSTOMER_SPACE_LABELS.openedOn}` });
  }
  const seen = new Set<string>();
  s.domains.forEach((d, i) => {
    if (seen.has(d.domain)) {
      ctx.addIssue({ code: 'custom', path: ['domains', i, 'domain'], message: `域名 ${domainToUnicode(d.domain)} 重复填写了` });
    }
    seen.add(d.domain);
  });
  return out;
}

export const customerSpaceSchema = customerSpaceFields.transform(customerSpaceRules);
export type CustomerSpaceInput = z.input<typeof customerSpaceFields>;
export type CustomerSpace = z.output<typeof customerSpaceFields>;

/**
 * 退租 (第十二条（三）: the register keeps the customer's complete, true information, so a space whose renter
 * left is ended, not deleted): what is wrong with `endedOn` for a space opened on `openedOn`, as of `today`
 * (China Standard Time), or null.
 */
export function endedOnProblem(endedOn: string, openedOn: string, today: string): string | null {
  const ymd = parseIsoDate(endedOn);
  if (endedOn === '') return `请填写${CUSTOMER_SPACE_LABELS.endedOn}`;
  if (!ymd || !isRealDate(ymd)) return `${CUSTOMER_SPACE_LABELS.endedOn}不是有效日期，格式如 2026-11-24`;
  if (endedOn < openedOn) return `${CUSTOMER_SPACE_LABELS.endedOn}不能早于${CUSTOMER_SPACE_LABELS.openedOn}（${openedOn}）`;
  if (endedOn > today) return `${CUSTOMER_SPACE_LABELS.endedOn}不能晚于今天（${today}），请填写客户实际退租的日期`;
  return null;
}

/** Where a space stands against 第十二条（三）'s thirty days (today and dates are China Standard Time days). */
export const REPORT_STATES = ['已报送', '待报送', '变更待报送', '已逾期', '变更已逾期', '已退租'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export interface ReportStatus {
  state: ReportState;
  /** The last day the (change) report is due; '' when nothing is due. */
  deadline: string;
}

/**
 * Not reported yet: due 30 days after 开通日期. Reported, then changed after 报送日期: due 30 days after
 * 信息变更日期. The deadline day itself is still in time; the day after it is overdue. Ended (退租): nothing due.
 */
export function reportStatus(s: Pick<CustomerSpace, 'openedOn' | 'reportedOn' | 'changedOn'> & { endedOn?: string }, today: string): ReportStatus {
  // An ended space is no longer to be reported; the 月度变更报告 carries its 退租.
  if (s.endedOn) return { state: '已退租', deadline: '' };
  if (s.reportedOn === '') {
    const deadline = addDays(s.openedOn, REPORT_DAYS);
    return { state: today > deadline ? '已逾期' : '待报送', deadline };
  }
  if (s.changedOn !== '' && s.changedOn > s.reportedOn) {
    const deadline = addDays(s.changedOn, REPORT_DAYS);
    return { state: today > deadline ? '变更已逾期' : '变更待报送', deadline };
  }
  return { state: '已报送', deadline: '' };
}

export const storedCustomerSpaceSchema = z.object({
  id: z.string(),
  spaceCode: z.string(),
  serverId: z.string(),
  renterKind: z.enum(RENTER_KINDS),
  renterName: z.string(),
  renterIdType: z.enum(RENTER_ID_TYPES),
  renterIdNumber: z.string(),
  renterIdCountry: z.string(),
  renterPhone: z.string(),
  responsibleName: z.string(),
  responsibleIdType: z.enum(PERSON_ID_TYPE_LABELS).or(z.literal('')),
  responsibleIdNumber: z.string(),
  domains: z.array(
    z.object({
      domain: z.string(),
      holderName: z.string(),
      holderIdType: z.enum(RENTER_ID_TYPES).or(z.literal('')),
      holderIdNumber: z.string(),
      icpNumber: z.string().default(''),
      psbNumber: z.string().default(''),
    }),
  ),
  openedOn: z.string(),
  reportedOn: z.string(),
  changedOn: z.string(),
  note: z.string(),
  /** 退租日期: '' while the space is in service (records from before 退租 existed have none). */
  endedOn: z.string().default(''),
});
export type StoredCustomerSpace = z.infer<typeof storedCustomerSpaceSchema>;

/**
 * 空间编号 pattern: literal text around one counter written as zeros in braces, e.g. `XM-IDC-{000000}` gives
 * XM-IDC-000001, XM-IDC-000002, … (the number of zeros is the minimum width).
 */
export const SPACE_CODE_PATTERN_DEFAULT = 'XM-IDC-{000000}';
export const spaceCodePatternSchema = z
  .string()
  .trim()
  .toUpperCase()
  .max(40, '编号规则不能超过40个字符')
  .refine((p) => /^[A-Z0-9_\-./]*\{0{1,12}\}[A-Z0-9_\-./]*$/.test(p), '编号规则应为字母、数字、-_./ 加一个由零组成的序号位，例如 XM-IDC-{000000}');

export function formatSpaceCode(pattern: string, n: number): string {
  return pattern.replace(/\{(0+)\}/, (_m, zeros: string) => String(n).padStart(zeros.length, '0'));
}
