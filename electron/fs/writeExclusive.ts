// Writes a file the user asked for (被拒绝的行, 06 月度变更报告) without following a planted link: the data goes
// to a new, exclusively created temp file in the same folder (O_CREAT|O_EXCL never opens an existing path or
// a symlink), which is then renamed onto the name — a rename replaces a symlink there, never its target.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { PRIVATE_FILE_MODE } from './privateModes';

export async function writeFileExclusive(target: string, data: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.partial`);
  const handle = await open(temp, 'wx', PRIVATE_FILE_MODE);
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
}
