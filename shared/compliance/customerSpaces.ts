// 第四条 (客户空间统一编号，保存租用者和绑定域名租用者的真实信息) and 第十二条（三） (客户信息三十日内报送公安机关，
// 变更三十日内报送): over the spaces' codes and dates only — the renters' names and ID numbers never reach 概览.
import { daysBetween } from '../records/dates';
import { reportStatus } from '../records/customerSpace';
import type { ComplianceRow, Deadline } from './summary';
import { dueText } from './dueText';
import { buildRow, type Finding } from './finding';
import type { ComplianceSpace } from './input';

/** A 30-day report due within this many days turns the row amber. */
export const SPACE_DUE_SOON_DAYS = 7;

export interface PendingSpace {
  space: ComplianceSpace;
  /** 待报送 / 已逾期 (new), 变更待报送 / 变更已逾期 (changed since reported). */
  state: string;
  deadline: string;
  daysLeft: number;
}

/** Spaces whose report (or change report) is still due, the most urgent first. */
export function pendingSpaces(spaces: readonly ComplianceSpace[], today: string): PendingSpace[] {
  const out: PendingSpace[] = [];
  for (const space of spaces) {
    const st = reportStatus(space, today);
    if (st.deadline === '') continue;
    out.push({ space, state: st.state, deadline: st.deadline, daysLeft: daysBetween(today, st.deadline) });
  }
  return out.sort((a, b) => a.daysLeft - b.daysLeft);
}

export function article4Row(spaces: readonly ComplianceSpace[]): ComplianceRow {
  const head = { article: '第四条', topic: '客户空间统一编号，保存空间租用者和绑定域名租用者的真实信息', screen: 'customerSpaces' } as const;
  const findings: Finding[] = spaces
    .filter((s) => s.serverId === '' && s.endedOn === '')
    .map((s) => ({ status: 'warn', text: `空间编号 ${s.spaceCode}：未选择所在服务器`, short: '客户空间未选择所在服务器', recordId: s.id }));
  return buildRow(head, findings, {
    ok: spaces.length === 0 ? '尚未登记客户空间（出租空间时须统一编号并登记租用者的真实信息）' : `共 ${spaces.length} 个客户空间，均已统一编号并登记所在服务器`,
    ...(findings.length ? { problem: `${findings.length} 个客户空间未选择所在服务器` } : {}),
  });
}

/**
 * 第十二条（三）: overdue reports red, reports due within SPACE_DUE_SOON_DAYS amber; the message names how many
 * and the earliest deadline.
 */
export function article12Row(spaces: readonly ComplianceSpace[], today: string): ComplianceRow {
  const head = { article: '第十二条', topic: '客户真实身份信息三十日内提交，变更三十日内更新', screen: 'customerSpaces' } as const;
  const pending = pendingSpaces(spaces, today);
  const findings: Finding[] = pending
    .filter((p) => p.daysLeft <= SPACE_DUE_SOON_DAYS)
    .map((p) => ({
      status: p.daysLeft < 0 ? 'error' : 'warn',
      text: `空间编号 ${p.space.spaceCode}：${p.state.startsWith('变更') ? `信息变更日期 ${p.space.changedOn}` : `开通日期 ${p.space.openedOn}`}，报送期限 ${p.deadline}，${dueText(p.daysLeft)}（第十二条）`,
      recordId: p.space.id,
      due: p.deadline,
    }));
  const overdue = pending.filter((p) => p.daysLeft < 0);
  const soon = pending.filter((p) => p.daysLeft >= 0 && p.daysLeft <= SPACE_DUE_SOON_DAYS);
  const first = pending[0];
  const parts = [
    ...(overdue.length ? [`${overdue.length} 个客户空间逾期未报送`] : []),
    ...(soon.length ? [`${soon.length} 个将在 ${SPACE_DUE_SOON_DAYS} 天内到期`] : []),
  ];
  const problem = first && parts.length ? `${parts.join('，')}；最早的期限 ${first.deadline}（${dueText(first.daysLeft)}）。客户信息须在开通或变更后三十日内报送公安机关` : undefined;
  const waiting = pending.length;
  const inService = spaces.filter((s) => s.endedOn === '').length;
  return buildRow(head, findings, {
    ok: waiting > 0 ? `${waiting} 个客户空间待报送，期限均在 ${SPACE_DUE_SOON_DAYS} 天以后` : inService > 0 ? `在用的 ${inService} 个客户空间均已报送` : spaces.length > 0 ? '客户空间均已退租' : '尚未登记客户空间',
    ...(problem ? { problem } : {}),
  });
}

/** The earliest space deadline, as one date (100,000 spaces must not fill the list). */
export function spaceDeadlines(spaces: readonly ComplianceSpace[], today: string): Deadline[] {
  const pending = pendingSpaces(spaces, today);
  const first = pending[0];
  if (!first) return [];
  const same = pending.filter((p) => p.deadline === first.deadline).length;
  return [
    {
      date: first.deadline,
      text: `${same > 1 ? `${same} 个客户空间` : `客户空间 ${first.space.spaceCode}`}报送期限：${dueText(first.daysLeft)}（第十二条）${pending.length > same ? `；另有 ${pending.length - same} 个待报送` : ''}`,
      article: '第十二条',
      screen: 'customerSpaces',
      ...(same === 1 ? { recordId: first.space.id } : {}),
    },
  ];
}
