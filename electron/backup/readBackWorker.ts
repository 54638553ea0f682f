// The worker thread that reads a backup back while it is being written (readBackInWorker.ts starts it): it
// follows the file as the writer fsyncs it, decrypts every chunk and checks every entry of the tar against
// the manifest (size and SHA-256), in parallel with the writing on the main thread. It reads only bytes
// the writer reported fsynced.
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../shared/api/errors';
import { PAYLOAD_NONCE_BYTES, payloadKey } from './agePayload';
import { payloadPlaintext, type ReadAt } from './ageStreams';
import { readBackDiffers, readBackMismatch } from './readBackMessages';
import { readBackupPayload } from './readFullBackup';
import type { ReadBackReply, ReadBackRequest } from './readBackProtocol';
import { SyncedExtent } from './syncedExtent';

const port = parentPort!;
const post = (reply: ReadBackReply) => port.postMessage(reply);
const PROGRESS_EVERY = 8 << 20;

const synced = new SyncedExtent();

async function readBack(file: string, payloadStart: number, fileKey: Uint8Array): Promise<void> {
  // Synchronous reads: they hold up only this thread, and leave libuv's small thread pool to the writer.
  const fd = openSync(file, 'r');
  try {
    const readAt: ReadAt = async (buffer, length, position) => readSync(fd, buffer, 0, length, position);
    const chunksStart = payloadStart + PAYLOAD_NONCE_BYTES;
    await synced.readableTo(chunksStart - 1);
    const nonce = Buffer.alloc(PAYLOAD_NONCE_BYTES);
    if ((await readAt(nonce, PAYLOAD_NONCE_BYTES, payloadStart)) !== PAYLOAD_NONCE_BYTES) throw readBackDiffers();
    const mismatches = new Set<ApiError>();
    let unreported = 0;
    const plaintext = payloadPlaintext(readAt, chunksStart, payloadKey(fileKey, nonce), (position) => synced.readableTo(position));
    const read = await readBackupPayload(plaintext, {
      mismatch: (entry) => {
        const err = readBackMismatch(entry);
        mismatches.add(err);
        return err;
      },
      onBytes: (n) => {
        unreported += n;
        if (unreported >= PROGRESS_EVERY) {
          post({ kind: 'bytes', bytes: unreported });
          unreported = 0;
        }
      },
    }).catch((err: unknown) => {
      // A scan whose bytes changed is named; any other failure means the file did not read back as written.
      throw err instanceof ApiError && mismatches.has(err) ? err : readBackDiffers();
    });
    if (unreported) post({ kind: 'bytes', bytes: unreported });
    post({ kind: 'done', manifest: JSON.stringify(read.manifest) });
  } finally {
    closeSync(fd);
  }
}

port.on('message', (m: ReadBackRequest) => {
  if (m.kind === 'synced') {
    synced.advance(m.to, m.complete);
    return;
  }
  readBack(m.file, m.payloadStart, m.fileKey).catch((err: unknown) => {
    const e = err instanceof ApiError ? err : readBackDiffers();
    post({ kind: 'failed', error: e.toJSON() });
  });
});
