/** 外国人永久居留身份证号码: the 2017 15-character form and the 2023 18-digit form. See docs/ID-FORMATS.md. */
import { checkBirthDate } from './calendarDate';
import { mod11_2CheckChar } from './mod11';
import { badCharMessage, charLength, findBadChar, normalizeInput } from './normalize';
import type { ValidationResult } from './types';

/** The 249 officially assigned ISO 3166-1 alpha-3 codes (from the Debian iso-codes data, ISO 3166-1 as of 2024). */
export const ISO_3166_ALPHA3: ReadonlySet<string> = new Set(
  `
  ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT
  AZE BDI BEL BEN BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL
  BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG
  COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM
  DZA ECU EGY ERI ESH ESP EST ETH FIN FJI FLK FRA FRO FSM GAB GBR
  GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY
  HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA
  JAM JEY JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY
  LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL
  MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM
  NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL OMN PAK PAN PCN PER
  PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU
  SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR
  SVK SVN SWE SWZ SXM SYC SYR TCA TCD TGO THA TJK TKL TKM TLS TON
  TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB
  VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
`.trim().split(/\s+/),
);

export interface ForeignPermanentIdOptions {
  /** The date to treat as today, YYYY-MM-DD. Default: today in Asia/Shanghai. */
  today?: string;
}

/**
 * 2017 form: 3-letter ISO 3166-1 alpha-3 country code + 12 digits (15 characters).
 * 2023 form: 18 digits — 9, province code (2), numeric country code (3), birth date YYYYMMDD (positions 7–14, the same
 * rules as the 居民身份证), sequence (3, odd = 男), MOD 11-2 check character (may be X). As docs/ID-FORMATS.md says, the
 * 2023 form is checked for its length, the leading 9, the birth date and the check character.
 */
export function validateForeignPermanentId(value: string, opts: ForeignPermanentIdOptions = {}): ValidationResult {
  const v = normalizeInput(value).toUpperCase();
  if (v === '') return { ok: false, message: '请填写外国人永久居留身份证号码' };

  const bad = findBadChar(v, /^[0-9A-Z]$/);
  if (bad) return { ok: false, message: badCharMessage(bad, '：外国人永久居留身份证号码只含字母和数字') };
  const len = charLength(v);

  if (/^[A-Z]/.test(v)) {
    // 2017 form.
    if (!/^[A-Z]{3}/.test(v)) return { ok: false, message: '2017年版号码第1-3位应为3个字母的国家代码（ISO 3166-1）' };
    if (!ISO_3166_ALPHA3.has(v.slice(0, 3))) {
      return { ok: false, message: `第1-3位「${v.slice(0, 3)}」不是有效的国家代码（ISO 3166-1三字母代码，例如 USA、GBR、JPN）` };
    }
    const digit = findBadChar(v.slice(3), /^\d$/);
    if (digit) return { ok: false, message: `第${digit.position + 3}位应为数字：国家代码之后是12位数字` };
    if (len !== 15) return { ok: false, message: `长度应为15位（3个字母加12位数字），实际为${len}位` };
    return { ok: true, value: v };
  }

  // 2023 form.
  if (len === 15) return { ok: false, message: '2017年版号码第1-3位应为3个字母的国家代码（ISO 3166-1）' };
  if (len !== 18) return { ok: false, message: `长度应为18位（2023年版）或15位（2017年版），实际为${len}位` };
  const letter = findBadChar(v.slice(0, 17), /^\d$/);
  if (letter) return { ok: false, message: `第${letter.position}位应为数字：2023年版号码前17位都是数字` };
  if (/^[A-Z]$/.test(v[17]!) && v[17] !== 'X') return { ok: false, message: '第18位（校验位）应为数字或X' };
  if (v[0] !== '9') return { ok: false, message: `第1位应为9（2023年版外国人永久居留身份证号码以9开头），实际为${v[0]}` };

  const birth = checkBirthDate(v.slice(6, 14), { today: opts.today, from: 7, to: 14 });
  if (!birth.ok) return birth;

  const expected = mod11_2CheckChar(v.slice(0, 17));
  if (v[17] !== expected) return { ok: false, message: `校验位（第18位）应为${expected}，请核对号码是否有误` };
  return { ok: true, value: v };
}

/** Birth date and sex from a validated 2023-form number; null for the 2017 form, which carries neither. */
export function foreignPermanentIdFacts(normalized: string): { birthDate: string; sex: '男' | '女' } | null {
  if (!/^9\d{16}[\dX]$/.test(normalized)) return null;
  return {
    birthDate: `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`,
    sex: Number(normalized[16]) % 2 === 1 ? '男' : '女',
  };
}
