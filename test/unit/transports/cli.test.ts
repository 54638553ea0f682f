import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/methodNames';
import { SAMPLE_UNIT, USCC_BAD_CHECK, VALID_USCC } from '../../support/sampleData';
import { tempWorkspace } from '../../support/tempWorkspace';
import { startWebHost } from '../../e2e/webHostProcess';

const REPO = path.resolve(__dirname, '..', '..', '..');
const BIN = path.join(REPO, 'bin', 'beian.cjs');

function beian(args: string[], stdin?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: stdin, encoding: 'utf8', cwd: REPO });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('command line (npx beian)', () => {
  const ws = tempWorkspace();
  beforeAll(() => {
    if (!existsSync(path.join(REPO, 'dist', 'electron', 'cli.cjs'))) throw new Error('dist/electron/cli.cjs missing: run npm run build first');
  });
  afterAll(() => ws.remove());

  it('`methods` lists every contract method with its input as JSON Schema', () => {
    const r = beian(['methods']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as { method: string; summary: string; input: { type?: string; properties?: Record<string, unknown> } }[];
    expect(list.map((m) => m.method).sort()).toEqual([...METHOD_NAMES].sort());
    const validate = list.find((m) => m.method === 'identity.validate')!;
    expect(validate.input.type).toBe('object');
    expect(Object.keys(validate.input.properties ?? {})).toEqual(['type', 'value']);
    const save = list.find((m) => m.method === 'unit.save')!;
    expect(Object.keys(save.input.properties ?? {})).toContain('creditCode');
  });

  it('writing an .xlsx prints no Node deprecation warning (exceljs inside the bundle), and other output is intact', () => {
    const out = path.join(ws.dir, 'report-out');
    const r = beian(['report', 'monthly', '--month', '2026-01', '--workspace', ws.dir, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('06_月度变更报告_2026-01.xlsx');
    expect(r.stderr).not.toMatch(/DeprecationWarning|DEP0005/);
    expect(r.stderr).toContain('未记为已报送');
  });

  it('`call` prints the result and exits 0', () => {
    const r = beian(['call', 'identity.validate', JSON.stringify({ type: 'uscc', value: VALID_USCC.toLowerCase() }), '--workspace', ws.dir]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, value: VALID_USCC });
  });

  it('`call` with a refused input prints {"error": {code, message, field}} and exits 1', () => {
    const r = beian(['call', 'unit.save', JSON.stringify({ ...SAMPLE_UNIT, creditCode: USCC_BAD_CHECK }), '--workspace', ws.dir]);
    expect(r.code).toBe(1);
    const { error } = JSON.parse(r.stdout);
    expect(error.code).toBe('VALIDATION');
    expect(error.field).toBe('creditCode');
    expect(error.message).toMatch(/^统一社会信用代码：.*校验位/);
  });

  it('keeps what one call saved for the next process', () => {
    expect(beian(['call', 'unit.save', JSON.stringify(SAMPLE_UNIT), '--workspace', ws.dir]).code).toBe(0);
    const r = beian(['call', 'unit.get', '{}', '--workspace', ws.dir]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ...SAMPLE_UNIT, roles: SAMPLE_UNIT.roles });
  });

  it('exits 1 for an unknown method and for input that is not JSON', () => {
    const unknown = beian(['call', 'unit.burn', '{}', '--workspace', ws.dir]);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout).error.code).toBe('UNKNOWN_METHOD');
    const notJson = beian(['call', 'unit.get', '{oops', '--workspace', ws.dir]);
    expect(notJson.code).toBe(1);
    expect(JSON.parse(notJson.stdout).error.message).toContain('JSON');
  });

  it('exits 2 with usage for a mistyped command line', () => {
    const noWorkspace = beian(['call', 'unit.get', '{}']);
    expect(noWorkspace.code).toBe(2);
    expect(noWorkspace.stderr).toContain('--workspace');
    expect(beian(['frobnicate']).code).toBe(2);
    expect(beian(['call', 'unit.get', '--bogus', '--workspace', ws.dir]).code).toBe(2);
    expect(beian([]).code).toBe(2);
    expect(beian(['help']).code).toBe(0);
  });

  it('`batch` answers one line per request, in order', () => {
    const lines = [
      { method: 'identity.validate', input: { type: 'mobile', value: '+86 138-0013-8000' } },
      { method: 'identity.validate', input: { type: 'uscc', value: USCC_BAD_CHECK } },
      { method: 'unit.get', input: {} },
      { method: 'no.such', input: {} },
    ]
      .map((l) => JSON.stringify(l))
      .concat(['not json', ''])
      .join('\n');
    const r = beian(['batch', '--workspace', ws.dir], lines);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0]).toEqual({ result: { ok: true, value: '13800138000' } });
    expect(out[1].result.ok).toBe(false);
    expect(out[1].result.message).toContain('校验位');
    expect(out[2].result.name).toBe(SAMPLE_UNIT.name);
    expect(out[3].error.code).toBe('UNKNOWN_METHOD');
    expect(out[4].error.message).toContain('第 5 行');
    expect(r.code).toBe(1);
  });

  it('refuses a workspace another process has open, instead of overwriting its saves', async () => {
    const host = await startWebHost(ws.dir);
    try {
      const r = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'call', 'unit.get', '{}', '--workspace', ws.dir]);
        let stdout = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d));
        child.on('exit', (code) => resolve({ code, stdout }));
      });
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).error.message).toContain('另一个备案台程序');
    } finally {
      await host.stop();
    }
    expect(beian(['call', 'unit.get', '{}', '--workspace', ws.dir]).code).toBe(0);
  });
});
