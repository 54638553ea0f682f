// 导入客户空间 at scale (issue 6, item 8): a 100,000-row billing sheet (.xlsx, and the same as CSV) generated
// once into a temp folder, imported into a fresh workspace each. Prints parse / validate / write (one
// durable save included) and peak RSS against the 20 s target. Env: BENCH_IMPORT_ROWS (100000),
// BENCH_IMPORT_FORMATS (xlsx,csv).
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApiHost } from '../electron/api/host';
import { guessMapping } from '../electron/services/customerImport/guessMapping';
import { runImport, type ImportTimings, type RejectedRow } from '../electron/services/customerImport/importJob';
import { readSheet } from '../electron/services/customerImport/readSheet';
import { billingRow, csvText, writeLargeXlsx } from '../test/support/customerSheets';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 100_000);
const TARGET_S = 20;
const FORMATS = (process.env.BENCH_IMPORT_FORMATS ?? 'xlsx,csv').split(',');

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const peakRssMb = () => (process.resourceUsage().maxRSS / 1024).toFixed(0);

async function importOnce(file: string): Promise<void> {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'beian-bench-import-ws-'));
  const api = await openApiHost(ws);
  try {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const sheet = await readSheet(path.basename(file), readFileSync(file));
    const parseMs = performance.now() - started;
    const timings: ImportTimings = { validateMs: 0, writeMs: 0, saveMs: 0 };
    const rejected: RejectedRow[] = [];
    const result = await runImport(api.session.store, sheet, guessMapping(sheet.headers), false, () => undefined, rejected, timings);
    const totalMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    if (result.imported !== ROWS) throw new Error(`expected ${ROWS} rows imported, got ${result.imported} (first error: ${result.errors[0]?.message ?? '-'})`);
    const dbMb = (statSync(api.session.store.paths.database).size / 1024 / 1024).toFixed(1);
    const c = timings.cpuMs ?? { validate: 0, write: 0, save: 0 };
    console.log(`  ${path.extname(file).slice(1).padEnd(5)} wall ${s(totalMs)}: parse ${s(parseMs)}, validate ${s(timings.validateMs)}, write ${s(timings.writeMs)}, durable save + search index ${s(timings.saveMs)}  ${totalMs / 1000 <= TARGET_S ? 'PASS' : 'MISS'} (target ${TARGET_S} s)`);
    console.log(`        CPU  ${s(cpuMs)}: parse ${s(cpuMs - c.validate - c.write - c.save)}, validate ${s(c.validate)}, write ${s(c.write)}, durable save + search index ${s(c.save)}  (database ${dbMb} MB, peak RSS so far ${peakRssMb()} MB)`);
  } finally {
    await api.close();
    rmSync(ws, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beian-bench-import-'));
  try {
    const xlsx = path.join(dir, 'customers.xlsx');
    const csv = path.join(dir, 'customers.csv');
    let t = performance.now();
    await writeLargeXlsx(xlsx, ROWS, (i) => billingRow(i));
    writeFileSync(csv, csvText(Array.from({ length: ROWS }, (_, i) => billingRow(i))));
    console.log(
      `customerImport: ${ROWS.toLocaleString('en-US')} rows (${os.cpus().length} cores, node ${process.version}); sheets generated in ${s(performance.now() - t)}: ` +
        `.xlsx ${(statSync(xlsx).size / 1024 / 1024).toFixed(1)} MB, .csv ${(statSync(csv).size / 1024 / 1024).toFixed(1)} MB`,
    );
    t = performance.now();
    for (const format of FORMATS) await importOnce(format === 'csv' ? csv : xlsx);
    console.log(`  both imports in ${s(performance.now() - t)}; peak RSS of the process ${peakRssMb()} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
