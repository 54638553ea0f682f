import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../electron/services/customerImport/guessMapping';
import { inferIdType, parseDateCell, parseIdType, parseRenterKind, splitDomains } from '../../../electron/services/customerImport/cellParsers';
import { residentId, uscc } from '../../support/customerSheets';

describe('cells as billing systems write them', () => {
  it('reads the date formats of Chinese sheets, and refuses dates that do not exist', () => {
    for (const text of ['2026-03-05', '2026/3/5', '2026.3.5', '2026年3月5日', '2026 年 3 月 5 日', '20260305', '2026-03-05 14:30:00', '２０２６/３/５']) {
      expect(parseDateCell(text), text).toBe('2026-03-05');
    }
    expect(parseDateCell('46086')).toBe('2026-03-05'); // Excel's day number for that date
    expect(parseDateCell('')).toBe('');
    expect(parseDateCell('2026/2/30')).toBeNull();
    expect(parseDateCell('3/5/2026')).toBeNull();
    expect(parseDateCell('下周一')).toBeNull();
  });

  it('reads 证件类型 and 租用者类型 words, and infers the type from the number when the column is missing', () => {
    expect(parseIdType('身份证')).toBe('居民身份证');
    expect(parseIdType('营业执照')).toBe('统一社会信用代码');
    expect(parseIdType('台胞证')).toBe('台湾居民来往大陆通行证');
    expect(parseIdType('回乡证')).toBe('港澳居民来往内地通行证');
    expect(parseIdType('驾驶证')).toBeNull();
    expect(parseRenterKind('企业')).toBe('单位');
    expect(parseRenterKind('自然人')).toBe('个人');
    expect(parseRenterKind('其他')).toBeNull();
    expect(inferIdType(uscc(42))).toBe('统一社会信用代码');
    expect(inferIdType(residentId(42))).toBe('居民身份证');
    // A resident ID with a wrong check digit is still a resident ID: its message then explains the check digit.
    expect(inferIdType(`${residentId(42).slice(0, 17)}${residentId(42).endsWith('1') ? '2' : '1'}`)).toBe('居民身份证');
    expect(inferIdType(uscc(42), { personOnly: true })).not.toBe('统一社会信用代码');
  });

  it('splits a domains cell on , ; 、 and spaces (full-width too)', () => {
    expect(splitDomains('a.cn, b.cn；c.cn、d.cn  e.cn，f.cn')).toEqual(['a.cn', 'b.cn', 'c.cn', 'd.cn', 'e.cn', 'f.cn']);
    expect(splitDomains('  ')).toEqual([]);
  });
});

describe('列对应 guessed from header texts', () => {
  it('maps the synonyms billing systems use', () => {
    expect(guessMapping(['空间ID', '主机', '单位名称', '统一社会信用代码', '手机', '法定代表人', '法人身份证号', '域名', '开通日期', '备注'])).toEqual({
      spaceCode: 0,
      server: 1,
      renterName: 2,
      renterIdNumber: 3,
      renterPhone: 4,
      responsibleName: 5,
      responsibleIdNumber: 6,
      domains: 7,
      openedOn: 8,
      note: 9,
    });
    expect(guessMapping(['编号', 'IP', '姓名', '身份证号', '联系电话', '绑定域名', '开通时间'])).toMatchObject({ spaceCode: 0, server: 1, renterName: 2, renterIdNumber: 3, renterPhone: 4, domains: 5, openedOn: 6 });
  });

  it('keeps the renter, the 负责人 and the domain holder apart, and maps a column once', () => {
    const m = guessMapping(['证件类型', '证件号码', '负责人证件类型', '负责人证件号码', '持有者证件类型', '持有者证件号码', '客户证件号码（18位）']);
    expect(m).toMatchObject({ renterIdType: 0, renterIdNumber: 1, responsibleIdType: 2, responsibleIdNumber: 3, holderIdType: 4, holderIdNumber: 5 });
    const cols = Object.values(m);
    expect(new Set(cols).size).toBe(cols.length);
  });

  it('leaves unknown headers unmapped', () => {
    expect(guessMapping(['机柜', '带宽', '价格'])).toEqual({});
  });
});
