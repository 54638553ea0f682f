import { describe, expect, it } from 'vitest';
import { completenessCheck, screenOfRecord } from '../../../shared/filing/completeness';
import type { ComplianceRow } from '../../../shared/compliance/summary';

const row = (over: Partial<ComplianceRow>): ComplianceRow => ({
  article: '第八条',
  topic: '服务器联网三十日内备案',
  status: 'ok',
  message: '',
  screen: 'servers',
  details: [],
  detailsTotal: 0,
  ...over,
});
const licenseImage = { fileName: '01_营业执照.jpg', title: '营业执照', flags: [] };

describe('completenessCheck', () => {
  it('red rows block, amber rows warn, green rows are left out; details and the cut count are kept', () => {
    const c = completenessCheck(
      {
        rows: [
          row({ article: '第十条', topic: '信息网络安全小组', status: 'error', message: '2 项未落实', details: [{ text: '组长未指定' }, { text: '成员不足' }], detailsTotal: 150, screen: 'securityGroup' }),
          row({ article: '第十条', topic: '信息网络安全小组', status: 'warn', message: '培训记录不足', screen: 'securityGroup' }),
          row({ article: '第九条', status: 'ok' }),
        ],
      },
      [],
      [licenseImage],
    );
    expect(c.blocking).toEqual([
      { article: '第十条', text: '信息网络安全小组：2 项未落实', screen: 'securityGroup', details: ['组长未指定', '成员不足', '……共 150 项'] },
    ]);
    expect(c.warnings).toEqual([{ article: '第十条', text: '信息网络安全小组：培训记录不足', screen: 'securityGroup' }]);
  });

  it('第八条 past its deadline is a reminder with its article, never a blocker: the package is how the server gets filed', () => {
    const c = completenessCheck(
      { rows: [row({ status: 'error', message: '1 台服务器尚未备案，其中 1 台已逾期', details: [{ text: 'A-1：上线日期 2026-10-01，备案期限 2026-10-31，已逾期 36 天（第八条）' }], detailsTotal: 1 })] },
      [],
      [licenseImage],
    );
    expect(c.blocking).toEqual([]);
    expect(c.warnings).toEqual([
      { article: '第八条', text: '服务器联网三十日内备案：1 台服务器尚未备案，其中 1 台已逾期', screen: 'servers', details: ['A-1：上线日期 2026-10-01，备案期限 2026-10-31，已逾期 36 天（第八条）'] },
    ]);
  });

  it('no 营业执照 image blocks; an image that cannot be made blocks; quality flags warn, linked to the form', () => {
    const c = completenessCheck({ rows: [] }, [], [
      { fileName: '03_法定代表人_张演示_证件正面.jpg', title: '法定代表人 张演示 证件正面', flags: ['过暗', '可能模糊'] },
      { fileName: '04_主要负责人_李演示_证件反面.jpg', title: '主要负责人 李演示 证件反面', flags: [], error: '扫描件原件已丢失，请重新上传' },
    ]);
    expect(c.blocking.map((b) => [b.article, b.screen])).toEqual([
      ['第九条', 'licenses'],
      ['第九条', 'people'],
    ]);
    expect(c.blocking[0]!.text).toContain('没有营业执照图片');
    expect(c.blocking[1]!.text).toContain('images/04_主要负责人_李演示_证件反面.jpg');
    expect(c.warnings).toEqual([
      { article: '第九条', text: expect.stringContaining('法定代表人 张演示 证件正面（images/03_法定代表人_张演示_证件正面.jpg）：过暗、可能模糊'), screen: 'people' },
    ]);
    // Several scans of the license: 01_营业执照_1.jpg counts.
    expect(completenessCheck({ rows: [] }, [], [{ fileName: '01_营业执照_1.jpg', title: '营业执照', flags: [] }]).blocking).toEqual([]);
  });

  it('characters no font has: one warning per record and field, each character once, linked to its screen', () => {
    const c = completenessCheck({ rows: [] }, [
      { record: '人员 #3', field: '姓名', char: '𠮷', codePoint: 'U+20BB7' },
      { record: '人员 #3', field: '姓名', char: '𠮷', codePoint: 'U+20BB7' },
      { record: '人员 #3', field: '姓名', char: '㐀', codePoint: 'U+3400' },
      { record: '服务器 A-001', field: '机柜位置', char: '𠮷', codePoint: 'U+20BB7' },
    ], [licenseImage]);
    expect(c.blocking).toEqual([]);
    expect(c.warnings).toHaveLength(2);
    expect(c.warnings[0]).toEqual({ article: '第九条', screen: 'people', text: expect.stringContaining('人员 #3的“姓名”中的 「𠮷」（U+20BB7）、「㐀」（U+3400）') });
    expect(c.warnings[1]!.screen).toBe('servers');
  });

  it('maps record names to screens', () => {
    expect(screenOfRecord('单位')).toBe('unit');
    expect(screenOfRecord('值班表')).toBe('dutyRoster');
    expect(screenOfRecord('信息网络安全小组')).toBe('securityGroup');
    expect(screenOfRecord('证照 闽B1-2099')).toBe('licenses');
  });
});
