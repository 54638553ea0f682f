// How an ID number is shown, in one place. Screens, lists, the 变更记录 view and logs mask it; every document
// made for the police (01–07 and their .xlsx) prints it whole, with its 证件类型 and, for a passport or a
// 外国人永久居留身份证, the 签发国家/地区.

export const ISSUING_COUNTRY_LABEL = '签发国家/地区';

/** The audience of a shown ID number: a screen (or log) masks it, a police document prints it whole. */
export type IdAudience = 'screen' | 'police';

/** 证件号码 on screens and in logs: the ends kept, the middle starred (3502**********1234, 05******01). */
export function maskIdNumber(n: string): string {
  const chars = Array.from(n);
  const keep = chars.length >= 12 ? 4 : chars.length >= 8 ? 2 : 1;
  if (chars.length <= keep * 2) return '*'.repeat(chars.length);
  return chars.slice(0, keep).join('') + '*'.repeat(chars.length - keep * 2) + chars.slice(-keep).join('');
}

/** The one policy: masked for a screen, whole for the police. */
export const idNumberFor = (audience: IdAudience, n: string): string => (audience === 'police' ? n : maskIdNumber(n));

/** The 证件类型 whose documents name an issuing country. */
export const COUNTRY_ID_TYPES: readonly string[] = ['护照', '外国人永久居留身份证'];

/**
 * The 签发国家/地区 of a document: the recorded one; for a 外国人永久居留身份证 without one, the country its
 * number carries (2017 form: its first three letters; 2023 form: the numeric country code, positions 4–6).
 * '' for the other types; '未填写' for a passport whose country was never recorded.
 */
export function issuingCountry(idType: string, idNumber: string, recorded = ''): string {
  if (!COUNTRY_ID_TYPES.includes(idType)) return '';
  if (recorded.trim()) return recorded.trim().toUpperCase();
  if (idType === '外国人永久居留身份证') {
    if (/^[A-Z]{3}\d{12}$/.test(idNumber)) return idNumber.slice(0, 3);
    if (/^9\d{16}[\dX]$/.test(idNumber)) return `国家代码 ${idNumber.slice(3, 6)}`;
  }
  return '未填写';
}

export interface IdentityDocument {
  idType: string;
  idNumber: string;
  idCountry?: string;
}

/** '护照 E12345678（签发国家/地区：USA）', '居民身份证 350203199001011234': for the police, in full. */
export function policeIdText(d: IdentityDocument): string {
  if (!d.idNumber) return '—';
  const country = issuingCountry(d.idType, d.idNumber, d.idCountry);
  return `${d.idType ? `${d.idType} ` : ''}${d.idNumber}${country ? `（${ISSUING_COUNTRY_LABEL}：${country}）` : ''}`;
}

// Runs that look like an ID number in free text: 15–18 digits (the last may be X), a 2017 permanent-residence
// number, a passport or permit number (a letter or two, then 7–10 digits), a 统一社会信用代码.
const ID_LIKE = /(?<![0-9A-Z])(?:\d{17}[\dX]|\d{15}|[A-Z]{3}\d{12}|[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}|[A-Z]{1,2}\d{7,10})(?![0-9A-Z])/g;

/** Free text for a log or an error report with every ID-like run masked. */
export function maskIdNumbersInText(text: string): string {
  return text.replace(ID_LIKE, (m) => maskIdNumber(m));
}
