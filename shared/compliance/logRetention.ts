import { LOG_RETENTION_DEFAULT_MONTHS, SERVER_LABELS } from '../records/server';
import type { ComplianceRow } from './summary';
import { buildRow, type Finding } from './finding';
import type { ComplianceServer } from './input';

/**
 * 《网络安全法》 as amended on 2025-10-28 (in force 2026-01-01): network operators keep network logs at least six
 * months. The amendment inserted two articles before it (a new 第三条 and a new 第二十条), so the 2017 text's
 * 第二十一条 is now 第二十三条: the decision rewrites the old 第五十九条 (now 第六十一条) to cite "第二十三条、第二十七条"
 * where it cited 第二十一条、第二十五条.
 */
export const CYBERSECURITY_LAW_LOG_ARTICLE = '《网络安全法》第二十三条第（三）项';
export const LOG_RETENTION_MIN_MONTHS = 6;
/** 第七条 of the regulation keeps logs of game servers but sets no duration; the law in force sets six months. */
export const REGULATION_LOG_ARTICLE = '第七条';

/** The months a server keeps its logs (servers saved before the field existed keep the default). */
export const retentionMonths = (s: Partial<Pick<ComplianceServer, 'logRetentionMonths'>>): number => s.logRetentionMonths ?? LOG_RETENTION_DEFAULT_MONTHS;

/** The finding for one server below six months, naming both articles; null when it keeps them long enough. */
export function logRetentionFinding(s: Pick<ComplianceServer, 'id' | 'assetNo'> & Partial<Pick<ComplianceServer, 'logRetentionMonths'>>): Finding | null {
  const months = retentionMonths(s);
  if (months >= LOG_RETENTION_MIN_MONTHS) return null;
  return {
    status: 'error',
    text: `${s.assetNo}：${SERVER_LABELS.logRetentionMonths} ${months} 个月，少于六个月（本规定${REGULATION_LOG_ARTICLE}：应当保留日志；${CYBERSECURITY_LAW_LOG_ARTICLE}：留存网络日志不少于六个月）`,
    short: '日志留存少于六个月',
    recordId: s.id,
  };
}

/** Every server keeps its network logs at least six months. */
export function logRetentionRow(servers: readonly ComplianceServer[]): ComplianceRow {
  const findings = servers.map(logRetentionFinding).filter((f): f is Finding => f !== null);
  return buildRow({ article: REGULATION_LOG_ARTICLE, topic: `日志留存不少于六个月（${CYBERSECURITY_LAW_LOG_ARTICLE}）`, screen: 'servers' }, findings, {
    ok: `全部 ${servers.length} 台服务器的日志留存期限不少于六个月`,
    problem: `${findings.length} 台服务器的日志留存期限少于六个月（本规定${REGULATION_LOG_ARTICLE}、${CYBERSECURITY_LAW_LOG_ARTICLE}）`,
  });
}
