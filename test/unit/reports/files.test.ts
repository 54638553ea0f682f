// 06_月度变更报告 as files: the PDF read back with pdftotext, the .xlsx with exceljs; a report of 1,200 new
// spaces prints 500 of them and names the .xlsx, which has them all; `beian report monthly`.
process.env.TZ = 'America/Los_Angeles';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { currentMonth } from '../../../electron/filing/records';
import { describe, expect, it } from 'vitest';
import { openApiHost } from '../../../electron/api/host';
import { writeSpace } from '../../../electron/services/customerSpaces/spaceWriter';
import { runCli } from '../../../electron/transports/cli/run';
import type { MonthlyReport, ReportedMonth } from '../../../shared/reports/monthlyReport';
import { SAMPLE_UNIT } from '../../support/sampleData';
import { tempWorkspace } from '../../support/tempWorkspace';
import { PdfFile } from '../pdf/poppler';
import { cst, reportWorkspace, SERVER, spaceInput } from './support';

const squash = (s: string) => s.replace(/\s+/g, '');

function pdfText(base64: string): string {
  const f = new PdfFile(Buffer.from(base64, 'base64'));
  try {
    return f.text();
  } finally {
    f.close();
  }
}

async function sheetRows(bytes: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => String(v ?? ''))));
  return rows;
}

interface Files {
  pdf: { fileName: string; dataBase64: string };
  xlsx: { fileName: string; dataBase64: string };
  report: MonthlyReport;
}

describe('reports.monthlyFiles', () => {
  const w = reportWorkspace();
  it('a readable PDF with the month, the period, the counts, each section and 本期无变更; an .xlsx row per new record and per changed field', async () => {
    w.setNow('2026-10-02 10:00');
    await w.saveUnit();
    const server = await w.ok<{ id: string }>('servers.save', SERVER);
    w.setNow('2026-10-12 10:00');
    await w.ok('servers.save', { ...SERVER, id: server.id, rack: 'C03-11U' });

    const files = await w.ok<Files>('reports.monthlyFiles', { month: '2026-10' });
    expect([files.pdf.fileName, files.xlsx.fileName]).toEqual(['06_月度变更报告_2026-10.pdf', '06_月度变更报告_2026-10.xlsx']);
    const text = squash(pdfText(files.pdf.dataBase64));
    for (const s of [SAMPLE_UNIT.name, '月度变更报告', '报告月份：2026年10月', '报告期间：2026-10-02至2026-10-31', '新增2项', '单位信息', '服务器', '服务器A-001', '机柜位置：C03-11U', '单位（盖章）']) {
      expect(text).toContain(squash(s));
    }
    // The unit's first report: 首次备案, without a section per category that has nothing.
    expect(text).toContain('首次备案');
    expect(text).not.toContain('本期无变更');
    const rows = await sheetRows(Buffer.from(files.xlsx.dataBase64, 'base64'));
    expect(rows[1]).toEqual(['分类', '变更类型', '对象', '字段', '原值', '新值', '变更时间']);
    const server1 = rows.filter((r) => r[2] === '服务器 A-001');
    expect(server1).toHaveLength(1);
    expect(server1[0]!.slice(0, 5)).toEqual(['服务器', '新增', '服务器 A-001', '登记信息', '']);
    expect(server1[0]![5]).toContain('资产编号：A-001；主机名：web1.example.com');
    expect(server1[0]![5]).toContain('机柜位置：C03-11U');
    expect(server1[0]![6]).toBe('2026-10-12 10:00');
    expect(rows.filter((r) => r[2] === '单位信息')).toHaveLength(1);

    w.setNow('2026-11-01 09:00');
    await w.ok('reports.markMonthlyReported', { month: '2026-10', via: 'cli' });
    w.setNow('2026-11-03 10:00');
    await w.ok('servers.save', { ...SERVER, id: server.id, rack: 'D04-01U', hostname: 'web9.example.com' });
    const nov = await w.ok<Files>('reports.monthlyFiles', { month: '2026-11' });
    const changed = (await sheetRows(Buffer.from(nov.xlsx.dataBase64, 'base64'))).slice(2);
    expect(changed).toEqual([
      ['服务器', '修改', '服务器 A-001', '主机名', 'web1.example.com', 'web9.example.com', '2026-11-03 10:00'],
      ['服务器', '修改', '服务器 A-001', '机柜位置', 'C03-11U', 'D04-01U', '2026-11-03 10:00'],
    ]);
    const novText = squash(pdfText(nov.pdf.dataBase64));
    expect(novText).toContain(squash('修改 服务器A-001 主机名 web1.example.com web9.example.com'));
    // Continuing from October: every section is listed, 本期无变更 where nothing changed; no 首次备案.
    expect(novText).toContain(squash('三、人员 本期无变更'));
    expect(novText).not.toContain('首次备案');
  });
});

describe('a report of 1,200 imported spaces', () => {
  const w = reportWorkspace();
  it('prints 500 in the PDF and names the .xlsx for the other 700, which lists every one', async () => {
    w.setNow('2026-10-09 10:00');
    await w.writeSpaces(
      Array.from({ length: 1200 }, (_, i) => spaceInput(i + 1)),
      true,
    );
    const files = await w.ok<Files>('reports.monthlyFiles', { month: '2026-10' });
    expect(files.report.counts.added).toBe(1200);
    const text = squash(pdfText(files.pdf.dataBase64));
    expect(text).toContain(squash('另有 700 项，详见 06_月度变更报告.xlsx'));
    expect(text).toContain('XM-IDC-000500');
    expect(text).not.toContain('XM-IDC-000501');
    const rows = await sheetRows(Buffer.from(files.xlsx.dataBase64, 'base64'));
    expect(rows.filter((r) => r[1] === '新增').map((r) => r[2])).toEqual(Array.from({ length: 1200 }, (_, i) => `空间编号 XM-IDC-${String(i + 1).padStart(6, '0')}`));
  });
});

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdin: Readable.from([]) });
  return { code, stdout, stderr };
}

describe('beian report monthly', () => {
  it('writes the PDF and .xlsx into --out, prints counts and paths, and records the month only with --mark-reported', async () => {
    const ws = tempWorkspace();
    const out = mkdtempSync(path.join(os.tmpdir(), 'beian-report-out-'));
    try {
      let now = cst('2026-10-03 09:00');
      const host = await openApiHost(ws.dir, { clock: () => now });
      await host.dispatch('unit.save', SAMPLE_UNIT);
      await host.session.store.mutate((tx) => writeSpace(tx, spaceInput(7)));
      now = cst('2026-11-02 09:00');
      await host.session.store.mutate((tx) => writeSpace(tx, spaceInput(8)));
      await host.close();

      const first = await cli(['report', 'monthly', '--month', '2026-10', '--workspace', ws.dir, '--out', out]);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain('新增 2 项'); // 单位信息 and the October space; not November's
      expect(first.stdout).toContain(path.join(out, '06_月度变更报告_2026-10.pdf'));
      expect(readdirSync(out).sort()).toEqual(['06_月度变更报告_2026-10.pdf', '06_月度变更报告_2026-10.xlsx']);
      expect(squash(pdfText(readFileSync(path.join(out, '06_月度变更报告_2026-10.pdf')).toString('base64')))).toContain('空间编号XM-IDC-000007');
      expect(first.stderr).toContain('未记为已报送');

      const history = async () => {
        const h = await openApiHost(ws.dir);
        try {
          const r = await h.dispatch('reports.monthlyHistory', {});
          return (r as { result: ReportedMonth[] }).result;
        } finally {
          await h.close();
        }
      };
      expect(await history()).toEqual([]);

      const marked = await cli(['report', 'monthly', '--month', '2026-10', '--workspace', ws.dir, '--out', out, '--mark-reported']);
      expect(marked.code, marked.stderr).toBe(0);
      expect(marked.stdout).toContain('已记为报送');
      expect(await history()).toMatchObject([{ month: '2026-10', via: 'cli', added: 2 }]);

      const nov = await cli(['report', 'monthly', '--month', '2026-11', '--workspace', ws.dir, '--out', out]);
      expect(nov.stdout).toContain('报告期间 2026-11-01 至 2026-11-30）：新增 1 项，修改 0 项，删除 0 项');

      // The current month (Beijing time) has not ended: written as a preview, refused with the reason.
      const current = currentMonth();
      const ongoing = await cli(['report', 'monthly', '--month', current, '--workspace', ws.dir, '--out', out, '--mark-reported']);
      expect(ongoing.code).toBe(1);
      expect(ongoing.stdout).toContain(`${current.slice(0, 4)}年${current.slice(5, 7)}月尚未结束（北京时间），不能记为已报送`);
      expect(squash(pdfText(readFileSync(path.join(out, `06_月度变更报告_${current}.pdf`)).toString('base64')))).toContain('（本月尚未结束）');
      expect((await history()).map((h) => h.month)).toEqual(['2026-10']);

      const bad = await cli(['report', 'monthly', '--month', '2026-1', '--workspace', ws.dir]);
      expect(bad.code).toBe(2);

      writeFileSync(path.join(out, 'file.txt'), 'not a folder');
      // A folder the system refuses to create: a message and exit 1 (Node's recursive mkdir would spin here).
      const refused = await cli(['report', 'monthly', '--month', '2026-11', '--workspace', ws.dir, '--out', path.join(out, 'file.txt', 'sub')]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/无法写入输出目录（ENOTDIR）/);
      if (existsSync('/proc/self')) {
        const proc = await cli(['report', 'monthly', '--month', '2026-11', '--workspace', ws.dir, '--out', '/proc/beian-report']);
        expect(proc.code).toBe(1);
        expect(proc.stderr).toMatch(/无法写入输出目录（ENOENT）/);
      }
    } finally {
      ws.remove();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
