// The texts billing systems put in cells, read as the values a 客户空间 takes.
import { formatIsoDate, isRealDate, normalizeInput, validateIdentity, type IdentityType } from '../../../shared/identity';
import { RENTER_KINDS, UNIT_ID_TYPE, type RenterIdType, type RenterKind } from '../../../shared/records/customerSpace';

/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug included). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/**
 * 2026-03-05, 2026/3/5, 2026.3.5, 2026年3月5日, 20260305, an Excel day number, or a time after the date
 * (2026-03-05 14:30); '' stays ''. null when the text is not a real date.
 */
export function parseDateCell(text: string): string | null {
  // Spaces are gone after normalizeInput, so a time follows the day directly (2026-03-0514:30).
  const t = normalizeInput(text).replace(/[：]/g, ':');
  if (t === '') return '';
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:T?\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(t);
  m ??= /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) {
    const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    return isRealDate(ymd) ? formatIsoDate(ymd) : null;
  }
  if (/^\d{5}(\.\d+)?$/.test(t)) {
    const serial = Math.floor(Number(t));
    if (serial < 1 || serial > 2_958_465) return null;
    const d = new Date(EXCEL_EPOCH_UTC + serial * 86_400_000);
    return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  }
  return null;
}

const KIND_WORDS: Record<string, RenterKind> = { 单位: '单位', 企业: '单位', 公司: '单位', 机构: '单位', 组织: '单位', 法人: '单位', 个人: '个人', 自然人: '个人', 个体: '个人' };

/** 单位 / 个人 from a 租用者类型 cell; null when the text is neither. */
export function parseRenterKind(text: string): RenterKind | null {
  return memo(kindCache, text, parseRenterKindUncached);
}

/** A column holds a handful of distinct texts: each is read once per process. */
function memo<T>(cache: Map<string, T>, text: string, read: (text: string) => T): T {
  let v = cache.get(text);
  if (v === undefined && !cache.has(text)) {
    v = read(text);
    if (cache.size < 1000) cache.set(text, v);
  }
  return v as T;
}
const kindCache = new Map<string, RenterKind | null>();
const idTypeCache = new Map<string, RenterIdType | null>();

function parseRenterKindUncached(text: string): RenterKind | null {
  const t = text.replace(/\s/g, '');
  if ((RENTER_KINDS as readonly string[]).includes(t)) return t as RenterKind;
  return KIND_WORDS[t] ?? Object.entries(KIND_WORDS).find(([w]) => t.includes(w))?.[1] ?? null;
}

const ID_TYPE_WORDS: [RegExp, RenterIdType][] = [
  [/统一社会信用代码|信用代码|营业执照|组织机构代码/, UNIT_ID_TYPE],
  [/港澳|回乡证/, '港澳居民来往内地通行证'],
  [/台湾|台胞/, '台湾居民来往大陆通行证'],
  [/永久居留/, '外国人永久居留身份证'],
  [/护照/, '护照'],
  [/身份证/, '居民身份证'],
];

/** A 证件类型 cell as one of the accepted types; null when it names none of them. */
export function parseIdType(text: string): RenterIdType | null {
  return memo(idTypeCache, text, parseIdTypeUncached);
}

function parseIdTypeUncached(text: string): RenterIdType | null {
  const t = text.replace(/\s/g, '');
  return ID_TYPE_WORDS.find(([re]) => re.test(t))?.[1] ?? null;
}

const LABEL_OF: Partial<Record<IdentityType, RenterIdType>> = {
  resident_id: '居民身份证',
  uscc: UNIT_ID_TYPE,
  hk_macau_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  foreign_permanent_id: '外国人永久居留身份证',
  passport: '护照',
};

const RESIDENT_LIKE = /^\d{17}[\dX]$/;
const USCC_LIKE = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;

/**
 * The 证件类型 a number most likely is, for sheets without a 证件类型 column: the first type it is valid
 * for; when valid for none, the type its shape suggests, so the row's message explains what is wrong with it.
 */
export function inferIdType(idNumber: string, opts: { personOnly?: boolean; today?: string } = {}): RenterIdType {
  const n = normalizeInput(idNumber).replace(/\s/g, '').toUpperCase();
  const order: IdentityType[] = ['resident_id', ...(opts.personOnly ? [] : (['uscc'] as const)), 'foreign_permanent_id', 'hk_macau_permit', 'taiwan_permit', 'passport'];
  for (const type of order) {
    if (validateIdentity(type, n, opts.today ? { today: opts.today } : {}).ok) return LABEL_OF[type]!;
  }
  if (RESIDENT_LIKE.test(n)) return '居民身份证';
  if (!opts.personOnly && USCC_LIKE.test(n)) return UNIT_ID_TYPE;
  if (/^[HM]/.test(n)) return '港澳居民来往内地通行证';
  if (/^\d{8}$/.test(n)) return '台湾居民来往大陆通行证';
  if (/^[A-Z]{1,2}\d{6,9}$/.test(n)) return '护照';
  return '居民身份证';
}

/** An Excel number in scientific notation (3.50203E+17): the digits of the 证件号码 are lost. */
export const SCIENTIFIC = /^\d(\.\d+)?E\+?\d+$/i;

/** A 域名持有者 cell that means the renter holds the domain (no holder of its own). */
const SAME_AS_RENTER = /^(同租用者|同租用人|同客户|同上|本人|租用者本人)$/u;

export interface HolderText {
  holderName: string;
  /** Only when the cell itself names them: 许某（居民身份证 350203…）, as 05 客户空间登记表.xlsx writes a holder. */
  holderIdType?: string;
  holderIdNumber?: string;
}

/** One holder as written in a cell: 同租用者 (none), a name, or a name with its 证件类型 and 证件号码 in brackets. */
export function parseHolderText(text: string): HolderText {
  const t = text.trim();
  if (t === '' || SAME_AS_RENTER.test(t)) return { holderName: '' };
  const m = /^(.+?)\s*[（(]\s*(\S+)\s+(\S+?)\s*[）)]$/u.exec(t);
  // Brackets that do not start with a 证件类型 are part of the name: 某某科技有限公司（厦门 分公司）.
  if (!m || parseIdType(m[2]!) === null) return { holderName: t };
  return { holderName: m[1]!, holderIdType: m[2]!, holderIdNumber: m[3]! };
}

/** Holders listed one per domain (05 客户空间登记表.xlsx joins them with 、 in the order of the domains). */
export function splitHolders(text: string): string[] {
  return text.split(/[、；;]/u).map((h) => h.trim());
}

/** Domains in one cell: separated by , ; 、 or white space (full-width too). */
export function splitDomains(text: string): string[] {
  return text.split(/[,，;；、\s]+/u).map((d) => d.trim()).filter((d) => d !== '');
}
