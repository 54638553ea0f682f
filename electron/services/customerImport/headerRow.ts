// Billing systems often put a title above the column headers ("客户空间信息表（2026年11月）", merged across the
// columns) and sometimes a blank line or a note: the header is then not row 1. It is found as the first row
// among the first few whose texts name at least two of the fields; row 1 stays the header when it does.
import { guessMapping } from './guessMapping';
import type { ParsedSheet } from './sheetTypes';

/** How far down a header row is looked for. */
const LOOK_AHEAD_ROWS = 10;
/** A row naming fewer fields than this is no header. */
const MIN_FIELDS = 2;

const fieldsNamed = (cells: string[]) => Object.values(guessMapping(cells)).filter((c) => c !== null && c !== undefined).length;

export function withHeaderRow(sheet: ParsedSheet): ParsedSheet {
  if (fieldsNamed(sheet.headers) >= MIN_FIELDS) return sheet;
  const index = sheet.rows.slice(0, LOOK_AHEAD_ROWS).findIndex((r) => fieldsNamed(r.cells) >= MIN_FIELDS);
  if (index < 0) return sheet;
  return { ...sheet, headers: sheet.rows[index]!.cells, rows: sheet.rows.slice(index + 1) };
}
