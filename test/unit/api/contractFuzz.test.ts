import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../shared/api/errors';
import { METHOD_NAMES, type MethodName } from '../../../shared/api/contract';
import { openApiHost } from '../../../electron/api/host';
import { fuzzCalls } from '../../support/contractFuzz';
import { tempWorkspace } from '../../support/tempWorkspace';

const envelope = (reply: unknown) =>
  typeof reply === 'object' && reply !== null && 'ok' in reply && (reply.ok === true ? 'result' in reply : apiErrorSchema.safeParse((reply as { error?: unknown }).error).success);

const ENGLISH_ZOD = /Invalid input|Too (small|big)|expected |Unrecognized key|Required|请填写[A-Za-z_]/;
const CHINESE = /[\u4e00-\u9fff]/;

// restoreBackup swaps the database under the other methods; it is fuzzed last.
const ORDER: MethodName[] = [...METHOD_NAMES.filter((m) => m !== 'workspace.restoreBackup'), 'workspace.restoreBackup'];

describe('every method of the contract, fuzzed from its own schema', () => {
  const ws = tempWorkspace();
  afterAll(() => ws.remove());

  it('answers every call with an envelope, never INTERNAL, always in Chinese, and the workspace stays whole', async () => {
    const calls = fuzzCalls(ORDER);
    const api = await openApiHost(ws.dir);
    const problems: string[] = [];
    let refused = 0;
    try {
      for (const call of calls) {
        let reply: unknown;
        try {
          reply = await api.dispatch(call.method, call.input, { transport: 'http' });
        } catch (err) {
          problems.push(`${call.method} (${call.what}): threw ${(err as Error).name}`);
          continue;
        }
        if (!envelope(reply)) {
          problems.push(`${call.method} (${call.what}): not an envelope`);
          continue;
        }
        const r = reply as { ok: boolean; error?: { code: string; message: string; field?: string } };
        if (r.ok) continue;
        refused++;
        const { code, message, field } = r.error!;
        const leaf = field?.split('.').pop() ?? '';
        const wrongType = field === call.path && call.value !== undefined && call.value !== null && typeof call.value !== 'string';
        if (code === 'INTERNAL') problems.push(`${call.method} (${call.what}): INTERNAL`);
        else if (!CHINESE.test(message) || ENGLISH_ZOD.test(message)) problems.push(`${call.method} (${call.what}): ${code} ${message.slice(0, 120)}`);
        else if (/^[A-Za-z]{3,}$/.test(leaf) && message.includes(leaf)) problems.push(`${call.method} (${call.what}): names the field by its code: ${message.slice(0, 120)}`);
        else if (wrongType && code === 'VALIDATION' && message.includes('请填写')) problems.push(`${call.method} (${call.what}): a wrong type called missing: ${message.slice(0, 120)}`);
      }
    } finally {
      await api.close();
    }
    expect(problems.slice(0, 40), `${problems.length} of ${calls.length} calls`).toEqual([]);
    expect(calls.length).toBeGreaterThan(2000);
    expect(refused).toBeGreaterThan(calls.length / 2);
    // Checked by the sqlite3 shell, a tool this project did not write.
    const check = spawnSync('sqlite3', ['-readonly', path.join(ws.dir, 'beian.sqlite'), 'PRAGMA integrity_check;'], { encoding: 'utf8' });
    expect(check.stdout.trim(), check.stderr).toBe('ok');
    const again = await openApiHost(ws.dir);
    try {
      const status = await again.dispatch('workspace.status', {});
      expect(status).toMatchObject({ ok: true, result: { state: 'ok' } });
    } finally {
      await again.close();
    }
  }, 120_000);
});
