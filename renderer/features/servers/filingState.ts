import { dueText } from '../../../shared/compliance/dueText';
import { filingDue } from '../../../shared/compliance/serverFiling';
import type { StoredServer } from '../../../shared/records/server';

/** Where a server stands against 第八条 (filing within 30 days of going online), seen from `today`. */
export type FilingState =
  | { kind: 'filed'; label: string }
  | { kind: 'pending'; daysLeft: number; label: string }
  | { kind: 'dueToday'; label: string }
  | { kind: 'overdue'; daysLate: number; label: string };

/** How soon a deadline counts as close (the 7天内到期 filter and the amber tag). */
export const SOON_DAYS = 7;

export function filingState(server: Pick<StoredServer, 'filedOn' | 'onlineDate'>, today: string): FilingState {
  const due = filingDue(server, today);
  if (!due) return { kind: 'filed', label: '已备案' };
  const days = due.daysLeft;
  // The same words as the 概览 (第八条 row): 5 天后到期 / 今天到期 / 已逾期 3 天.
  if (days > 0) return { kind: 'pending', daysLeft: days, label: dueText(days) };
  if (days === 0) return { kind: 'dueToday', label: dueText(0) };
  return { kind: 'overdue', daysLate: -days, label: dueText(days) };
}

export function filingStateColor(state: FilingState): string {
  switch (state.kind) {
    case 'filed':
      return 'success';
    case 'pending':
      return state.daysLeft <= SOON_DAYS ? 'warning' : 'processing';
    case 'dueToday':
      return 'warning';
    case 'overdue':
      return 'error';
  }
}

/** The 备案状态 filter of the list. */
export const STATUS_FILTERS = {
  all: '全部',
  filed: '已备案',
  open: '未备案未到期',
  soon: '7天内到期',
  overdue: '已逾期',
} as const;
export type StatusFilter = keyof typeof STATUS_FILTERS;

export function matchesStatus(state: FilingState, filter: StatusFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'filed':
      return state.kind === 'filed';
    case 'open':
      return state.kind === 'pending' || state.kind === 'dueToday';
    case 'soon':
      return state.kind === 'dueToday' || (state.kind === 'pending' && state.daysLeft <= SOON_DAYS);
    case 'overdue':
      return state.kind === 'overdue';
  }
}
