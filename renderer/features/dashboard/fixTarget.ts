import type { ComplianceDetail, ComplianceRow } from '../../../shared/compliance/summary';
import { UNIT_LABELS } from '../../../shared/records/unit';
import type { ScreenKey } from '../../store/navigation';
import { MONTHLY_REPORT_TAB, opensMonthlyReport } from '../../store/changesTabs';

/** Where 去处理 leads: the screen, the record to open there and the field to put the focus in. */
export interface FixTarget {
  screen: ScreenKey;
  recordId?: string;
  focusField?: string;
}

const has = (text: string, ...words: string[]) => words.some((w) => text.includes(w));

/** The field of a finding's record that fixes it, read from the article and the finding's own words. */
function fieldOf(row: Pick<ComplianceRow, 'article' | 'screen'>, text: string): string | undefined {
  switch (row.screen) {
    case 'servers':
      if (row.article === '第八条') return 'filedOn';
      if (row.article === '第三条') return 'managers';
      if (row.article === '第五条') return 'dnsMeasures';
      if (row.article === '第六条') return 'mailMeasures';
      if (row.article === '第七条') return 'gameLogStatement';
      return undefined;
    case 'licenses':
      if (has(text, '扫描件')) return 'scans';
      if (has(text, '业务种类')) return 'scope';
      if (has(text, '有效期', '到期', '过期')) return 'validTo';
      return 'number';
    case 'people':
      if (has(text, '正面')) return 'idFront';
      if (has(text, '反面')) return 'idBack';
      if (has(text, '扫描件')) return 'idFront';
      return 'roles';
    case 'customerSpaces':
      if (has(text, '所在服务器')) return 'serverId';
      if (row.article === '第十二条') return 'reportedOn';
      return 'renterIdNumber';
    case 'unit': {
      const entry = Object.entries(UNIT_LABELS).find(([, label]) => text.includes(label));
      return entry?.[0] ?? 'name';
    }
    default:
      return undefined;
  }
}

/** 去处理 of one finding: its record opened at the field to fix (a 游戏日志 seal is made on its own screen). */
export function fixTargetOf(row: Pick<ComplianceRow, 'article' | 'screen' | 'topic'>, detail: ComplianceDetail | undefined): FixTarget {
  if (opensMonthlyReport(row)) return { screen: row.screen, focusField: MONTHLY_REPORT_TAB };
  const text = detail?.text ?? '';
  if (row.screen === 'servers' && has(text, '游戏日志')) return { screen: 'gameLogs' };
  const focusField = fieldOf(row, text);
  return {
    screen: row.screen,
    ...(detail?.recordId ? { recordId: detail.recordId } : {}),
    ...(focusField && (detail?.recordId || row.screen === 'unit') ? { focusField } : {}),
  };
}
