import type { ApiErrorShape } from '../../../shared/api/errors';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: NodeJS.ReadableStream;
}

export const processIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stdin: process.stdin,
};

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

export function printError(io: CliIo, error: ApiErrorShape): void {
  io.stdout(`${JSON.stringify({ error }, null, 2)}\n`);
}

/** A mistake in how the command was typed (not a failed call): exit code 2 with usage on stderr. */
export class UsageError extends Error {}
