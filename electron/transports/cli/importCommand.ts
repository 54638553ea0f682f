import type { Dispatch } from '../../api/dispatch';
import type { CliIo } from './output';

export interface ImportArgs {
  file: string; dryRun: boolean;
}

// Scaffolding (issue 6): the command is being written.
export async function importCommand(io: CliIo, _dispatch: Dispatch, _args: ImportArgs): Promise<number> {
  io.stderr('此命令尚未完成\n');
  return 1;
}
