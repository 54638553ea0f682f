// When a process started, to tell a live lock holder from a new process that reuses its PID.
import { readFileSync } from 'node:fs';

/**
 * Linux: field 22 of /proc/<pid>/stat (clock ticks after boot), as text. Elsewhere undefined, and the lock
 * falls back to "is the PID alive".
 */
export function processStartTime(pid: number): string | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its closing ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}
