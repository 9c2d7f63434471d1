import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

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

/**
 * Every TCP socket listening on `port`, as /proc/net/tcp{,6} lists it (`address` in the kernel's hex form, e.g.
 * `0100007F:1F90` for 127.0.0.1), for diagnostics: two listeners on one port mean an answer may come from either.
 */
export const listenersOn = (port: number): { table: string; address: string; inode: string }[] => {
  const found: { table: string; address: string; inode: string }[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      if (!local || fields[3] !== '0A' || !fields[9]) continue;
      if (Number.parseInt(local.slice(local.lastIndexOf(':') + 1), 16) === port) {
        found.push({ table, address: local, inode: fields[9] });
      }
    }
  }
  return found;
};

/** The inodes of the TCP sockets listening on `port` (any address, IPv4 or IPv6), or null where /proc cannot tell. */
const listeningSocketInodes = (port: number): Set<string> | null => {
  const inodes = new Set<string>();
  let readAny = false;
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    readAny = true;
    for (const line of text.split('\n').slice(1)) {
      // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      if (!local || fields[3] !== '0A') continue; // 0A: LISTEN
      if (Number.parseInt(local.slice(local.lastIndexOf(':') + 1), 16) === port && fields[9]) inodes.add(fields[9]);
    }
  }
  return readAny ? inodes : null;
};

/**
 * Whether the process `pid` is the one listening on TCP `port` (by the socket inodes in /proc/net/tcp{,6} and the
 * process's open descriptors); null where /proc cannot tell. A port probed free and handed to a program a moment later
 * may have been taken meanwhile by another program — an answer on it is then that program's, not this one's.
 */
export const listensOn = (pid: number, port: number): boolean | null => {
  const inodes = listeningSocketInodes(port);
  if (inodes === null) return null;
  if (inodes.size === 0) return false;
  let descriptors: string[];
  try {
    descriptors = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return pidExists(pid) ? null : false;
  }
  return descriptors.some((fd) => {
    try {
      return inodes.has(/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1] ?? '');
    } catch {
      return false; // closed meanwhile
    }
  });
};
