// Issue 10, item 1: one truth. For every case of the table below, 概览 (compliance.summary), 完整性检查
// (filing.check) and the text of the generated PDFs (pdftotext) report the same finding, or all three report
// nothing. To add a case (the duty roster's past and future gaps, say), add a row to CASES: what to save, the
// words each surface must carry, and whether the check blocks.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceSummary } from '../../../shared/compliance/summary';
import type { Completeness } from '../../../shared/filing/completeness';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { addDays } from '../../../shared/records/dates';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { currentMonth } from '../../../electron/filing/records';
import { tempWorkspace } from '../../support/tempWorkspace';
import { fillWorkspace, FIXTURE_CREDIT_CODE } from './packageFixture';

const MONTH = currentMonth();
const TODAY = todayInShanghai();
const day = (n: number) => addDays(TODAY, n);

type Ok = <T>(method: string, input: unknown) => Promise<T>;

interface AgreementCase {
  name: string;
  /** Saves what the case is about into the complete workspace (a scan's sha256 is at hand for licenses). */
  setup(ok: Ok, scan: string): Promise<void>;
  /** null: no surface may report it. Otherwise the article of 概览's row and the words its detail carries. */
  finding: { article: string; words: string[] } | null;
  /** Where 完整性检查 lists it (ignored when finding is null: then it lists nothing with `marker`). */
  check?: 'blocking' | 'warnings';
  /** Names the record on every surface (a license or asset number), so a case can be looked for alone. */
  marker: string;
  /** The PDF that prints it, and the words it prints (whitespace ignored: cells wrap); `never`: words not printed in the 80 characters after `marker`. */
  pdf: { file: string; words: string[]; never?: string[] };
}

const other = (number: string, days: number) => async (ok: Ok) => {
  await ok('licenses.save', { kind: '其他', title: 'ICP许可证', number, issuer: '福建省通信管理局（演示）', validFrom: '2024-01-01', validTo: day(days), scans: [] });
};

export const CASES: AgreementCase[] = [
  {
    name: '营业执照 at 50 days: inside its 60-day window',
    setup: async (ok) => {
      const [l] = (await ok<{ id: string; kind: string }[]>('licenses.list', {})).filter((x) => x.kind === '营业执照');
      await ok('licenses.save', { ...l, longTerm: false, validTo: day(50) });
    },
    marker: `营业执照 ${FIXTURE_CREDIT_CODE}：有效期至`,
    finding: { article: '第九条', words: [`营业执照 ${FIXTURE_CREDIT_CODE}：有效期至 ${day(50)}，50 天后到期`] },
    check: 'warnings',
    pdf: { file: '01_单位备案登记表.pdf', words: [`${day(50)}（50 天后到期）`] },
  },
  {
    name: '电信业务经营许可证 at 75 days: inside its 90-day window',
    setup: async (ok, scan) => {
      await ok('licenses.save', { kind: '电信业务经营许可证', number: '闽B1-20990075', issuer: '福建省通信管理局（演示）', validFrom: '2024-01-01', validTo: day(75), scope: ['B11'], scans: [scan] });
    },
    marker: '闽B1-20990075',
    finding: { article: '第九条', words: [`电信业务经营许可证 闽B1-20990075：有效期至 ${day(75)}，75 天后到期`] },
    check: 'warnings',
    pdf: { file: '01_单位备案登记表.pdf', words: ['闽B1-20990075', `${day(75)}（75 天后到期）`] },
  },
  {
    name: '电信业务经营许可证 at 95 days: outside every window',
    setup: async (ok, scan) => {
      await ok('licenses.save', { kind: '电信业务经营许可证', number: '闽B1-20990095', issuer: '福建省通信管理局（演示）', validFrom: '2024-01-01', validTo: day(95), scope: ['B11'], scans: [scan] });
    },
    marker: '闽B1-20990095',
    finding: null,
    pdf: { file: '01_单位备案登记表.pdf', words: ['闽B1-20990095', `${day(95)}`], never: ['天后到期'] },
  },
  {
    name: '其他 at 50 days: flagged like every kind',
    setup: other('闽B2-20260050', 50),
    marker: '闽B2-20260050',
    finding: { article: '第九条', words: [`ICP许可证 闽B2-20260050：有效期至 ${day(50)}，50 天后到期`] },
    check: 'warnings',
    pdf: { file: '01_单位备案登记表.pdf', words: ['闽B2-20260050', `${day(50)}（50 天后到期）`] },
  },
  {
    name: '其他 at 75 days: outside its 60-day window',
    setup: other('闽B2-20260075', 75),
    marker: '闽B2-20260075',
    finding: null,
    pdf: { file: '01_单位备案登记表.pdf', words: ['闽B2-20260075'], never: ['天后到期'] },
  },
  {
    name: '其他 expired 3 days ago',
    setup: other('闽B2-20260003', -3),
    marker: '闽B2-20260003',
    finding: { article: '第九条', words: [`ICP许可证 闽B2-20260003：有效期至 ${day(-3)}，已过期 3 天`] },
    check: 'blocking',
    pdf: { file: '01_单位备案登记表.pdf', words: [`${day(-3)}（已过期 3 天）`] },
  },
  {
    name: 'a server 15 days past its 第八条 deadline: a reminder, printed in 04',
    setup: async (ok) => {
      await ok('servers.save', { assetNo: 'LATE-0001', purposes: ['网站/虚拟空间'], onlineDate: day(-45), filedOn: '', managers: [] });
    },
    marker: 'LATE-0001',
    finding: { article: '第八条', words: ['LATE-0001', `备案期限 ${day(-15)}`, '已逾期 15 天（第八条）'] },
    check: 'warnings',
    pdf: { file: '04_服务器登记表.pdf', words: ['LATE-0001', '已逾期 15 天'] },
  },
  {
    name: 'a server keeping its logs 3 months: 第七条 and 《网络安全法》第二十三条',
    setup: async (ok) => {
      await ok('servers.save', { assetNo: 'LOGS-0003', purposes: ['网站/虚拟空间'], onlineDate: '2025-01-10', filedOn: '2025-01-20', managers: [], logRetentionMonths: 3 });
    },
    marker: 'LOGS-0003',
    finding: { article: '第七条', words: ['LOGS-0003', '3 个月，少于六个月', '本规定第七条', '《网络安全法》第二十三条第（三）项'] },
    check: 'blocking',
    pdf: { file: '04_服务器登记表.pdf', words: ['LOGS-0003', '日志留存期限（月）：3 个月（少于六个月）'] },
  },
];

const squash = (s: string) => s.replace(/\s+/g, '');

describe('概览, 完整性检查 and the PDFs report the same findings', () => {
  const ws = tempWorkspace();
  const out = mkdtempSync(path.join(os.tmpdir(), 'beian-agree-'));
  let host: ApiHost;
  let summary: ComplianceSummary;
  let check: Completeness;
  const pdfText = new Map<string, string>();

  beforeAll(async () => {
    host = await openApiHost(ws.dir);
    await fillWorkspace(host.dispatch, { month: MONTH });
    const ok: Ok = async <T>(method: string, input: unknown): Promise<T> => {
      const r = await host.dispatch(method, input, { transport: 'test' });
      if (!r.ok) throw new Error(`${method}: ${r.error.message} (${r.error.field ?? ''})`);
      return r.result as T;
    };
    const scan = (await ok<{ scans: string[] }[]>('licenses.list', {}))[0]!.scans[0]!;
    for (const c of CASES) await c.setup(ok, scan);

    summary = await ok<ComplianceSummary>('compliance.summary', {});
    check = await ok<Completeness>('filing.check', { month: MONTH });
    // Some cases block: the package is built all the same (force, as `beian export --force` does) to read its PDFs.
    const { jobId } = await ok<{ jobId: string }>('filing.export', { destination: out, month: MONTH, zip: false, force: true });
    let p: { result?: { folder: string }; error?: { message: string } };
    for (;;) {
      p = await ok('filing.progress', { jobId });
      if (p.result || p.error) break;
      await new Promise((res) => setTimeout(res, 50));
    }
    if (p.error) throw new Error(p.error.message);
    for (const f of readdirSync(p.result!.folder).filter((x) => x.endsWith('.pdf'))) {
      const r = spawnSync('pdftotext', ['-raw', path.join(p.result!.folder, f), '-'], { encoding: 'utf8' });
      pdfText.set(f, squash(r.stdout));
    }
  }, 600_000);
  afterAll(async () => {
    await host?.close();
    ws.remove();
    rmSync(out, { recursive: true, force: true });
  });

  describe.each(CASES)('$name', (c) => {
    const detailsWith = (marker: string) => summary.rows.flatMap((r) => r.details.map((d) => ({ article: r.article, ...d }))).filter((d) => d.text.includes(marker));
    const checkItems = (where: 'blocking' | 'warnings') => check[where].filter((i) => [i.text, ...(i.details ?? [])].some((t) => t.includes(c.marker)));

    it('概览', () => {
      const found = detailsWith(c.marker);
      if (!c.finding) return expect(found).toEqual([]);
      expect(found.map((d) => d.article)).toEqual([c.finding.article]);
      for (const w of c.finding.words) expect(found[0]!.text).toContain(w);
    });

    it('完整性检查', () => {
      if (!c.finding) {
        expect([...checkItems('blocking'), ...checkItems('warnings')]).toEqual([]);
        return;
      }
      const items = checkItems(c.check!);
      expect(items.map((i) => i.article)).toEqual([c.finding.article]);
      const line = items[0]!.details!.find((d) => d.includes(c.marker))!;
      // The very line 概览 shows: one evaluation, never a copy.
      expect(line).toBe(detailsWith(c.marker)[0]!.text);
      expect(checkItems(c.check === 'blocking' ? 'warnings' : 'blocking')).toEqual([]);
    });

    it(`the PDF (${c.pdf.file})`, () => {
      const text = pdfText.get(c.pdf.file);
      expect(text, `${c.pdf.file} written`).toBeDefined();
      for (const w of c.pdf.words) expect(text).toContain(squash(w));
      const at = text!.indexOf(squash(c.marker));
      for (const w of c.pdf.never ?? []) {
        expect(at).toBeGreaterThanOrEqual(0);
        expect(text!.slice(at, at + 80)).not.toContain(squash(w));
      }
    });
  });
});
