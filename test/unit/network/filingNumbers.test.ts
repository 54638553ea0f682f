import { describe, expect, it } from 'vitest';
import { PROVINCE_ABBREVIATIONS, PROVINCE_CODES, validateIcpNumber, validatePsbNumber } from '../../../shared/network/filingNumbers';

describe('ICP备案号', () => {
  it('accepts 省份简称 + ICP备/ICP证 + digits + 号, with an optional site number', () => {
    expect(validateIcpNumber('闽ICP备12345678号-1')).toEqual({ ok: true, value: '闽ICP备12345678号-1' });
    expect(validateIcpNumber('京ICP证030173号')).toEqual({ ok: true, value: '京ICP证030173号' });
    expect(validateIcpNumber(' 粤icp备２０２３０００１号－12 ')).toEqual({ ok: true, value: '粤ICP备20230001号-12' });
  });

  it('accepts every province abbreviation and refuses anything else in its place', () => {
    expect(PROVINCE_ABBREVIATIONS).toHaveLength(31);
    for (const p of PROVINCE_ABBREVIATIONS) expect(validateIcpNumber(`${p}ICP备12345678号`)).toEqual({ ok: true, value: `${p}ICP备12345678号` });
    for (const bad of ['港', '澳', '台', '中', 'A']) {
      expect(validateIcpNumber(`${bad}ICP备12345678号`)).toMatchObject({ ok: false, message: expect.stringContaining(`「${bad}」不是省份简称`) });
    }
  });

  it('refuses with a Chinese message naming what is wrong', () => {
    expect(validateIcpNumber('')).toEqual({ ok: false, message: '请填写ICP备案号' });
    expect(validateIcpNumber('闽ICP12345678号')).toMatchObject({ ok: false, message: expect.stringContaining('“ICP备”或“ICP证”') });
    expect(validateIcpNumber('闽ICP备12345678')).toMatchObject({ ok: false, message: expect.stringContaining('“号”') });
    expect(validateIcpNumber('闽ICP备123号')).toEqual({ ok: false, message: 'ICP备案号的编号应为4–12位数字，现在是3位' });
    expect(validateIcpNumber('闽ICP备1234A678号')).toMatchObject({ ok: false, message: expect.stringContaining('「A」') });
    expect(validateIcpNumber('闽ICP备12345678号-')).toMatchObject({ ok: false, message: expect.stringContaining('网站序号') });
    expect(validateIcpNumber('闽ICP备12345678号1')).toMatchObject({ ok: false, message: expect.stringContaining('网站序号') });
  });
});

describe('公安联网备案号', () => {
  it('accepts 省份简称 + 公网安备 + 14 digits + 号', () => {
    expect(validatePsbNumber('闽公网安备35020302000123号')).toEqual({ ok: true, value: '闽公网安备35020302000123号' });
    expect(validatePsbNumber('闽公网安备 ３５０２０３０２０００１２３ 号')).toEqual({ ok: true, value: '闽公网安备35020302000123号' });
  });

  it('accepts every province with its own division code, and refuses a code of another province', () => {
    for (const p of PROVINCE_ABBREVIATIONS) {
      const n = `${p}公网安备${PROVINCE_CODES[p]}010502000123号`;
      expect(validatePsbNumber(n)).toEqual({ ok: true, value: n });
    }
    expect(validatePsbNumber('京公网安备35020302000123号')).toEqual({ ok: false, message: '公安联网备案号的编号以35开头，与省份简称「京」（11）不符' });
  });

  it('refuses with a Chinese message naming what is wrong', () => {
    expect(validatePsbNumber('')).toEqual({ ok: false, message: '请填写公安联网备案号' });
    expect(validatePsbNumber('港公网安备35020302000123号')).toMatchObject({ ok: false, message: expect.stringContaining('不是省份简称') });
    expect(validatePsbNumber('闽公网安备3502030200012号')).toEqual({ ok: false, message: '公安联网备案号的编号应为14位数字，现在是13位' });
    expect(validatePsbNumber('闽公网安备350203020001234号')).toEqual({ ok: false, message: '公安联网备案号的编号应为14位数字，现在是15位' });
    expect(validatePsbNumber('闽公安备35020302000123号')).toMatchObject({ ok: false, message: expect.stringContaining('“公网安备”') });
    expect(validatePsbNumber('闽公网安备3502030200012X号')).toMatchObject({ ok: false, message: expect.stringContaining('「X」') });
    expect(validatePsbNumber('闽ICP备12345678号')).toMatchObject({ ok: false });
  });
});
