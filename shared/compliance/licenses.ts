import { licenseExpiry, telecomScopeLabel, type StoredLicense } from '../records/license';
import type { ComplianceRow } from './summary';
import { expiryText } from './dueText';
import { buildRow, type Finding } from './finding';
import type { ComplianceInput } from './input';

/** A license as the clerk knows it: its kind and number (a 营业执照's number is the unit's code, not personal data). */
export const licenseName = (l: Pick<StoredLicense, 'kind' | 'title' | 'number'>): string =>
  `${l.kind === '其他' ? l.title || '证照' : l.kind} ${l.number}`;

const shortName = (l: Pick<StoredLicense, 'kind' | 'title'>): string => (l.kind === '其他' ? l.title || '证照' : l.kind);

/** Expired: red. Within its kind's LICENSE_EXPIRY_WINDOW_DAYS: amber, with the date and the days left. 长期: never. */
export function validityFinding(l: StoredLicense, today: string): Finding | null {
  const expiry = licenseExpiry(l, today);
  const name = licenseName(l);
  switch (expiry.state) {
    case 'expired':
      return {
        status: 'error',
        text: `${name}：有效期至 ${l.validTo}，${expiryText(-expiry.daysAgo)}，请登记换发后的证照`,
        short: `${shortName(l)}已过期`,
        recordId: l.id,
        due: l.validTo,
      };
    case 'expiring':
      return {
        status: 'warn',
        text: `${name}：有效期至 ${l.validTo}，${expiryText(expiry.daysLeft)}`,
        short: `${shortName(l)}${expiry.daysLeft === 0 ? '今天到期' : `将于 ${l.validTo} 到期（剩 ${expiry.daysLeft} 天）`}`,
        recordId: l.id,
        due: l.validTo,
      };
    case 'unknown':
      return { status: 'warn', text: `${name}：未填写有效期至，也未勾选“长期”`, short: `${shortName(l)}有效期不明`, recordId: l.id };
    default:
      return null;
  }
}

/**
 * 第九条（二）: the originals are turned into standard electronic images, so a license without scans
 * cannot be filed: red, not amber.
 */
export function scanFinding(l: StoredLicense): Finding | null {
  if (l.scans.length > 0) return null;
  return { status: 'error', text: `${licenseName(l)}：缺少证照扫描件`, short: `${l.kind}缺少扫描件`, recordId: l.id };
}

const present = <T>(x: T | null): x is T => x !== null;

/** 工商营业执照: on file, scanned, valid, and the number the unit profile carries. */
export function businessLicenseFindings(input: ComplianceInput, today: string): Finding[] {
  const licenses = input.licenses.filter((l) => l.kind === '营业执照');
  if (licenses.length === 0) return [{ status: 'error', text: '尚未登记营业执照' }];
  const code = input.unit?.creditCode ?? '';
  return licenses.flatMap((l) =>
    [
      scanFinding(l),
      validityFinding(l, today),
      code !== '' && l.number !== code
        ? {
            status: 'warn' as const,
            text: `营业执照 ${l.number} 与单位信息中的统一社会信用代码 ${code} 不一致`,
            short: '营业执照编号与统一社会信用代码不一致',
            recordId: l.id,
          }
        : null,
    ].filter(present),
  );
}

/**
 * 电信业务经营许可证 (第三条；第九条“相应业务经营许可证”): on file, scanned, valid, with its 业务种类.
 * An IDC room is expected to hold B11 互联网数据中心业务.
 */
export function telecomLicenseFindings(input: ComplianceInput, today: string, opts: { idcRoom: boolean }): Finding[] {
  const licenses = input.licenses.filter((l) => l.kind === '电信业务经营许可证');
  if (licenses.length === 0) return [{ status: 'error', text: '尚未登记电信业务经营许可证' }];
  const findings = licenses.flatMap((l) =>
    [
      scanFinding(l),
      validityFinding(l, today),
      l.scope.length === 0
        ? { status: 'error' as const, text: `${licenseName(l)}：未选择业务种类`, short: '经营许可证未选择业务种类', recordId: l.id }
        : null,
    ].filter(present),
  );
  if (opts.idcRoom && !licenses.some((l) => l.scope.includes('B11'))) {
    findings.push({
      status: 'warn',
      text: `IDC机房服务单位的经营许可证业务种类中没有 ${telecomScopeLabel('B11')}`,
      short: `经营许可证没有 ${telecomScopeLabel('B11')}`,
    });
  }
  return findings;
}

/**
 * Licenses of kind 其他 go into the package too (01 lists them): their validity is judged by the same window,
 * so 证照 and 概览 never disagree about one. A scan is not required of them (第九条 names the other two).
 */
export function otherLicenseFindings(input: ComplianceInput, today: string): Finding[] {
  return input.licenses.filter((l) => l.kind === '其他').flatMap((l) => [validityFinding(l, today)].filter(present));
}

/** 第九条（一）: 工商营业执照 and, for units that host, the corresponding 业务经营许可证; any other license on file is checked for validity. */
export function article9LicensesRow(input: ComplianceInput, today: string, opts: { needsTelecom: boolean; idcRoom: boolean }): ComplianceRow {
  const findings = [
    ...businessLicenseFindings(input, today),
    ...(opts.needsTelecom ? telecomLicenseFindings(input, today, opts) : []),
    ...otherLicenseFindings(input, today),
  ];
  return buildRow({ article: '第九条', topic: '营业执照和业务经营许可证', screen: 'licenses' }, findings, {
    ok: opts.needsTelecom ? '营业执照和电信业务经营许可证已登记，扫描件齐全，均在有效期内' : '营业执照已登记，扫描件齐全，在有效期内',
  });
}

/** 第三条: a unit applying for hosting holds the telecom operating license. */
export function article3LicenseRow(input: ComplianceInput, today: string, opts: { idcRoom: boolean }): ComplianceRow {
  return buildRow({ article: '第三条', topic: '托管服务单位取得电信业务经营许可证', screen: 'licenses' }, telecomLicenseFindings(input, today, opts), {
    ok: '电信业务经营许可证已登记（含业务种类和扫描件），在有效期内',
  });
}
