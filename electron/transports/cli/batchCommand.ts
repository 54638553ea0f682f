import { createInterface } from 'node:readline';
import type { Dispatch } from '../../api/dispatch';
import type { CliIo } from './output';

/**
 * `beian batch`: one {"method", "input"} object a line on stdin, one result a line on stdout, in
 * order: {"result": …} or {"error": {code, message, field?}}. Blank lines are skipped. Exit code 1
 * when any line failed, so scripts notice.
 */
export async function batchCommand(io: CliIo, dispatch: Dispatch): Promise<number> {
  let failed = false;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let request: { method?: unknown; input?: unknown };
    try {
      request = JSON.parse(line);
    } catch {
      failed = true;
      io.stdout(`${JSON.stringify({ error: { code: 'VALIDATION', message: `第 ${lineNo} 行不是有效的 JSON` } })}\n`);
      continue;
    }
    if (typeof request !== 'object' || request === null || typeof request.method !== 'string') {
      failed = true;
      io.stdout(`${JSON.stringify({ error: { code: 'VALIDATION', message: `第 ${lineNo} 行缺少 "method"` } })}\n`);
      continue;
    }
    // The dispatcher answers every call with an envelope; should it ever throw, this line still gets one.
    const result = await dispatch(request.method, request.input ?? {}, { transport: 'cli' }).catch(
      () => ({ ok: false, error: { code: 'INTERNAL', message: `第 ${lineNo} 行：内部错误，操作未完成` } }) as const,
    );
    if (!result.ok) failed = true;
    io.stdout(`${JSON.stringify(result.ok ? { result: result.result } : { error: result.error })}\n`);
  }
  return failed ? 1 : 0;
}
