import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiError } from '../../../shared/api/errors';
import { openApiHost, type ApiHost } from '../../api/host';
import { batchCommand } from './batchCommand';
import { callCommand } from './callCommand';
import { methodsCommand } from './methodsCommand';
import { printError, UsageError, type CliIo } from './output';

export const USAGE = `备案台命令行

用法：
  beian methods                                   列出所有方法及其输入（JSON Schema）
  beian call 方法 '输入JSON' --workspace 目录      调用一个方法，结果以 JSON 输出
  beian batch --workspace 目录                     从标准输入逐行读取 {"method","input"}，逐行输出结果
  beian help                                      显示本说明

退出码：0 成功；1 调用失败（输出 {"error": …}）；2 命令用法错误。
`;

async function withWorkspace(workspace: string | undefined, fn: (api: ApiHost) => Promise<number>): Promise<number> {
  if (!workspace) throw new UsageError('缺少 --workspace：请指定工作目录（不存在时会新建）');
  const api = await openApiHost(path.resolve(workspace));
  try {
    return await fn(api);
  } finally {
    await api.close();
  }
}

/** Runs one command line; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { workspace: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.stdout(USAGE);
      return command === undefined && !values.help ? 2 : 0;
    }
    switch (command) {
      case 'methods':
        return methodsCommand(io);
      case 'call': {
        const [method, json, ...extra] = rest;
        if (!method) throw new UsageError('缺少方法名，例如：beian call unit.get \'{}\' --workspace 目录');
        if (extra.length > 0) throw new UsageError(`多余的参数：${extra.join(' ')}（JSON 输入请用单引号括起来）`);
        return await withWorkspace(values.workspace, (api) => callCommand(io, api.dispatch, method, json));
      }
      case 'batch':
        return await withWorkspace(values.workspace, (api) => batchCommand(io, api.dispatch));
      default:
        throw new UsageError(`未知命令：${command}`);
    }
  } catch (err) {
    if (err instanceof UsageError || (err as NodeJS.ErrnoException)?.code?.startsWith?.('ERR_PARSE_ARGS')) {
      io.stderr(`${(err as Error).message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof ApiError) {
      printError(io, err.toJSON());
      return 1;
    }
    throw err;
  }
}
