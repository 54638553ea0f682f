// The database thread (dist/electron/apiWorker.cjs, started by workerHost.ts): the workspace, its saves,
// checkpoints, backups, imports and every contract method run here, never on the main thread.
import '../quietBundledDeprecations'; // exceljs runs in this thread: its DEP0005 is dropped here too
import { parentPort } from 'node:worker_threads';
import { openApiHost } from './host';
import { serveInWorker } from './workerServe';

if (!parentPort) throw new Error('apiWorker must run as a worker thread');
serveInWorker(parentPort, openApiHost);
