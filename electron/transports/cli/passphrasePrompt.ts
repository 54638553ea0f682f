import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/backup/passphraseStrength';
import { UsageError, type CliIo } from './output';

export const PASSPHRASE_ENV = 'BEIAN_BACKUP_PASSPHRASE';

/** Reads one line from the terminal without echoing it. */
function askHidden(io: CliIo, question: string): Promise<string> {
  io.stderr(question);
  const silent = new Writable({ write: (_chunk, _enc, done) => done() });
  const rl = createInterface({ input: io.stdin, output: silent, terminal: true });
  return new Promise((resolve) => {
    rl.once('line', (line) => {
      rl.close();
      io.stderr('\n');
      resolve(line);
    });
  });
}

/**
 * The backup passphrase: BEIAN_BACKUP_PASSPHRASE when set, otherwise asked on the terminal (twice for
 * a new backup). Never printed, never stored.
 */
export async function backupPassphrase(io: CliIo, env: NodeJS.ProcessEnv, confirm: boolean): Promise<string> {
  const fromEnv = env[PASSPHRASE_ENV];
  if (fromEnv) return fromEnv;
  if (!(io.stdin as { isTTY?: boolean }).isTTY) {
    throw new UsageError(`缺少备份口令：请在终端中运行以输入口令，或设置环境变量 ${PASSPHRASE_ENV}`);
  }
  const first = await askHidden(io, confirm ? `请输入备份口令（至少 ${MIN_PASSPHRASE_LENGTH} 个字符；忘记口令将无法打开备份）：` : '请输入备份口令：');
  if (!confirm) return first;
  const second = await askHidden(io, '请再输入一次备份口令：');
  if (first !== second) throw new UsageError('两次输入的备份口令不一致');
  return first;
}
