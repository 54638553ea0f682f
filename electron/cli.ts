// `npx beian …`: the contract's methods from the command line (see transports/cli/run.ts).
import './quietBundledDeprecations';
import { logInternalError } from './log';
import { processIo } from './transports/cli/output';
import { runCli } from './transports/cli/run';

runCli(process.argv.slice(2), processIo).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    logInternalError('cli', err);
    process.stdout.write(`${JSON.stringify({ error: { code: 'INTERNAL', message: '内部错误，命令未完成' } })}\n`);
    process.exitCode = 1;
  },
);
