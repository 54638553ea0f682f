import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { batchCommand } from '../../../electron/transports/cli/batchCommand';
import { apiOnTempWorkspace } from '../../support/apiOnTempWorkspace';

describe('a refused input is a VALIDATION envelope naming the field by its label', () => {
  const api = apiOnTempWorkspace();

  it.each(['dutyRoster.get', 'dutyRoster.check', 'dutyRoster.generate'])('%s with a from that is not a date', async (method) => {
    const error = await api.refused(method, { from: 'tomorrow', to: '2026-01-07' });
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'from' });
    expect(error.message).toContain('开始日期');
  });

  it('a wrong type says so instead of 请填写; a missing field says 请填写 with its label', async () => {
    const wrong = await api.refused('people.save', { name: 42, idType: '居民身份证', idNumber: '110105194912310029' });
    expect(wrong).toMatchObject({ code: 'VALIDATION', field: 'name', message: '姓名应为文字' });
    const missing = await api.refused('identity.validate', { type: 'uscc' });
    expect(missing).toMatchObject({ code: 'VALIDATION', field: 'value', message: '请填写证件号码或代码' });
    const file = await api.refused('workspace.restoreBackup', {});
    expect(file.message).toBe('请填写备份文件');
  });

  it('zod defaults are Chinese: no "Too big", no code names', async () => {
    const error = await api.refused('identity.validate', { type: 'uscc', value: 'x'.repeat(201) });
    expect(error.message).toBe('证件号码或代码：不能超过200个字');
    const choice = await api.refused('identity.validate', { type: 'driver', value: 'x' });
    expect(choice.message).toBe('证件类型：不是可选的值');
  });

  it('`beian batch` answers every line, a bad date in the middle included', async () => {
    const stdin = new PassThrough();
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: () => {}, stdin };
    stdin.end(
      [
        JSON.stringify({ method: 'unit.get', input: {} }),
        JSON.stringify({ method: 'dutyRoster.get', input: { from: 'x', to: 'y' } }),
        JSON.stringify({ method: 'dutyRoster.check', input: { from: '2026-02-30', to: '2026-03-01' } }),
        JSON.stringify({ method: 'unit.get', input: {} }),
      ].join('\n'),
    );
    const code = await batchCommand(io, (m, i) => api.dispatch(m, i));
    const lines = out.join('').trim().split('\n').map((l) => JSON.parse(l) as { result?: unknown; error?: { code: string; field?: string } });
    expect(code).toBe(1);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toHaveProperty('result');
    expect(lines[1]!.error).toMatchObject({ code: 'VALIDATION', field: 'from' });
    expect(lines[2]!.error).toMatchObject({ code: 'VALIDATION', field: 'from' });
    expect(lines[3]).toHaveProperty('result');
  });
});
