import { execFileSync } from 'node:child_process';

/**
 * Decrypts an age file with Debian's `age` CLI, a tool this project did not write. age reads a
 * passphrase only from a terminal, so python3's pty module gives it one and types the passphrase.
 * Returns age's exit status and what it printed on the terminal.
 */
export function ageDecrypt(file: string, out: string, passphrase: string): { status: number; terminal: string } {
  const script = `
import os, pty, sys
file, out, passphrase = sys.argv[1], sys.argv[2], sys.argv[3].encode()
pid, fd = pty.fork()
if pid == 0:
    os.execvp("age", ["age", "--decrypt", "--output", out, file])
seen = b""
typed = False
while True:
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
    if not typed and b"passphrase" in seen.lower():
        os.write(fd, passphrase + b"\\n")
        typed = True
_, status = os.waitpid(pid, 0)
sys.stdout.write(seen.decode("utf-8", "replace"))
sys.exit(os.waitstatus_to_exitcode(status))
`;
  try {
    const terminal = execFileSync('python3', ['-c', script, file, out, passphrase], { encoding: 'utf8', timeout: 120_000 });
    return { status: 0, terminal };
  } catch (err) {
    const e = err as { status?: number; stdout?: string };
    return { status: e.status ?? -1, terminal: e.stdout ?? '' };
  }
}
