import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';
import { UNIT_RENTER, residentId, space } from './fixtures';

describe('customerSpaces.exportXlsx: 客户空间登记表', () => {
  const api = apiOnTempWorkspace();

  it('writes every space as a row, sorted by code, IDs as text, domains in Unicode, header bold and frozen', async () => {
    const server = await api.ok<{ id: string }>('servers.save', { assetNo: 'XM-0007', hostname: 'web7.example.com', purposes: ['网站/虚拟空间'], onlineDate: '2026-10-01' });
    await api.ok('customerSpaces.save', space({ spaceCode: 'B-2', renterIdNumber: residentId(7), renterPhone: '13800000007', domains: [{ domain: '厦门.中国' }, { domain: 'b.example.com', holderName: '陈持有', holderIdType: '居民身份证', holderIdNumber: residentId(8) }] }));
    await api.ok('customerSpaces.save', space({ ...UNIT_RENTER, spaceCode: 'A-1', serverId: server.id, reportedOn: '2026-11-05', note: '机柜A' }));

    const file = await api.ok<{ fileName: string; dataBase64: string; rows: number }>('customerSpaces.exportXlsx', {});
    expect(file.fileName).toMatch(/^客户空间登记表_\d{8}\.xlsx$/);
    expect(file.rows).toBe(2);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('空间编号');
    expect(header).toContain('绑定域名');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(3);

    const col = (name: string) => header.indexOf(name) + 1;
    const row = (n: number) => (name: string) => sheet.getRow(n).getCell(col(name));
    const first = row(2);
    const second = row(3);
    expect(first('空间编号').value).toBe('A-1');
    expect(first('所在服务器（资产编号 / 主机名）').value).toBe('XM-0007 / web7.example.com');
    expect(first('证件号码').value).toBe(UNIT_RENTER.renterIdNumber);
    expect(first('单位负责人').value).toBe(UNIT_RENTER.responsibleName);
    expect(first('报送状态').value).toBe('已报送');
    expect(first('备注').value).toBe('机柜A');

    expect(second('空间编号').value).toBe('B-2');
    // 居民身份证 and phone numbers stay text (an all-digit ID read back as a number would lose digits).
    expect(second('证件号码').value).toBe(residentId(7));
    expect(typeof second('联系电话').value).toBe('string');
    expect(second('证件号码').numFmt).toBe('@');
    expect(second('绑定域名').value).toBe('厦门.中国、b.example.com');
    expect(String(second('域名持有者').value)).toContain('陈持有');
    expect(String(second('报送状态').value)).toMatch(/^(待报送|已逾期)（期限 2026-12-01）$/);
  });
});
