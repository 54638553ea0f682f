// The one clock (shared/clock/beijingTime). tz.test.ts runs this file again under TZ=America/Los_Angeles.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  beijingDay,
  beijingIso,
  beijingMinute,
  beijingPdfDate,
  beijingStamp,
  formatBeijingTime,
  localDateShowing,
  parseBeijingStamp,
} from '../../../shared/clock/beijingTime';
import { buildZip } from '../../../electron/filing/package/zip';
import { createLayout, renderLayout } from '../../../electron/pdf';
import { cstStamp } from '../../../electron/filing/package/manifest';
import { fileStamp, parseFileStamp } from '../../../electron/storage/stamp';

// 2026-12-06 02:05:09.123 UTC = 10:05:09 in Beijing; in Los Angeles it is still 2026-12-05 18:05.
const AT = new Date(Date.UTC(2026, 11, 6, 2, 5, 9, 123));
// Late in the UTC day: already the next day in Beijing.
const LATE = new Date(Date.UTC(2026, 11, 31, 20, 30, 0));

describe('the one clock: Beijing time whatever the machine is set to', () => {
  it('runs in the zone the parent asked for (so the TZ run cannot pass by ignoring TZ)', () => {
    const expected = process.env.EXPECT_TZ_OFFSET_JULY;
    if (expected !== undefined) expect(new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset()).toBe(Number(expected));
  });

  it('formats an instant the same way in every place', () => {
    expect(formatBeijingTime(AT)).toBe('2026-12-06 10:05:09');
    expect(formatBeijingTime(AT.toISOString())).toBe('2026-12-06 10:05:09');
    expect(beijingMinute(AT)).toBe('2026-12-06 10:05');
    expect(beijingDay(LATE)).toBe('2027-01-01');
    expect(beijingIso(LATE)).toBe('2027-01-01T04:30:00+08:00');
    expect(cstStamp(LATE)).toEqual({ day: '20270101', iso: '2027-01-01T04:30:00+08:00' });
    expect(beijingPdfDate(AT)).toBe("D:20261206100509+08'00'");
    expect(() => formatBeijingTime('not a time')).toThrow(RangeError);
  });

  it('file stamps are Beijing time and read back to the same instant', () => {
    expect(beijingStamp(AT)).toBe('20261206-100509');
    expect(fileStamp(AT, true)).toBe('20261206-100509-123');
    expect(parseFileStamp('20261206-100509-123')?.getTime()).toBe(AT.getTime());
    expect(parseBeijingStamp('20261399-100509-123')).toBeUndefined();
  });

  it('a Date whose local fields read the Beijing wall clock (for DOS times in a ZIP)', () => {
    const d = localDateShowing(LATE);
    expect([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2027, 1, 1, 4, 30]);
  });

  it('ZIP entry times read Beijing time in zipinfo', async () => {
    const zip = await buildZip('备案材料_X_20261206', [{ path: 'a.txt', bytes: new TextEncoder().encode('x') }], AT);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'clock-')), 'p.zip');
    writeFileSync(file, zip);
    // -T: decimal times yyyymmdd.hhmmss (DOS times have two-second steps: 09 is written as 08)
    const listing = execFileSync('zipinfo', ['-T', file], { encoding: 'utf8' });
    expect(listing).toContain('20261206.100508');
    expect(listing).not.toContain('20261205.');
  });

  it('PDF metadata (pdfinfo) and the page header carry Beijing time', async () => {
    const layout = createLayout({ unitName: '测试单位', generatedAt: AT, title: '时间' });
    layout.paragraph('正文', { size: 10 });
    const { bytes } = await renderLayout(layout);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'clock-')), 'p.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
    expect(info).toMatch(/CreationDate:\s+2026-12-06T10:05:09\+08/);
    expect(info).toMatch(/ModDate:\s+2026-12-06T10:05:09\+08/);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('生成时间：2026-12-06 10:05:09');
  });
});
