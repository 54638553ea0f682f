// 08_值班记录.pdf is in the package only when the unit ticks 值班记录随备案材料 (值班设置); then 00_材料清单 and
// manifest.json list it with 第十三条（二）.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { currentMonth } from '../../../electron/filing/records';
import { filingManifestSchema } from '../../../shared/filing/manifest';
import type { DutyRosterView } from '../../../shared/records/dutyRoster';
import { tempWorkspace } from '../../support/tempWorkspace';
import { fillWorkspace } from './packageFixture';

const MONTH = currentMonth();
const FILE = '08_值班记录.pdf';

async function exportPackage(host: ApiHost, out: string): Promise<string> {
  const started = await host.dispatch('filing.export', { destination: out, month: MONTH, zip: false, force: true }, { transport: 'test' });
  if (!started.ok) throw new Error(started.error.message);
  const { jobId } = started.result as { jobId: string };
  for (;;) {
    const r = (await host.dispatch('filing.progress', { jobId }, { transport: 'test' })) as { result: { result?: { folder: string }; error?: { message: string } } };
    if (r.result.error) throw new Error(r.result.error.message);
    if (r.result.result) return r.result.result.folder;
    await new Promise((res) => setTimeout(res, 20));
  }
}

describe('08_值班记录.pdf in the filing package', () => {
  const ws = tempWorkspace();
  let host: ApiHost;
  const outs: string[] = [];
  const out = () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'beian-dutylog-'));
    outs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    host = await openApiHost(ws.dir);
    await fillWorkspace(host.dispatch, { month: MONTH });
  });
  afterAll(async () => {
    await host.close();
    ws.remove();
    for (const d of outs) rmSync(d, { recursive: true, force: true });
  });

  it('is left out by default, and in (listed in 00 and the manifest) once the unit chooses it', async () => {
    const without = await exportPackage(host, out());
    expect(existsSync(path.join(without, FILE))).toBe(false);

    const view = await host.dispatch('dutyRoster.get', { from: `${MONTH}-01`, to: `${MONTH}-28` }, { transport: 'test' });
    if (!view.ok) throw new Error(view.error.message);
    const { updatedAt: _u, ...settings } = (view.result as DutyRosterView).settings!;
    const saved = await host.dispatch('dutyRoster.saveSettings', { ...settings, logInPackage: true }, { transport: 'test' });
    expect(saved.ok).toBe(true);

    const folder = await exportPackage(host, out());
    expect(existsSync(path.join(folder, FILE))).toBe(true);
    const manifest = filingManifestSchema.parse(JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')));
    expect(manifest.contents.find((c) => c.path === FILE)).toMatchObject({ title: '值班记录', articles: ['第十三条（二）'] });
    const list = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path.join(folder, '00_材料清单.pdf'), '-'], { encoding: 'utf8' });
    expect(list).toMatch(/08_值班记录\.pdf\s+值班记录\s+第十三条（二）/);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path.join(folder, FILE), '-'], { encoding: 'utf8' });
    expect(text).toContain(`值班记录（${Number(MONTH.slice(0, 4))}年${Number(MONTH.slice(5, 7))}月）`);
    expect(text).toContain('08 值班记录'); // the footer names the file
  });
});
