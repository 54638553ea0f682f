// The worker thread that reads imported files, one at a time (readInWorker.ts starts it): a hostile file that
// exhausts its heap or its time ends this thread, never the process that serves the app.
import { parentPort } from 'node:worker_threads';
import { readSheet } from './readSheet';
import { SheetRefused } from './sheetTypes';

parentPort!.on('message', ({ id, fileName, bytes }: { id: number; fileName: string; bytes: Uint8Array }) => {
  readSheet(fileName, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).then(
    (sheet) => parentPort!.postMessage({ id, sheet }),
    (err: unknown) => parentPort!.postMessage(err instanceof SheetRefused ? { id, refused: err.message } : { id, failed: true }),
  );
});
