// An .xlsx cell as the text the user sees: dates as YYYY-MM-DD, rich text joined, formulas by their result.
import type { CellValue } from 'exceljs';

export interface CellText {
  text: string;
  /** An integer of 16 digits or more: Excel keeps 15 significant digits, the rest became zeros. */
  lossy: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** exceljs gives dates as UTC instants of the cell's calendar day. */
export function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function numberText(n: number): CellText {
  if (Number.isInteger(n) && Math.abs(n) >= 1e15) return { text: String(n), lossy: true };
  return { text: String(n), lossy: false };
}

export function cellText(value: CellValue | undefined): CellText {
  if (value === null || value === undefined) return { text: '', lossy: false };
  if (typeof value === 'string') return { text: value.trim(), lossy: false };
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return { text: value ? '是' : '否', lossy: false };
  if (value instanceof Date) return { text: dateText(value), lossy: false };
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return { text: value.richText.map((r) => r.text).join('').trim(), lossy: false };
    if ('result' in value) return cellText(value.result as CellValue);
    if ('formula' in value || 'sharedFormula' in value) return { text: '', lossy: false };
    if ('text' in value && typeof value.text === 'string') return { text: value.text.trim(), lossy: false };
    if ('error' in value) return { text: '', lossy: false };
  }
  return { text: String(value as unknown).trim(), lossy: false };
}
