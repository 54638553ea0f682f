import { VALID_USCC, VALID_USCC_2 } from '../../support/sampleData';
import { withCheck } from '../../support/independentMod11';

/** Fictional 居民身份证 numbers with a correct check character (Xiamen 思明区, born 1980-01-01 + n days). */
export const residentId = (n: number) => withCheck(`35020319800101${String(n).padStart(3, '0')}`);

export const UNIT_RENTER = {
  renterKind: '单位',
  renterName: '厦门演示网络有限公司',
  renterIdType: '统一社会信用代码',
  renterIdNumber: VALID_USCC,
  responsibleName: '李演示',
  responsibleIdType: '居民身份证',
  responsibleIdNumber: residentId(11),
} as const;

export const PERSON_RENTER = {
  renterKind: '个人',
  renterName: '张示例',
  renterIdType: '居民身份证',
  renterIdNumber: residentId(21),
} as const;

export { VALID_USCC, VALID_USCC_2 };

/** A space input: an individual renter opened on 2026-11-01 unless overridden. */
export function space(over: Record<string, unknown> = {}) {
  return { ...PERSON_RENTER, openedOn: '2026-11-01', ...over };
}

export interface SavedSpace {
  id: string;
  spaceCode: string;
  renterName: string;
  renterIdNumber: string;
  domains: { domain: string; holderName: string }[];
  openedOn: string;
  reportedOn: string;
  changedOn: string;
}
