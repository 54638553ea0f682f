import { describe, expect, it } from 'vitest';
import { keepSheet, takeSheet } from '../../../electron/services/customerImport/pendingImports';
import type { ParsedSheet } from '../../../electron/services/customerImport/sheetTypes';

const sheet = (rows: number): ParsedSheet => ({ fileName: 'a.csv', format: 'csv', headers: ['编号'], rows: Array.from({ length: rows }, (_, i) => ({ row: i + 2, cells: ['x'] })) });

describe('files waiting between preview and import', () => {
  it('keeps a file for half an hour after it was last used', () => {
    const t0 = 1_000_000;
    const id = keepSheet(sheet(1), t0);
    expect(takeSheet(id, t0 + 29 * 60_000).rows).toHaveLength(1);
    expect(takeSheet(id, t0 + 58 * 60_000).rows).toHaveLength(1);
    expect(() => takeSheet(id, t0 + 90 * 60_000)).toThrow(/请重新选择文件/);
  });

  it('keeps the three most recent files, fewer when they are large, and always the newest', () => {
    const t = 5_000_000;
    const ids = [1, 2, 3, 4].map(() => keepSheet(sheet(10), t));
    expect(() => takeSheet(ids[0]!, t)).toThrow();
    for (const id of ids.slice(1)) expect(takeSheet(id, t).rows).toHaveLength(10);
    const big = keepSheet(sheet(240_000), t);
    const bigger = keepSheet(sheet(240_000), t);
    expect(() => takeSheet(big, t)).toThrow();
    expect(takeSheet(bigger, t).rows).toHaveLength(240_000);
  });
});
