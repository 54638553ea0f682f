// Time to add one 4032×3024 phone photo (the usual 12-megapixel camera): hash, check, decode,
// preview (1600 px) and thumbnail (240 px), durable write of the original, the row's durable save.
// Also: the same photo added again (a duplicate: hash and lookup only), and a thumbnail read back.
// Env: BENCH_PHOTOS (default 5).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addAttachment, getAttachment } from '../electron/attachments';
import { openWorkspace } from '../electron/storage/store';
import { phonePhoto } from '../test/support/images';

const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 5);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'beian-bench-attach-'));
  try {
    const opened = await openWorkspace(root);
    if (opened.state !== 'ok') throw new Error('workspace damaged');
    const store = opened.store;
    const photos: Buffer[] = [];
    for (let i = 0; i < PHOTOS; i++) photos.push(await phonePhoto());
    const mb = photos.reduce((n, p) => n + p.length, 0) / photos.length / 1024 / 1024;
    console.log(`attachments: ${PHOTOS} photos of 4032×3024, ${mb.toFixed(1)} MB each on average (${os.cpus().length} cores, node ${process.version})`);

    const adds: number[] = [];
    const shas: string[] = [];
    for (const [i, bytes] of photos.entries()) {
      const started = performance.now();
      const added = await addAttachment(store, { name: `IMG_${i}.jpg`, bytes });
      adds.push(performance.now() - started);
      shas.push(added.sha256);
    }
    const dups: number[] = [];
    for (const [i, bytes] of photos.entries()) {
      const started = performance.now();
      await addAttachment(store, { name: `again_${i}.jpg`, bytes });
      dups.push(performance.now() - started);
    }
    const thumbs: number[] = [];
    for (const sha of shas) {
      const started = performance.now();
      await getAttachment(store, sha, 'thumbnail');
      thumbs.push(performance.now() - started);
    }
    console.log(`  add (new):        median ${median(adds).toFixed(0)} ms, max ${Math.max(...adds).toFixed(0)} ms`);
    console.log(`  add (duplicate):  median ${median(dups).toFixed(0)} ms`);
    console.log(`  thumbnail read:   median ${median(thumbs).toFixed(1)} ms`);
    await store.close();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
