// The worker thread that reads a backup back while it is being written (readBackInWorker.ts starts it): it
// follows the file as the writer fsyncs it, decrypts every chunk and checks every entry of the tar against
// the manifest (size and SHA-256), in parallel with the writing on the main thread.
import { open } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { ApiError } from '../../shared/api/errors';
import { AgePayloadDecrypter, PAYLOAD_NONCE_BYTES, payloadKey } from './agePayload';
import { FollowedFile } from './followedFile';
import { readBackDiffers, readBackMismatch } from './readBackMessages';
import { readBackupPayload } from './readFullBackup';
import type { ReadBackReply, ReadBackRequest } from './readBackProtocol';

const port = parentPort!;
const post = (reply: ReadBackReply) => port.postMessage(reply);
const PROGRESS_EVERY = 8 << 20;

let followed: FollowedFile | null = null;
const early: { to: number; complete: boolean }[] = [];

async function readBack(file: string, payloadStart: number, fileKey: Uint8Array): Promise<void> {
  const handle = await open(file, 'r');
  try {
    const stream = new FollowedFile(handle, payloadStart);
    followed = stream;
    for (const e of early.splice(0)) stream.advance(e.to, e.complete);
    await stream.until(payloadStart + PAYLOAD_NONCE_BYTES);
    const nonce = await stream.readAt(payloadStart, PAYLOAD_NONCE_BYTES);
    if (nonce.length !== PAYLOAD_NONCE_BYTES) throw readBackDiffers();
    stream.seek(payloadStart + PAYLOAD_NONCE_BYTES);
    const mismatches = new Set<ApiError>();
    let unreported = 0;
    const read = await readBackupPayload(stream, new AgePayloadDecrypter(payloadKey(fileKey, nonce)), {
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
    await handle.close();
  }
}

port.on('message', (m: ReadBackRequest) => {
  if (m.kind === 'synced') {
    if (followed) followed.advance(m.to, m.complete);
    else early.push(m);
    return;
  }
  readBack(m.file, m.payloadStart, m.fileKey).catch((err: unknown) => {
    const e = err instanceof ApiError ? err : readBackDiffers();
    post({ kind: 'failed', error: e.toJSON() });
  });
});
