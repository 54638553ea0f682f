// The optional ZIP beside the package folder: built in memory with yazl (which marks every entry name
// as UTF-8, so 营业执照 survives on Windows Explorer, macOS Archive Utility and unzip alike).
import { ZipFile } from 'yazl';
import { localDateShowing } from '../../../shared/clock/beijingTime';

const STORED = /\.(jpe?g|png|zip)$/i; // already compressed: store, don't deflate again

/**
 * A ZIP whose entries sit in one folder named `folder`, in the order given. Entry times are Beijing time: a DOS
 * time has no zone and yazl writes the Date's local fields; the extended (UTC) timestamp is left out, or unzip
 * would show the machine's own zone again.
 */
export function buildZip(folder: string, files: readonly { path: string; bytes: Uint8Array }[], at = new Date()): Promise<Buffer> {
  const mtime = localDateShowing(at);
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    try {
      zip.addEmptyDirectory(`${folder}/`, { mtime, forceDosTimestamp: true });
      for (const f of files) {
        zip.addBuffer(Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.byteLength), `${folder}/${f.path}`, {
          mtime,
          forceDosTimestamp: true,
          compress: !STORED.test(f.path),
        });
      }
      zip.end();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
