import { describe, expect, it } from 'vitest';
import { article9PeopleRow } from '../../../shared/compliance/keyPeople';
import { person } from './records';

describe('第九条: the 法定代表人 and 主要负责人 with their ID documents', () => {
  it('one 法定代表人, one 主要负责人, both scanned front and back: green, naming them', () => {
    const r = article9PeopleRow([person('王示例', ['法定代表人']), person('李示例', ['主要负责人', '安全员'])]);
    expect(r.status).toBe('ok');
    expect(r.screen).toBe('people');
    expect(r.message).toBe('法定代表人王示例、主要负责人李示例已登记，证件正反面扫描件齐全');
  });

  it('one person may hold both roles', () => {
    expect(article9PeopleRow([person('王示例', ['法定代表人', '主要负责人'])]).status).toBe('ok');
  });

  it('no 法定代表人: red', () => {
    const r = article9PeopleRow([person('李示例', ['主要负责人'])]);
    expect(r.status).toBe('error');
    expect(r.details.map((d) => d.text)).toEqual(['尚未登记法定代表人（须有且只有一位）']);
  });

  it('two 法定代表人: red, naming both (by name, never by ID number)', () => {
    const r = article9PeopleRow([person('王示例', ['法定代表人']), person('赵示例', ['法定代表人', '主要负责人'])]);
    expect(r.status).toBe('error');
    expect(r.details[0]!.text).toBe('登记了 2 位法定代表人（王示例、赵示例），只能有一位');
    expect(JSON.stringify(r)).not.toContain('11010519491231002X');
  });

  it('no 主要负责人: red', () => {
    const r = article9PeopleRow([person('王示例', ['法定代表人'])]);
    expect(r.status).toBe('error');
    expect(r.message).toBe('尚未登记主要负责人（至少一位）');
  });

  it('a key person without the back scan is red, and says which scan is missing', () => {
    const r = article9PeopleRow([person('王示例', ['法定代表人', '主要负责人'], { idBack: '' })]);
    expect(r.status).toBe('error');
    expect(r.details[0]!.text).toBe('王示例（法定代表人、主要负责人）：缺少证件反面扫描件');
    expect(r.details[0]!.recordId).toBeTruthy();
  });

  it('scans of people without a key role are not asked for here', () => {
    const r = article9PeopleRow([person('王示例', ['法定代表人', '主要负责人']), person('周示例', ['网络管理员'], { idFront: '', idBack: '' })]);
    expect(r.status).toBe('ok');
  });

  it('nobody at all: both roles are missing', () => {
    const r = article9PeopleRow([]);
    expect(r.details.map((d) => d.text)).toEqual(['尚未登记法定代表人（须有且只有一位）', '尚未登记主要负责人（至少一位）']);
  });
});
