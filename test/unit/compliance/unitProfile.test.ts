import { describe, expect, it } from 'vitest';
import { evaluateCompliance } from '../../../shared/compliance/evaluate';
import { unitProfileRow } from '../../../shared/compliance/unitProfile';
import { input, row, TODAY, unit } from './records';

describe('第二条 / 第十一条: the unit profile is complete', () => {
  it('complete: green', () => {
    const r = unitProfileRow('第二条', unit(['IDC机房服务单位']));
    expect(r.status).toBe('ok');
    expect(r.screen).toBe('unit');
  });

  it('one address is enough: either the registered or the office address', () => {
    expect(unitProfileRow('第十一条', unit(['域名注册服务单位'], { registeredAddress: '', officeAddress: '厦门市湖里区' })).status).toBe('ok');
  });

  it('lists every missing field: red', () => {
    const r = unitProfileRow('第十一条', unit(['域名注册服务单位'], { creditCode: '', registeredAddress: '', officeAddress: '', phone: '' }));
    expect(r.status).toBe('error');
    expect(r.message).toBe('单位信息不完整，未填写：统一社会信用代码、注册地址或办公地址、联系电话');
    expect(r.details.map((d) => d.text)).toEqual(['未填写统一社会信用代码', '未填写注册地址或办公地址', '未填写联系电话']);
  });

  it('no profile at all: red', () => {
    expect(unitProfileRow('第二条', null).message).toBe('尚未填写单位信息');
  });

  it('第二条 for IDC机房服务单位, 第十一条 for 域名注册服务单位', () => {
    const s = evaluateCompliance(input({ unit: unit(['IDC机房服务单位', '域名注册服务单位'], { phone: '' }) }), TODAY);
    expect(row(s, '第二条').topic).toBe('IDC机房服务单位提交备案资料');
    expect(row(s, '第十一条').status).toBe('error');
  });
});
