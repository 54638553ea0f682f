import type { Dispatch } from '../../api/dispatch';
import type { CliIo } from './output';

export interface LogsArgs {
  action: 'seal' | 'verify'; path?: string; sealId?: string; serverId?: string; note?: string; json: boolean;
}

// Scaffolding (issue 6): the command is being written.
export async function logsCommand(io: CliIo, _dispatch: Dispatch, _args: LogsArgs): Promise<number> {
  io.stderr('此命令尚未完成\n');
  return 1;
}
