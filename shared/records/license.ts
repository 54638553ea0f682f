import { z } from 'zod';
import { validateUscc } from '../identity/uscc';
import { scanList } from './attachment';
import { daysBetween, optionalIsoDate } from './dates';
import { optionalText, requiredText } from './fieldRules';

/** 证照类型 (docs/LABELS.md). */
export const LICENSE_KINDS = ['营业执照', '电信业务经营许可证', '其他'] as const;
export type LicenseKind = (typeof LICENSE_KINDS)[number];

/** 业务种类 of a telecom operating license, from 《电信业务分类目录（2015年版）》 (第二类增值电信业务 and the ones hosting units meet). */
export const TELECOM_SCOPES = [
  { code: 'B11', name: '互联网数据中心业务' },
  { code: 'B12', name: '内容分发网络业务' },
  { code: 'B13', name: '国内互联网虚拟专用网业务' },
  { code: 'B14', name: '互联网接入服务业务' },
  { code: 'B21', name: '在线数据处理与交易处理业务' },
  { code: 'B22', name: '国内多方通信服务业务' },
  { code: 'B23', name: '存储转发类业务' },
  { code: 'B24', name: '呼叫中心业务' },
  { code: 'B25', name: '信息服务业务' },
  { code: 'B26', name: '编码和规程转换业务' },
] as const;
export const TELECOM_SCOPE_CODES = TELECOM_SCOPES.map((s) => s.code) as [string, ...string[]];
export const telecomScopeLabel = (code: string) => {
  const s = TELECOM_SCOPES.find((x) => x.code === code);
  return s ? `${s.code} ${s.name}` : code;
};

export const LICENSE_LABELS = {
  kind: '证照类型',
  title: '证照名称',
  number: '证照编号',
  issuer: '发证机关',
  validFrom: '有效期起',
  validTo: '有效期至',
  longTerm: '长期',
  scope: '业务种类',
  scans: '证照扫描件',
} as const;

/**
 * 经营许可证编号: an optional province abbreviation, the license classes (B1, B2, or several joined by
 * '.'), a dash and 8 digits — e.g. 闽B2-20090032, B1.B2-20190001 (跨地区, issued by the Ministry).
 */
const TELECOM_NUMBER = /^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]?[AB][12](\.[AB][12])*-\d{8}$/;

export const licenseFields = z.object({
    kind: z.enum(LICENSE_KINDS, { error: `请选择${LICENSE_LABELS.kind}` }),
    title: optionalText(LICENSE_LABELS.title, 100),
    number: requiredText(LICENSE_LABELS.number, 64),
    issuer: optionalText(LICENSE_LABELS.issuer, 100),
    validFrom: optionalIsoDate(LICENSE_LABELS.validFrom),
    validTo: optionalIsoDate(LICENSE_LABELS.validTo),
    longTerm: z.boolean().default(false),
    scope: z.array(z.enum(TELECOM_SCOPE_CODES, { error: '业务种类不在《电信业务分类目录》中' })).default([]),
    scans: scanList(),
});

/** The rules across fields; applied after the fields parsed. */
export function licenseRules<T extends z.output<typeof licenseFields>>(l: T, ctx: z.RefinementCtx): T {
    let number = l.number.replace(/[\s　]+/g, '');
    if (l.kind === '营业执照') {
      const r = validateUscc(number);
      if (!r.ok) ctx.addIssue({ code: 'custom', path: ['number'], message: `营业执照的证照编号即统一社会信用代码：${r.message}` });
      else number = r.value;
    }
    if (l.kind === '电信业务经营许可证') {
      number = number.replace(/[－—–]/g, '-').toUpperCase();
      if (!TELECOM_NUMBER.test(number)) {
        ctx.addIssue({ code: 'custom', path: ['number'], message: '经营许可证编号格式应如 闽B1-20190001 或 B1.B2-20190001' });
      }
      if (l.scope.length === 0) ctx.addIssue({ code: 'custom', path: ['scope'], message: '请选择至少一项业务种类' });
    }
    if (l.kind === '其他' && l.title === '') ctx.addIssue({ code: 'custom', path: ['title'], message: '请填写证照名称' });
    if (!l.longTerm && l.validTo === '') ctx.addIssue({ code: 'custom', path: ['validTo'], message: '请填写有效期至，或勾选“长期”' });
    if (!l.longTerm && l.validFrom && l.validTo && l.validTo < l.validFrom) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: '有效期至不能早于有效期起' });
    }
    return {
      ...l,
      number,
      validTo: l.longTerm ? '' : l.validTo,
      scope: l.kind === '电信业务经营许可证' ? l.scope : [],
    };
}

export const licenseSchema = licenseFields.transform(licenseRules);
export type LicenseInput = z.input<typeof licenseSchema>;
export type License = z.output<typeof licenseSchema>;

export const storedLicenseSchema = z.object({
  id: z.string(),
  kind: z.enum(LICENSE_KINDS),
  title: z.string(),
  number: z.string(),
  issuer: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  longTerm: z.boolean(),
  scope: z.array(z.string()),
  scans: z.array(z.string()),
});
export type StoredLicense = z.infer<typeof storedLicenseSchema>;

/**
 * How many days before its 有效期至 a license is flagged: the one window that 证照, 概览, 完整性检查 and 01 all
 * use. A 电信业务经营许可证 is renewed by applying 90 days before it runs out (《电信业务经营许可管理办法》:
 * 有效期届满需要继续经营的，应当提前90日向原发证机关提出延续申请); other licenses are flagged 60 days ahead.
 */
export const LICENSE_EXPIRY_WINDOW_DAYS: Readonly<Record<LicenseKind, number>> = {
  营业执照: 60,
  电信业务经营许可证: 90,
  其他: 60,
};

/** The window for a license's kind (an unknown kind gets the longest, so nothing goes unflagged). */
export const licenseExpiryWindow = (kind: string): number =>
  LICENSE_EXPIRY_WINDOW_DAYS[kind as LicenseKind] ?? Math.max(...Object.values(LICENSE_EXPIRY_WINDOW_DAYS));

export type LicenseExpiry =
  | { state: 'longTerm' }
  | { state: 'unknown' }
  | { state: 'valid'; daysLeft: number }
  | { state: 'expiring'; daysLeft: number }
  | { state: 'expired'; daysAgo: number };

/**
 * Where a license stands on `today` (YYYY-MM-DD). 有效期至 is the last valid day: on that day 0 days
 * are left, the day after it has expired.
 */
export function licenseExpiry(l: { kind: string; longTerm: boolean; validTo: string }, today: string): LicenseExpiry {
  if (l.longTerm) return { state: 'longTerm' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(l.validTo)) return { state: 'unknown' };
  const daysLeft = daysBetween(today, l.validTo);
  if (daysLeft < 0) return { state: 'expired', daysAgo: -daysLeft };
  if (daysLeft <= licenseExpiryWindow(l.kind)) return { state: 'expiring', daysLeft };
  return { state: 'valid', daysLeft };
}
