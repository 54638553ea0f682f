import type { Dispatch } from '../../api/dispatch';
import type { CliIo } from './output';
/**
 * `beian batch`: one {"method", "input"} object a line on stdin, one result a line on stdout, in
 * order: {"result": …} or {"error": {code, message, field?}}. Blank lines are skipped. Exit code 1
 * when any line failed, so scripts notice.
 */
export declare function batchCommand(io: CliIo, dispatch: Dispatch): Promise<number>;
