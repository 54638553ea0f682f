import { filingDeadline } from '../records/server';
import { daysBetween } from '../records/dates';
import type { ComplianceRow, Deadline } from './summary';
import { dueText } from './dueText';
import { buildRow, type Finding } from './finding';
import type { ComplianceServer } from './input';

/** A server not yet filed, with where its 第八条 deadline stands on `today`. */
export interface PendingFiling {
  server: ComplianceServer;
  deadline: string;
  daysLeft: number;
}

/**
 * A server's 第八条 deadline (上线日期 + 30 天) and the days from `today` until it, negative once past; null
 * once the server is filed, late or not: it no longer counts. The 服务器 screen's 备案状态 reads the same.
 */
export function filingDue(server: Pick<ComplianceServer, 'filedOn' | 'onlineDate'>, today: string): Omit<PendingFiling, 'server'> | null {
  if (server.filedOn) return null;
  const deadline = filingDeadline(server.onlineDate);
  return { deadline, daysLeft: daysBetween(today, deadline) };
}

export function pendingFilings(servers: readonly ComplianceServer[], today: string): PendingFiling[] {
  return servers
    .flatMap((server) => {
      const due = filingDue(server, today);
      return due ? [{ server, ...due }] : [];
    })
    .sort((a, b) => a.daysLeft - b.daysLeft);
}

/**
 * 第八条: a server is filed within thirty days of going online (deadline = 上线日期 + 30 天). Not yet due:
 * amber; due today: amber; past the deadline: red. A server filed (late or not) no longer counts.
 */
export function article8Row(servers: readonly ComplianceServer[], today: string): ComplianceRow {
  const head = { article: '第八条', topic: '服务器联网三十日内备案', screen: 'servers' } as const;
  if (servers.length === 0) {
    return buildRow(head, [{ status: 'warn', text: '尚未登记任何服务器' }], {
      ok: '',
      problem: '尚未登记服务器：请登记每台服务器及其上线日期，系统据此计算备案期限',
    });
  }
  const pending = pendingFilings(servers, today);
  const findings: Finding[] = pending.map(({ server, deadline, daysLeft }) => ({
    status: daysLeft < 0 ? 'error' : 'warn',
    text: `${server.assetNo}：上线日期 ${server.onlineDate}，备案期限 ${deadline}，${dueText(daysLeft)}（第八条）`,
    recordId: server.id,
    due: deadline,
  }));
  const overdue = pending.filter((p) => p.daysLeft < 0).length;
  const first = pending[0];
  const problem = first
    ? `${pending.length} 台服务器尚未备案${overdue > 0 ? `，其中 ${overdue} 台已逾期` : ''}；最近的期限 ${first.deadline}（${dueText(first.daysLeft)}）。服务器须在上线后三十日内备案`
    : undefined;
  return buildRow(head, findings, { ok: `全部 ${servers.length} 台服务器均已备案`, ...(problem ? { problem } : {}) });
}

export function filingDeadlines(servers: readonly ComplianceServer[], today: string): Deadline[] {
  return pendingFilings(servers, today).map(({ server, deadline, daysLeft }) => ({
    date: deadline,
    text: `服务器 ${server.assetNo} 备案期限：${dueText(daysLeft)}（第八条）`,
    article: '第八条',
    screen: 'servers',
    recordId: server.id,
  }));
}
