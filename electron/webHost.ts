// `npm run web -- --workspace DIR [--port N]`: the same app and handlers, served to a browser on 127.0.0.1.
import './quietBundledDeprecations';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiError } from '../shared/api/errors';
import { openWorkerApiHost } from './api/workerHost';
import { logInternalError } from './log';
import { appRoot } from './appRoot';
import { startHttpHost } from './transports/httpHost';

const USAGE = '用法：npm run web -- --workspace 目录 [--port 端口]';

async function main(): Promise<void> {
  let values: { workspace?: string; port?: string };
  try {
    ({ values } = parseArgs({ options: { workspace: { type: 'string' }, port: { type: 'string' } } }));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (!values.workspace) {
    process.stderr.write(`缺少 --workspace：请指定数据所在的工作目录（不存在时会新建）\n${USAGE}\n`);
    process.exit(2);
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`端口无效：${values.port}\n${USAGE}\n`);
    process.exit(2);
  }
  const rendererDir = path.join(appRoot(), 'dist', 'renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    process.stderr.write('界面尚未构建：请先运行 npm run build\n');
    process.exit(2);
  }

  // The database and every service run in a worker thread; this thread only serves HTTP and passes messages.
  const api = await openWorkerApiHost(path.resolve(values.workspace), {
    workerPath: path.join(__dirname, 'apiWorker.cjs'),
    onCrash: (err) => logInternalError('database thread', err),
  });
  const host = await startHttpHost({ rendererDir, dispatch: api.dispatch, port });
  process.stdout.write(`Beian Desk: ${host.url}\n`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await api.close(); // waits for pending saves
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  if (err instanceof ApiError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`启动失败：${err instanceof Error ? err.name : 'error'} ${(err as NodeJS.ErrnoException)?.code ?? ''}\n`);
  process.exit(1);
});
