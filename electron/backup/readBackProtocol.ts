import type { ApiErrorShape } from '../../shared/api/errors';

/** Main thread -> read-back worker. */
export type ReadBackRequest =
  | { kind: 'start'; file: string; payloadStart: number; fileKey: Uint8Array }
  /** Bytes before `to` are fsynced; `complete`: the whole file (header included) is written and fsynced. */
  | { kind: 'synced'; to: number; complete: boolean };

/** Read-back worker -> main thread. */
export type ReadBackReply =
  | { kind: 'bytes'; bytes: number }
  /** Every entry checked; the manifest as read back (JSON). */
  | { kind: 'done'; manifest: string }
  | { kind: 'failed'; error: ApiErrorShape };
