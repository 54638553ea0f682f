import type { ScreenKey } from '../navigation';
import type { ComplianceDetail, ComplianceRow } from './summary';

/** Details kept per row: enough to work through; the message and detailsTotal say how many there are in all. */
export const MAX_DETAILS = 100;

/** One thing a rule found wrong (red) or worth attention (amber). */
export interface Finding {
  status: 'warn' | 'error';
  /** The detail line: names the record by asset number, license number or a person's name, never an ID number. */
  text: string;
  /** A shorter phrase for the row's message; the text when absent. */
  short?: string;
  recordId?: string;
  due?: string;
}

export interface RowHead {
  article: string;
  topic: string;
  screen: ScreenKey;
}

/** Red first, then the nearest due date, otherwise in the order found. */
function byUrgency(a: Finding, b: Finding): number {
  if (a.status !== b.status) return a.status === 'error' ? -1 : 1;
  if (a.due && b.due && a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.due && !b.due) return -1;
  if (!a.due && b.due) return 1;
  return 0;
}

function summarize(findings: readonly Finding[]): string {
  const shorts = [...new Set(findings.map((f) => f.short ?? f.text))];
  const shown = shorts.slice(0, 3).join('；');
  return shorts.length > 3 ? `${shown}；等 ${shorts.length} 项` : shown;
}

function toDetail(f: Finding): ComplianceDetail {
  return {
    text: f.text,
    status: f.status,
    ...(f.recordId ? { recordId: f.recordId } : {}),
    ...(f.due ? { due: f.due } : {}),
  };
}

/**
 * A row from what a rule found: red when anything is red, amber when anything is amber, otherwise green
 * with `ok` as its message. Without a `problem` message the row lists the first findings.
 */
export function buildRow(head: RowHead, findings: readonly Finding[], messages: { ok: string; problem?: string }): ComplianceRow {
  const sorted = [...findings].sort(byUrgency);
  const status = sorted.length === 0 ? 'ok' : sorted.some((f) => f.status === 'error') ? 'error' : 'warn';
  return {
    ...head,
    status,
    message: status === 'ok' ? messages.ok : (messages.problem ?? summarize(sorted)),
    details: sorted.slice(0, MAX_DETAILS).map(toDetail),
    detailsTotal: sorted.length,
  };
}
