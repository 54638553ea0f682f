// The baseline the durable-save benches compare against: the same bytes written the same durable way
// (temp file, fsync, rename, fsync the folder), with nothing else.
import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';

export function plainDurableWrite(dir: string, bytes: Uint8Array): void {
  const target = path.join(dir, 'plain.bin');
  const temp = `${target}.tmp`;
  const fd = openSync(temp, 'w');
  writeSync(fd, bytes, 0, bytes.byteLength, 0);
  fsyncSync(fd);
  closeSync(fd);
  renameSync(temp, target);
  const dirFd = openSync(dir, 'r');
  fsyncSync(dirFd);
  closeSync(dirFd);
}
