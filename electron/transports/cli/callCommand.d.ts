import type { Dispatch } from '../../api/dispatch';
import { type CliIo } from './output';
/** `beian call METHOD 'JSON'`: the result as JSON and exit 0, or {"error": …} and exit 1. */
export declare function callCommand(io: CliIo, dispatch: Dispatch, method: string, json: string | undefined): Promise<number>;
