import { readFileSync } from 'node:fs';

/**
 * What a pid stands for, read from Linux's /proc, so that a pid written to a file by an earlier run is only acted on
 * while it still is that process: pids are reused, and a pid file outlives its process when that was killed hard.
 */

/** The process's arguments (`/proc/<pid>/cmdline`), `[]` for a zombie, `null` where /proc cannot tell (gone, other OS). */
export const processArgs = (pid: number): string[] | null => {
  try {
    const text = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return text.length === 0 ? [] : text.replace(/\0$/, '').split('\0');
  } catch {
    return null;
  }
};

/** When the process started, in clock ticks since boot (`/proc/<pid>/stat`, field 22); with the pid, it names one process. */
export const processStartTicks = (pid: number): string | null => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may contain anything: count fields after its last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
};

/** Whether a process with this pid exists (possibly one of another user's, which signal 0 may not reach). */
export const pidExists = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};
