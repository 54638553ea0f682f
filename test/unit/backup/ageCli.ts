import { execFileSync } from 'node:child_process';

/**
 * Runs Debian's `age` CLI, a tool this project did not write, in a pseudo-terminal: age reads a
 * passphrase only from a terminal, so python3's pty module gives it one and types the passphrase at
 * every prompt (encrypting asks twice). Returns age's exit status and what it printed on the terminal.
 */
function ageInTerminal(args: string[], passphrase: string): { status: number; terminal: string } {
  const script = `
import os, pty, sys
passphrase = sys.argv[1].encode()
pid, fd = pty.fork()
if pid == 0:
    os.execvp("age", ["age"] + sys.argv[2:])
seen = b""
typed = 0
while True:
    try:
        chunk = os.read(fd, 1024)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
    if seen.lower().count(b"passphrase") > typed:
        typed += 1
        try:
            os.write(fd, passphrase + b"\\n")
        except OSError:
            break
_, status = os.waitpid(pid, 0)
sys.stdout.write(seen.decode("utf-8", "replace"))
sys.exit(os.waitstatus_to_exitcode(status))
`;
  try {
    const terminal = execFileSync('python3', ['-c', script, passphrase, ...args], { encoding: 'utf8', timeout: 120_000 });
    return { status: 0, terminal };
  } catch (err) {
    const e = err as { status?: number; stdout?: string };
    return { status: e.status ?? -1, terminal: e.stdout ?? '' };
  }
}

/** `age --decrypt --output OUT FILE` with the passphrase typed. */
export function ageDecrypt(file: string, out: string, passphrase: string): { status: number; terminal: string } {
  return ageInTerminal(['--decrypt', '--output', out, file], passphrase);
}

/** `age --passphrase --output OUT FILE` (scrypt work factor 18, age's default) with the passphrase typed twice. */
export function ageEncrypt(file: string, out: string, passphrase: string): { status: number; terminal: string } {
  return ageInTerminal(['--passphrase', '--output', out, file], passphrase);
}
