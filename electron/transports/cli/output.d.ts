import type { ApiErrorShape } from '../../../shared/api/errors';
export interface CliIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    stdin: NodeJS.ReadableStream;
}
export declare const processIo: CliIo;
export declare function printJson(io: CliIo, value: unknown): void;
export declare function printError(io: CliIo, error: ApiErrorShape): void;
/** A mistake in how the command was typed (not a failed call): exit code 2 with usage on stderr. */
export declare class UsageError extends Error {
}
