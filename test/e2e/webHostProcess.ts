import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface WebHostProcess {
  url: string;
  origin: string;
  token: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `node dist/electron/webHost.cjs --workspace DIR` and waits for its "Beian Desk: URL" line. */
export function startWebHost(workspace: string, extraArgs: string[] = []): Promise<WebHostProcess> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist/electron/webHost.cjs'), '--workspace', workspace, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    child.once('exit', (code) => reject(new Error(`web host exited with ${code} before it was ready: ${stderr}`)));
    lines.on('line', (line) => {
      const m = /^Beian Desk: (http:\/\/127\.0\.0\.1:(\d+)\/#token=(\S+))$/.exec(line);
      if (!m) return;
      resolve({
        url: m[1]!,
        origin: `http://127.0.0.1:${m[2]}`,
        port: Number(m[2]),
        token: m[3]!,
        child,
        stop: async () => {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}
