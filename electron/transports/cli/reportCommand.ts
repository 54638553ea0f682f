import type { Dispatch } from '../../api/dispatch';
import type { CliIo } from './output';

export interface ReportArgs {
  month: string; out: string; markReported: boolean;
}

// Scaffolding (issue 6): the command is being written.
export async function reportCommand(io: CliIo, _dispatch: Dispatch, _args: ReportArgs): Promise<number> {
  io.stderr('此命令尚未完成\n');
  return 1;
}
