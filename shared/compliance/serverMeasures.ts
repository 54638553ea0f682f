import { DNS_MEASURES, MAIL_MEASURES, SERVER_LABELS, type ServerPurpose } from '../records/server';
import type { ComplianceRow } from './summary';
import { beijingDay as chinaDay } from '../clock/beijingTime';
import { buildRow, type Finding } from './finding';
import type { ComplianceLogSeal, ComplianceServer } from './input';
import { LOG_RETENTION_MIN_MONTHS, REGULATION_LOG_ARTICLE, retentionMonths } from './logRetention';

/** One duty a server's purposes bring that it does not meet yet (第五、六、七条; the log retention). */
export interface MissingMeasure {
  article: string;
  text: string;
}

type MeasureFields = Pick<ComplianceServer, 'purposes' | 'dnsMeasures' | 'mailMeasures' | 'gameLogStatement'> & Partial<Pick<ComplianceServer, 'logRetentionMonths'>>;

/**
 * What one server still lacks, by the same rules as 概览's rows (the 服务器 list's 缺措施 tag reads this): measures
 * not ticked, no 游戏日志留存说明, logs kept under six months.
 */
export function missingMeasures(s: MeasureFields): MissingMeasure[] {
  const out: MissingMeasure[] = [];
  if (s.purposes.includes('域名解析')) {
    const missing = DNS_MEASURES.filter((m) => !s.dnsMeasures.includes(m)).length;
    if (missing > 0) out.push({ article: '第五条', text: `${SERVER_LABELS.dnsMeasures}缺 ${missing} 项` });
  }
  if (s.purposes.includes('电子邮件')) {
    const missing = MAIL_MEASURES.filter((m) => !s.mailMeasures.includes(m)).length;
    if (missing > 0) out.push({ article: '第六条', text: `${SERVER_LABELS.mailMeasures}缺 ${missing} 项` });
  }
  if (s.purposes.includes('游戏') && s.gameLogStatement.trim() === '') {
    out.push({ article: '第七条', text: `未填写${SERVER_LABELS.gameLogStatement}` });
  }
  if (retentionMonths(s) < LOG_RETENTION_MIN_MONTHS) {
    out.push({ article: REGULATION_LOG_ARTICLE, text: `日志留存 ${retentionMonths(s)} 个月，少于六个月` });
  }
  return out;
}

/**
 * A checklist article: every server of `purpose` ticks every measure. A measure not ticked is an
 * obligation not met (the article says 应建立/应采取), so red.
 */
function checklistRow(
  head: { article: string; topic: string },
  servers: readonly ComplianceServer[],
  purpose: ServerPurpose,
  measures: readonly string[],
  ticked: (s: ComplianceServer) => readonly string[],
  what: string,
): ComplianceRow {
  const concerned = servers.filter((s) => s.purposes.includes(purpose));
  const findings: Finding[] = concerned.flatMap((s) => {
    const done = ticked(s);
    const missing = measures.filter((m) => !done.includes(m));
    if (missing.length === 0) return [];
    return [{ status: 'error' as const, text: `${s.assetNo}：未落实 ${missing.join('、')}`, recordId: s.id }];
  });
  return buildRow({ ...head, screen: 'servers' }, findings, {
    ok: `全部 ${concerned.length} 台${purpose}服务器已落实${what}（${measures.length} 项）`,
    problem: `${findings.length} 台${purpose}服务器的${what}尚未全部落实`,
  });
}

/** 第五条: DNS servers — a security protection system and technical measures. */
export const article5Row = (servers: readonly ComplianceServer[]) =>
  checklistRow(
    { article: '第五条', topic: '域名解析服务器安全保护制度和技术措施' },
    servers,
    '域名解析',
    DNS_MEASURES,
    (s) => s.dnsMeasures,
    SERVER_LABELS.dnsMeasures,
  );

/** 第六条: e-mail servers — security technical measures. */
export const article6Row = (servers: readonly ComplianceServer[]) =>
  checklistRow(
    { article: '第六条', topic: '电子邮件服务器安全技术措施' },
    servers,
    '电子邮件',
    MAIL_MEASURES,
    (s) => s.mailMeasures,
    SERVER_LABELS.mailMeasures,
  );

/**
 * 第七条: every game server states how its logs are kept (red when not). Where the seals were read, a game
 * server whose logs were never sealed in 游戏日志 is amber: the seal is how the unit can show later that
 * the logs were neither changed nor deleted. A seal linked to no server counts for every game server.
 */
export function article7Row(servers: readonly ComplianceServer[], seals?: readonly ComplianceLogSeal[]): ComplianceRow {
  const games = servers.filter((s) => s.purposes.includes('游戏'));
  const findings: Finding[] = games
    .filter((s) => s.gameLogStatement.trim() === '')
    .map((s) => ({ status: 'error', text: `${s.assetNo}：未填写${SERVER_LABELS.gameLogStatement}`, recordId: s.id }));
  const sealedIds = new Set((seals ?? []).map((s) => s.serverId));
  const unsealed = seals && !sealedIds.has('') ? games.filter((s) => !sealedIds.has(s.id)) : [];
  for (const s of unsealed) {
    findings.push({ status: 'warn', text: `${s.assetNo}：尚未在“游戏日志”中封存日志（封存后可随时核验日志未被更改或删除）`, short: '游戏日志尚未封存', recordId: s.id });
  }
  const onlySeals = findings.length > 0 && findings.every((f) => f.status === 'warn');
  const last = seals && seals.length > 0 ? [...seals].map((s) => s.sealedAt).sort().at(-1) : undefined;
  return buildRow({ article: '第七条', topic: '游戏服务器保留日志', screen: onlySeals ? 'gameLogs' : 'servers' }, findings, {
    ok: `全部 ${games.length} 台游戏服务器已填写${SERVER_LABELS.gameLogStatement}${last ? `，日志已封存（最近一次 ${chinaDay(last)}）` : ''}`,
    ...(findings.some((f) => f.status === 'error') ? { problem: `${findings.filter((f) => f.status === 'error').length} 台游戏服务器未填写${SERVER_LABELS.gameLogStatement}` } : {}),
  });
}

