// 00_材料清单.pdf, first in the package: read back with pdftotext, its SHA-256 column checked against the files
// with sha256sum (a tool this project did not write), every file of the package listed, qpdf --check clean; the
// manifest carries each file's articles, the report period, the reminders and the forced overrides.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { currentMonth } from '../../../electron/filing/records';
import { filingManifestSchema, type FilingManifest } from '../../../shared/filing/manifest';
import { tempWorkspace } from '../../support/tempWorkspace';
import { fillWorkspace, FIXTURE_CREDIT_CODE } from './packageFixture';

const MONTH = currentMonth();
const LIST = '00_材料清单.pdf';
const UNHASHED = [LIST, 'manifest.json', 'SHA256SUMS.txt'];

async function exportPackage(host: ApiHost, out: string, force: boolean): Promise<string> {
  const started = await host.dispatch('filing.export', { destination: out, month: MONTH, zip: false, force }, { transport: 'test' });
  if (!started.ok) throw new Error(started.error.message);
  const { jobId } = started.result as { jobId: string };
  for (;;) {
    const r = (await host.dispatch('filing.progress', { jobId }, { transport: 'test' })) as { result: { result?: { folder: string }; error?: { message: string } } };
    if (r.result.error) throw new Error(r.result.error.message);
    if (r.result.result) return r.result.result.folder;
    await new Promise((res) => setTimeout(res, 20));
  }
}

/** Every file under the folder, relative, forward slashes. */
const filesOf = (folder: string) =>
  readdirSync(folder, { recursive: true })
    .map(String)
    .filter((f) => statSync(path.join(folder, f)).isFile())
    .map((f) => f.split(path.sep).join('/'));

/** sha256sum's answer for each file. */
function sha256sum(folder: string, files: string[]): Map<string, string> {
  const out = execFileSync('sha256sum', ['--', ...files], { cwd: folder, encoding: 'utf8' });
  return new Map(out.trim().split('\n').map((l) => [l.slice(66), l.slice(0, 64)]));
}

/** The SHA-256 column of 00 as pdftotext reads it: each hash printed as two lines of 32 hex digits. */
function listedHashes(text: string): string[] {
  const halves = [...text.matchAll(/(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])/g)].map((m) => m[0]);
  expect(halves.length % 2).toBe(0);
  return halves.flatMap((h, i) => (i % 2 === 0 ? [h + halves[i + 1]!] : []));
}

const pdftotext = (file: string) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });

describe('00_材料清单.pdf', () => {
  const ws = tempWorkspace();
  const out = mkdtempSync(path.join(os.tmpdir(), 'beian-list-'));
  let host: ApiHost;
  let folder: string;
  let manifest: FilingManifest;
  let text: string;
  let warnings: { article: string; text: string }[];

  beforeAll(async () => {
    host = await openApiHost(ws.dir);
    await fillWorkspace(host.dispatch, { month: MONTH });
    const check = await host.dispatch('filing.check', { month: MONTH }, { transport: 'test' });
    warnings = (check as { result: { warnings: { article: string; text: string }[] } }).result.warnings;
    folder = await exportPackage(host, out, false);
    manifest = filingManifestSchema.parse(JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')));
    text = pdftotext(path.join(folder, LIST));
    if (process.env.KEEP_MATERIALS_LIST) copyFileSync(path.join(folder, LIST), process.env.KEEP_MATERIALS_LIST);
  });
  afterAll(async () => {
    await host.close();
    ws.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('comes first in the package, in manifest.json and in SHA256SUMS.txt', () => {
    expect(manifest.files[0]!.path).toBe(LIST);
    expect(manifest.contents[0]).toMatchObject({ path: LIST, title: '备案材料清单', articles: ['第九条（一）'] });
    expect(readFileSync(path.join(folder, 'SHA256SUMS.txt'), 'utf8').split('\n')[0]).toMatch(new RegExp(`^[0-9a-f]{64}  ${LIST}$`));
  });

  it('its SHA-256 column agrees with sha256sum for every file, in package order, and lists every file of the folder', () => {
    const onDisk = filesOf(folder).sort();
    const hashed = manifest.files.map((f) => f.path).filter((p) => !UNHASHED.includes(p));
    const sums = sha256sum(folder, hashed);
    expect(listedHashes(text)).toEqual(hashed.map((p) => sums.get(p)));
    expect(hashed.length).toBeGreaterThan(10);
    // Every file of the folder is named in the list (those three say where their hash is).
    for (const f of onDisk) expect(text, f).toContain(f);
    expect(onDisk).toEqual([...hashed, ...UNHASHED].sort());
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('本清单不能包含自身的校验值');
    expect(flat).toContain('它的校验值记在manifest.json和SHA256SUMS.txt中');
    // And sha256sum -c confirms 00's own hash where the list says it is.
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS.txt'], { cwd: folder, encoding: 'utf8' });
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toContain(`${LIST}: OK`);
  });

  it('names the unit, its 统一社会信用代码 and the generation time in Beijing time; pages, articles, the receipt box', () => {
    expect(text).toContain('厦门演示数据科技有限公司（演示）');
    expect(text).toContain(FIXTURE_CREDIT_CODE);
    const at = manifest.generatedAt.replace('T', ' ').slice(0, 19); // 2026-12-06 21:05:09 (+08:00)
    expect(text).toContain(at);
    expect(text).toMatch(/01_单位备案登记表\.pdf\s+单位备案登记表\s+第二条、第三条、第九条、第\s+\d+\s*页/);
    expect(text).toMatch(/images\/01_营业执照\.jpg\s+.*第九条（二）\s+图片 1 张/);
    for (const s of ['受理回执', '受理单位：', '受理人：', '受理日期：', '签章：']) expect(text).toContain(s);
    const pages = Number(execFileSync('pdfinfo', [path.join(folder, LIST)], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]);
    expect(text).toMatch(new RegExp(`00_材料清单\\.pdf\\s+材料清单（本文件）\\s+第九条（一）\\s+${pages}\\s*页`));
    for (let n = 1; n <= pages; n++) expect(text).toMatch(new RegExp(`00 材料清单 · 第\\s*${n}\\s*页\\s*/\\s*共\\s*${pages}\\s*页`));
  });

  it('prints the 完整性检查 reminders, and says nothing was forced', () => {
    // filing.check also reminds of the unit's own backup (《个人信息保护法》), which is not for the police.
    const forPolice = warnings.filter((w) => !w.article.startsWith('《个人信息保护法》'));
    expect(forPolice.length).toBeGreaterThan(0);
    expect(manifest.completeness.reminders!.map((r) => [r.article, r.text])).toEqual(forPolice.map((w) => [w.article, w.text]));
    const flat = text.replace(/\s+/g, '');
    for (const w of forPolice) expect(flat, w.text).toContain(w.text.replace(/\s+/g, '').slice(0, 20));
    expect(manifest.completeness.forcedOverrides).toEqual([]);
    expect(text).toContain('无：导出时完整性检查没有阻止导出的项目');
  });

  it('passes qpdf --check', () => {
    const r = spawnSync('qpdf', ['--check', path.join(folder, LIST)], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('No syntax or stream encoding errors found');
  });

  it('manifest.json carries each file\'s articles and pages, the report period; a manifest without them still reads', () => {
    const byPath = new Map(manifest.contents.map((c) => [c.path, c]));
    expect(byPath.get('03_值班表.pdf')).toMatchObject({ articles: ['第十三条（二）'], pages: expect.any(Number) });
    expect(byPath.get('06_月度变更报告.xlsx')).toMatchObject({ articles: ['第十三条（三）'] });
    expect(manifest.contents.filter((c) => c.path.startsWith('images/')).every((c) => c.articles!.join() === '第九条（二）')).toBe(true);
    expect(manifest.reportPeriod).toEqual({ month: manifest.reportMonth, from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), to: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(manifest.materialsList?.path).toBe(LIST);
    // A reader of the first format: the same file without the fields added since.
    const { reportPeriod: _p, materialsList: _m, ...old } = manifest;
    const v1 = { ...old, contents: old.contents.map(({ path: p, title }) => ({ path: p, title })), completeness: { blocking: 0, warnings: 1, forced: false } };
    expect(filingManifestSchema.safeParse(v1).success).toBe(true);
  });
});

describe('00_材料清单.pdf of a package exported with --force', () => {
  const ws = tempWorkspace();
  const out = mkdtempSync(path.join(os.tmpdir(), 'beian-list-forced-'));
  afterAll(() => {
    ws.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('lists the blocking items left open, in the PDF and in manifest.json', async () => {
    const host = await openApiHost(ws.dir);
    try {
      await fillWorkspace(host.dispatch, { month: MONTH, withBusinessLicenseScan: false });
      const check = await host.dispatch('filing.check', { month: MONTH }, { transport: 'test' });
      const blocking = (check as { result: { blocking: { article: string; text: string }[] } }).result.blocking;
      expect(blocking.length).toBeGreaterThan(0);
      const folder = await exportPackage(host, out, true);
      const manifest = filingManifestSchema.parse(JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')));
      expect(manifest.completeness.forced).toBe(true);
      expect(manifest.completeness.forcedOverrides!.map((f) => [f.article, f.text])).toEqual(blocking.map((b) => [b.article, b.text]));
      const flat = pdftotext(path.join(folder, LIST)).replace(/\s+/g, '');
      expect(flat).toContain('经命令行--force强制导出');
      for (const b of blocking) expect(flat, b.text).toContain(b.text.replace(/\s+/g, '').slice(0, 20));
      // Still every hash right.
      const hashed = manifest.files.map((f) => f.path).filter((p) => !UNHASHED.includes(p));
      const sums = sha256sum(folder, hashed);
      expect(listedHashes(pdftotext(path.join(folder, LIST)))).toEqual(hashed.map((p) => sums.get(p)));
    } finally {
      await host.close();
    }
  });
});
