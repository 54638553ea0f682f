import { describe, expect, it } from 'vitest';
import { article3EndUsersRow } from '../../../shared/compliance/endUsers';
import { evaluateCompliance } from '../../../shared/compliance/evaluate';
import { hasRow, input, row, server, TODAY, unit } from './records';

describe('第三条: the end users who manage the servers are filed too', () => {
  it('a server without any 管理人员 is red, named by its asset number', () => {
    const r = article3EndUsersRow([server({ assetNo: 'H-1', managers: [] }), server()]);
    expect(r.status).toBe('error');
    expect(r.screen).toBe('servers');
    expect(r.details.map((d) => d.text)).toEqual(['H-1：未登记管理人员']);
  });

  it('an end user counts as a manager: green', () => {
    const endUser = { kind: 'endUser' as const, name: '陈示例', idType: '居民身份证', idNumber: '11010519491231002X', idCountry: '', mobile: '' };
    expect(article3EndUsersRow([server({ managers: [endUser] })]).status).toBe('ok');
  });

  it('only for 托管服务单位 with servers', () => {
    expect(hasRow(evaluateCompliance(input({ unit: unit(['服务器架设单位']), servers: [server({ managers: [] })] }), TODAY), '第三条')).toBe(false);
    const hosting = evaluateCompliance(input({ unit: unit(['托管服务单位']), servers: [server({ managers: [] })] }), TODAY);
    expect(row(hosting, '第三条', '最终用户').status).toBe('error');
    expect(hasRow(evaluateCompliance(input({ unit: unit(['托管服务单位']) }), TODAY), '第三条')).toBe(true);
    expect(evaluateCompliance(input({ unit: unit(['托管服务单位']) }), TODAY).rows.filter((r) => r.article === '第三条')).toHaveLength(1);
  });
});
