// The submission package: (1) copy + verify of a package's files with the writer (partial folder,
// fsync of every file and folder, read back, SHA-256 compare, manifest, SHA256SUMS.txt, rename) against
// the floor: `cp -r` of the same files then `sha256sum -c` (with and without `sync`); (2) the demo
// package end to end (records → 完整性检查 → PDFs and sheets → standard images → write → verify), cold and warm.
// Env: BENCH_RUNS (default 5), BENCH_IMAGES_MB (synthetic 1 MB images for the copy case, default 20).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApiHost } from '../electron/api/host';
import { exportFilingPackage } from '../electron/filing/exportJob';
import { writeFilingPackage, type PackageFile } from '../electron/filing/package';
import { currentMonth } from '../electron/filing/records';
import { DEFAULT_IMAGE_PROFILE } from '../shared/records/imageProfile';
import { fillWorkspace } from '../test/unit/filing/packageFixture';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SYNTH_MB = Number(process.env.BENCH_IMAGES_MB ?? 20);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;

function filesOf(folder: string): PackageFile[] {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((f) => statSync(path.join(folder, f)).isFile() && f !== 'manifest.json' && f !== 'SHA256SUMS.txt')
    .map((f) => ({ path: f.split(path.sep).join('/'), bytes: readFileSync(path.join(folder, f)) }));
}

async function copyCase(label: string, files: PackageFile[], scratch: string): Promise<void> {
  const mb = files.reduce((n, f) => n + f.bytes.byteLength, 0) / 1024 / 1024;
  // A source folder for cp: the same files with their SHA256SUMS.txt, written once by the writer.
  const srcRoot = path.join(scratch, `src-${label}`);
  mkdirSync(srcRoot);
  const src = (await writeFilingPackage({ destination: srcRoot, folderName: 'pkg', files, zip: false, manifest: {} })).folder;

  const writer: number[] = [];
  const floor: number[] = [];
  const floorSync: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const d1 = path.join(scratch, `w-${label}-${i}`);
    mkdirSync(d1);
    let t = performance.now();
    await writeFilingPackage({ destination: d1, folderName: 'pkg', files, zip: false, manifest: {} });
    writer.push(performance.now() - t);

    const d2 = path.join(scratch, `cp-${label}-${i}`);
    t = performance.now();
    execFileSync('cp', ['-r', src, d2]);
    execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS.txt'], { cwd: d2 });
    floor.push(performance.now() - t);

    const d3 = path.join(scratch, `cps-${label}-${i}`);
    t = performance.now();
    execFileSync('cp', ['-r', src, d3]);
    execFileSync('sync', ['-f', d3]);
    execFileSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS.txt'], { cwd: d3 });
    floorSync.push(performance.now() - t);
    for (const d of [d1, d2, d3]) rmSync(d, { recursive: true, force: true });
  }
  const w = median(writer);
  const f = median(floor);
  const fs = median(floorSync);
  console.log(
    `${label}: ${files.length} files, ${mb.toFixed(1)} MB — writer (fsync + read-back verify) ${ms(w)}; ` +
      `cp -r + sha256sum -c ${ms(f)} (ratio ${(w / f).toFixed(2)}×); cp -r + sync -f + sha256sum -c ${ms(fs)} (ratio ${(w / fs).toFixed(2)}×)`,
  );
}

async function main() {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'beian-bench-pkg-'));
  const ws = path.join(scratch, 'workspace');
  mkdirSync(ws);
  try {
    console.log(`filingPackage: median of ${RUNS} runs, destination ${os.tmpdir()} (${os.cpus().length} cores, node ${process.version})`);
    const host = await openApiHost(ws);
    const month = currentMonth();
    await fillWorkspace(host.dispatch, { month, servers: 25 });

    const e2e: number[] = [];
    let folder = '';
    for (let i = 0; i < RUNS; i++) {
      const dest = path.join(scratch, `e2e-${i}`);
      mkdirSync(dest);
      const t = performance.now();
      const r = await exportFilingPackage(host.session.store, { destination: dest, month, zip: true, profile: DEFAULT_IMAGE_PROFILE });
      e2e.push(performance.now() - t);
      folder = r.folder;
    }
    console.log(
      `demo package end to end (${readdirSync(folder).filter((f) => f.endsWith('.pdf')).length} PDFs, ${readdirSync(folder).filter((f) => f.endsWith('.xlsx')).length} sheets, ${readdirSync(path.join(folder, 'images')).length} images, 25 servers, ZIP): cold ${ms(e2e[0]!)}, warm median ${ms(median(e2e.slice(1)))} (images cached between runs)`,
    );
    await host.close();

    await copyCase('demo package files', filesOf(folder), scratch);
    const synth: PackageFile[] = Array.from({ length: SYNTH_MB }, (_, i) => ({ path: `images/${String(i + 1).padStart(2, '0')}_图片.jpg`, bytes: randomBytes(1024 * 1024) }));
    await copyCase(`${SYNTH_MB} × 1 MB images`, synth, scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
