import type { Database } from 'sql.js';
import type { ComplianceUnfiledDomain } from '../../../shared/compliance/domainFilings';
import { MAX_DETAILS } from '../../../shared/compliance/finding';
import { all } from '../../storage/rows';

const DOMAINS = `FROM record r, json_each(r.data, '$.domains') d WHERE r.kind = 'customerSpace'`;
const UNFILED = `coalesce(json_extract(d.value, '$.icpNumber'), '') = '' AND coalesce(json_extract(d.value, '$.psbNumber'), '') = ''`;

/** Bound domains with neither ICP备案号 nor 公安联网备案号 (the first MAX_DETAILS by 空间编号), how many, and all bound domains. */
export function readDomainFilings(db: Database): { unfiled: ComplianceUnfiledDomain[]; unfiledCount: number; total: number } {
  const unfiled = all<ComplianceUnfiledDomain>(
    db,
    `SELECT r.id AS spaceId, json_extract(r.data, '$.spaceCode') AS spaceCode, json_extract(d.value, '$.domain') AS domain ${DOMAINS} AND ${UNFILED}
     ORDER BY spaceCode, d.key LIMIT ?`,
    [MAX_DETAILS],
  );
  const count = (where: string) => all<{ n: number }>(db, `SELECT COUNT(*) AS n ${DOMAINS}${where}`)[0]?.n ?? 0;
  return { unfiled, unfiledCount: count(` AND ${UNFILED}`), total: count('') };
}
