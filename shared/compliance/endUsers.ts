import { SERVER_LABELS } from '../records/server';
import type { ComplianceRow } from './summary';
import { buildRow, type Finding } from './finding';
import type { ComplianceServer } from './input';

/**
 * 第三条: a hosting unit also files the end users who manage the server resources. A server with no
 * 管理人员 at all names nobody, so the filing of it is incomplete: red.
 */
export function article3EndUsersRow(servers: readonly ComplianceServer[]): ComplianceRow {
  const findings: Finding[] = servers
    .filter((s) => s.managers.length === 0)
    .map((s) => ({ status: 'error', text: `${s.assetNo}：未登记${SERVER_LABELS.managers}`, recordId: s.id }));
  return buildRow({ article: '第三条', topic: '管理服务器资源的最终用户一并备案', screen: 'servers' }, findings, {
    ok: `全部 ${servers.length} 台服务器已登记${SERVER_LABELS.managers}`,
    problem: `${findings.length} 台服务器未登记${SERVER_LABELS.managers}（管理服务器资源的最终用户）`,
  });
}
