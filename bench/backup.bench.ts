// 备份到U盘 / 从备份恢复 on a workspace with BENCH_BACKUP_MB of scans (default 1024: 1 GB), beside the
// same work done by tools we did not write, in the same run and with the same passphrase:
//   backup:  ours (snapshot, tar, age encryption with scrypt running meanwhile, fsync, read back +
//            decrypt + check every hash in a worker thread that follows the writing, rename)
//            vs `tar -cf - … | age -p -o FILE` (no read-back at all)
//   restore: ours (decrypt, check every hash, write every scan fsynced into a staging folder)
//            vs `age -d FILE | tar -xf -`
// Both use age's scrypt work factor 18 (the age CLI's default and ours). Target: within 1.5x. A MISS is
// reported, not failed. CPU seconds are printed beside wall time: on a shared machine the wall time
// mostly measures the load. age reads a passphrase only from a terminal: python3's pty module types it.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { workerSource } from '../electron/backup/readBackInWorker';
import { readFullBackup } from '../electron/backup/readFullBackup';
import { takeSnapshot } from '../electron/backup/snapshot';
import { writeFullBackup } from '../electron/backup/writeFullBackup';
import { run } from '../electron/storage/rows';
import { openWorkspace } from '../electron/storage/store';

const PASSPHRASE = 'bench passphrase 备份 2026';
const TOTAL_MB = Number(process.env.BENCH_BACKUP_MB ?? 1024);
const SCAN_MB = 2;
const repo = process.env.BEIAN_REPO_ROOT ?? process.cwd();

/**
 * Runs a shell pipeline in a pseudo-terminal, typing the passphrase at each prompt. Returns the CPU
 * seconds (user + system) of the pipeline's processes (the shell's, with every process it waited for).
 */
function inTerminal(command: string): number {
  const script = `
import os, pty, resource, sys
pid, fd = pty.fork()
if pid == 0:
    os.execvp("sh", ["sh", "-c", sys.argv[1]])
seen = b""
while True:
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
    if b"passphrase" in chunk.lower():
        os.write(fd, sys.argv[2].encode() + b"\\n")
_, status = os.waitpid(pid, 0)
if os.waitstatus_to_exitcode(status) != 0:
    sys.stderr.write(seen.decode("utf-8", "replace"))
    sys.exit(1)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(usage.ru_utime + usage.ru_stime)
`;
  const out = execFileSync('python3', ['-c', script, command, PASSPHRASE], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 20 });
  return Number(out.trim());
}

/** CPU seconds this process (all its threads) used since `since`. */
function cpuSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const verdict = (ours: number, base: number) => `${(ours / base).toFixed(2)}x ${ours <= 1.5 * base ? 'OK' : 'MISS'} (target 1.5x)`;
const cpu = (ours: number, base: number) => `CPU ${ours.toFixed(1)} s against ${base.toFixed(1)} s (${(ours / base).toFixed(2)}x)`;

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'beian-bench-backup-'));
  try {
    const root = path.join(dir, 'workspace');
    const opened = await openWorkspace(root, { wasmPath: path.join(repo, 'node_modules/sql.js/dist/sql-wasm.wasm') });
    if (opened.state !== 'ok') throw new Error('workspace damaged');
    const store = opened.store;
    const count = Math.max(1, Math.round(TOTAL_MB / SCAN_MB));
    const rows: { sha: string; bytes: number }[] = [];
    for (let i = 0; i < count; i++) {
      const bytes = randomBytes(SCAN_MB << 20); // like JPEG scans: incompressible
      const sha = createHash('sha256').update(bytes).digest('hex');
      writeFileSync(path.join(root, 'attachments', `${sha}.jpg`), bytes);
      rows.push({ sha, bytes: bytes.length });
    }
    await store.mutate((tx) => {
      for (const r of rows) {
        run(tx.db, `INSERT INTO attachment (sha256, ext, mime, bytes, width, height, original_name, added_at) VALUES (?, 'jpg', 'image/jpeg', ?, 2480, 3508, '扫描件.jpg', ?)`, [r.sha, r.bytes, tx.now]);
      }
    });
    console.log(`workspace: ${count} scans of ${SCAN_MB} MB = ${((count * SCAN_MB) / 1024).toFixed(2)} GB`);
    execFileSync('sync');

    const out = path.join(dir, 'out');
    mkdirSync(out);
    // The packaged app reads the read-back worker's code from dist/; run from the sources, it is bundled by
    // esbuild on first use. That bundling is not part of a backup: done before the clock starts.
    await workerSource();
    let verifyStarted = 0;
    const c0 = process.cpuUsage();
    const t0 = Date.now();
    const written = await writeFullBackup(takeSnapshot(store, new Date()), {
      folder: out,
      passphrase: PASSPHRASE,
      now: new Date(),
      onProgress: (p) => {
        if (p.phase === 'verify' && !verifyStarted) verifyStarted = Date.now();
      },
    });
    const ours = Date.now() - t0;
    const oursCpu = cpuSince(c0);
    console.log(`ours backup:   ${seconds(ours)} (write ${seconds(verifyStarted - t0)}, read back + check ${seconds(Date.now() - verifyStarted)}), ${(written.bytes / 2 ** 20).toFixed(0)} MB`);

    const tarAge = path.join(out, 'baseline.tar.age');
    const t1 = Date.now();
    const baseCpu = inTerminal(`tar -C '${root}' -cf - beian.sqlite attachments | age -p -o '${tarAge}' && sync '${tarAge}'`);
    const base = Date.now() - t1;
    console.log(`tar | age -p:  ${seconds(base)}, ${(statSync(tarAge).size / 2 ** 20).toFixed(0)} MB   backup ${verdict(ours, base)}; ${cpu(oursCpu, baseCpu)}`);

    const staging = path.join(dir, 'staging');
    mkdirSync(staging);
    const c2 = process.cpuUsage();
    const t2 = Date.now();
    await readFullBackup(written.path, PASSPHRASE, { attachmentsTo: staging, keepDatabase: true });
    const oursRestore = Date.now() - t2;
    const oursRestoreCpu = cpuSince(c2);
    console.log(`ours restore:  ${seconds(oursRestore)} (decrypt, check every hash, write every scan fsynced)`);

    const untar = path.join(dir, 'untar');
    mkdirSync(untar);
    const t3 = Date.now();
    const baseRestoreCpu = inTerminal(`age -d '${tarAge}' | tar -C '${untar}' -xf - && sync`);
    const baseRestore = Date.now() - t3;
    console.log(`age -d | tar:  ${seconds(baseRestore)}   restore ${verdict(oursRestore, baseRestore)}; ${cpu(oursRestoreCpu, baseRestoreCpu)}`);
    console.log(`load average at the end: ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} on ${os.cpus().length} cores (a shared machine makes wall times noisy; CPU seconds less so)`);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
