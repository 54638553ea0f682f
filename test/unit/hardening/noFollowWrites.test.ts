import { lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../../electron/transports/cli/importCommand';
import { reportCommand } from '../../../electron/transports/cli/reportCommand';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { billingRow, residentIdBadCheck, xlsxBytes } from '../../support/customerSheets';
import { tempWorkspace } from '../../support/tempWorkspace';

const io = () => ({ stdout: () => {}, stderr: () => {}, stdin: new PassThrough() });
const ZIP_MAGIC = 'PK';

describe('outputs the user asked for are never written through a planted symlink', () => {
  const api = apiOnTempWorkspace();
  const dir = tempWorkspace();
  afterAll(() => dir.remove());
  const dispatch = (m: string, i: unknown) => api.dispatch(m, i);

  it('<file>_被拒绝的行.xlsx replaces the link, the link target keeps its content', async () => {
    const victim = path.join(dir.dir, 'victim.txt');
    writeFileSync(victim, 'do not overwrite');
    const sheet = path.join(dir.dir, '客户.xlsx');
    const bad = billingRow(1);
    bad[4] = residentIdBadCheck(1);
    writeFileSync(sheet, await xlsxBytes([billingRow(2), bad]));
    const rejected = path.join(dir.dir, '客户_被拒绝的行.xlsx');
    symlinkSync(victim, rejected);

    expect(await importCommand(io(), dispatch, { file: sheet, dryRun: true, pollMs: 10 })).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('do not overwrite');
    expect(lstatSync(rejected).isSymbolicLink()).toBe(false);
    expect(readFileSync(rejected).subarray(0, 2).toString()).toBe(ZIP_MAGIC);
    if (process.platform !== 'win32') expect(lstatSync(rejected).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir.dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('beian report monthly: both outputs replace planted links', async () => {
    const out = path.join(dir.dir, 'report');
    const victim = path.join(dir.dir, 'victim2.txt');
    writeFileSync(victim, 'keep');
    mkdirSync(out);
    for (const name of ['06_月度变更报告_2026-01.pdf', '06_月度变更报告_2026-01.xlsx']) symlinkSync(victim, path.join(out, name));
    expect(await reportCommand(io(), dispatch, { month: '2026-01', out, markReported: false })).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('keep');
    for (const name of ['06_月度变更报告_2026-01.pdf', '06_月度变更报告_2026-01.xlsx']) {
      expect(lstatSync(path.join(out, name)).isSymbolicLink(), name).toBe(false);
    }
  });
});
