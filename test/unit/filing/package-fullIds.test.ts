// Issue 10 item 2: every document of a package prints ID numbers in full with their 证件类型 (and, for a passport,
// 签发国家/地区) — 02 members, 04 end users, 05 renters and a company renter's 单位负责人, 06 — read back with
// pdftotext; the 05 .xlsx has a 签发国家/地区 column. The screens stay masked (test/unit/identity/idDisplay.test.ts).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiHost, type ApiHost } from '../../../electron/api/host';
import { currentMonth } from '../../../electron/filing/records';
import { maskIdNumber } from '../../../shared/identity/idDisplay';
import { todayInShanghai } from '../../../shared/identity/calendarDate';
import { VALID_USCC_2 } from '../../support/sampleData';
import { tempWorkspace } from '../../support/tempWorkspace';
import { PdfFile } from '../pdf/poppler';
import { fillWorkspace, residentId } from './packageFixture';

const MONTH = currentMonth();
const TODAY = todayInShanghai();
const squash = (s: string) => s.replace(/\s+/g, '');
/** pdftotext -layout: a table cell of several lines is read line by line, beside the other columns. */
const layoutText = (file: string) => {
  const f = new PdfFile(readFileSync(file));
  try {
    return f.text();
  } finally {
    f.close();
  }
};
const pdfText = (file: string) => squash(layoutText(file));
const rowOf = (text: string, key: string) => text.split('\n').find((l) => l.includes(key)) ?? '';
/** The lines of 05's table row that starts with `code`, up to the next space's row. */
const spaceRowLines = (text: string, code: string) => {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.includes(code));
  const end = lines.findIndex((l, i) => i > at && /XM-IDC-\d{6}|第\s*\d+\s*页/.test(l));
  return lines.slice(at, end < 0 ? undefined : end).join('\n');
};

const MEMBER_IDS = [residentId('19850615', '234'), residentId('19900301', '345'), residentId('19921111', '456')];
const END_USER_PASSPORT = 'X98765432';
const RESPONSIBLE_ID = residentId('19700707', '777');
const RENTER_PASSPORT = 'P55667788';

describe('full ID numbers in the documents for the police', () => {
  const ws = tempWorkspace();
  const out = mkdtempSync(path.join(os.tmpdir(), 'beian-ids-'));
  let host: ApiHost;
  let folder = '';
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const r = await host.dispatch(method, input, { transport: 'test' });
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.result as T;
  };

  beforeAll(async () => {
    host = await openApiHost(ws.dir);
    await fillWorkspace(host.dispatch, { month: MONTH, servers: 1 });
    await call('servers.save', {
      assetNo: 'DEMO-EU01',
      hostname: 'eu1.example.com',
      ips: ['192.0.2.90'],
      purposes: ['网站/虚拟空间'],
      onlineDate: '2025-01-10',
      filedOn: '2025-01-20',
      managers: [{ kind: 'endUser', name: '史密斯', idType: '护照', idNumber: END_USER_PASSPORT, idCountry: 'USA', mobile: '13900009999' }],
    });
    await call('customerSpaces.save', {
      spaceCode: 'XM-IDC-000201',
      renterKind: '单位',
      renterName: '厦门租用演示有限公司',
      renterIdType: '统一社会信用代码',
      renterIdNumber: VALID_USCC_2,
      responsibleName: '周负责',
      responsibleIdType: '居民身份证',
      responsibleIdNumber: RESPONSIBLE_ID,
      openedOn: TODAY,
    });
    await call('customerSpaces.save', {
      spaceCode: 'XM-IDC-000202',
      renterKind: '个人',
      renterName: '约翰',
      renterIdType: '护照',
      renterIdNumber: RENTER_PASSPORT,
      renterIdCountry: 'GBR',
      openedOn: TODAY,
    });
    const started = await call<{ jobId: string }>('filing.export', { destination: out, month: MONTH, reportMonth: MONTH, zip: false });
    for (;;) {
      const p = await call<{ result?: { folder: string }; error?: { message: string } }>('filing.progress', { jobId: started.jobId });
      if (p.error) throw new Error(p.error.message);
      if (p.result) {
        folder = p.result.folder;
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }, 180_000);

  afterAll(async () => {
    await host.close();
    ws.remove();
    rmSync(out, { recursive: true, force: true });
  });

  it('02 prints every member with 证件类型 and the full number, never a masked one', () => {
    const text = layoutText(path.join(folder, '02_信息网络安全小组成员名单.pdf'));
    for (const [i, name] of ['陈演示', '黄演示', '吴演示'].entries()) {
      expect(text.split('\n').find((l) => /^\s*\d+\s/.test(l) && l.includes(name))).toContain('居民身份证');
      expect(text).toContain(MEMBER_IDS[i]);
      expect(text).not.toContain(maskIdNumber(MEMBER_IDS[i]!));
    }
  });

  it('04 prints the 第三条 end user with full passport number, 签发国家/地区 and mobile', () => {
    const text = layoutText(path.join(folder, '04_服务器登记表.pdf'));
    expect(rowOf(text, 'DEMO-EU01')).toContain('史密斯（最终用户）');
    // The 管理人员 column shares the page with 所在机房: the cell wraps, so read it without the line breaks.
    expect(squash(text)).toContain(`护照${END_USER_PASSPORT}（签发国家/地区：`);
    expect(squash(text)).toMatch(/USA）手机13900009999/);
  });

  it('05 prints the renter’s number with 签发国家/地区 and the 单位负责人 with type and number', () => {
    const text = layoutText(path.join(folder, '05_客户空间登记表.pdf'));
    expect(rowOf(text, 'XM-IDC-000202')).toContain(RENTER_PASSPORT);
    expect(text).toContain('签发国家/地区：GBR');
    expect(rowOf(text, 'XM-IDC-000201')).toContain(VALID_USCC_2);
    // The 单位负责人 under the company renter, with the 证件类型 and number.
    expect(spaceRowLines(text, 'XM-IDC-000201')).toMatch(new RegExp(`单位负责人：周负责[\\s\\S]*居民身份证\\s+${RESPONSIBLE_ID}`));
    expect(text).not.toMatch(/\*{4}/);
  });

  it('06 of the same package agrees with 02 and 05: the same full numbers', () => {
    const text = pdfText(path.join(folder, '06_月度变更报告.pdf'));
    for (const id of [...MEMBER_IDS, RESPONSIBLE_ID, RENTER_PASSPORT, END_USER_PASSPORT]) expect(text, id).toContain(id);
    expect(text).not.toMatch(/\*{4}/);
  });

  it('the 05 .xlsx has a 签发国家/地区 column beside 证件号码', async () => {
    expect(readdirSync(folder)).toContain('05_客户空间登记表.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(folder, '05_客户空间登记表.xlsx'));
    const sheet = wb.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const col = headers.indexOf('签发国家/地区') + 1;
    expect(col).toBe(headers.indexOf('证件号码') + 2);
    const rows: string[][] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) rows.push(Array.from({ length: headers.length }, (_, i) => String(row.getCell(i + 1).value ?? '')));
    });
    const passportRow = rows.find((r) => r.includes(RENTER_PASSPORT))!;
    expect(passportRow[col - 1]).toBe('GBR');
    const unitRow = rows.find((r) => r.includes(VALID_USCC_2))!;
    expect(unitRow[col - 1]).toBe('');
    expect(unitRow).toContain(RESPONSIBLE_ID);
  });
});
