import type { Dispatch } from '../../api/dispatch';
import { printError, printJson, type CliIo } from './output';

/** `beian call METHOD 'JSON'`: the result as JSON and exit 0, or {"error": …} and exit 1. */
export async function callCommand(io: CliIo, dispatch: Dispatch, method: string, json: string | undefined): Promise<number> {
  let input: unknown = {};
  if (json !== undefined && json.trim() !== '') {
    try {
      input = JSON.parse(json);
    } catch {
      printError(io, { code: 'VALIDATION', message: '参数不是有效的 JSON，例如 \'{"type":"uscc","value":"…"}\'' });
      return 1;
    }
  }
  const result = await dispatch(method, input, { transport: 'cli' });
  if (result.ok) {
    printJson(io, result.result);
    return 0;
  }
  printError(io, result.error);
  return 1;
}
