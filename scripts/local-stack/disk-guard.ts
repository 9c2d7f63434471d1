import { statfsSync } from 'node:fs';

/** Why a write is refused right now: the detail of the 503 and its `Retry-After`. */
export interface WriteRefusal {
  detail: string;
  retryAfterSeconds: number;
}

export interface DiskGuard {
  /** Reads the free space now (also done every `intervalMs`). */
  check(): void;
  /** Non-null while writes must be refused. */
  refusal(): WriteRefusal | null;
  stop(): void;
}

export interface DiskGuardOptions {
  /** A path on the filesystem to watch (DATA_DIR). */
  path: string;
  /** Writes are refused while fewer megabytes than this are free (`MIN_FREE_DISK_MB`). */
  minFreeMb: number;
  /** How often the free space is read (default 5 s); 0 reads it only on `check()`. */
  intervalMs?: number;
  /** `fs.statfsSync`, or a stand-in (tests). */
  statfs?: (path: string) => { bavail: number | bigint; bsize: number | bigint };
  /** Where the one line at each change goes. */
  log: (line: string) => void;
}

const MB = 1024 * 1024;
const mb = (value: number) => Math.floor(value).toLocaleString('en');

/**
 * Watches the free space of DATA_DIR's filesystem. DynamoDB Local acknowledges writes it could not make on a full
 * disk (a 200 to a TransactWriteItems whose data is gone), so the local stack stops taking writes while less than the
 * margin is free — before the disk is full — and takes them again once space is freed. It logs one line when it
 * starts refusing and one when it stops, never one per request.
 */
export const startDiskGuard = (options: DiskGuardOptions): DiskGuard => {
  const statfs = options.statfs ?? statfsSync;
  const intervalMs = options.intervalMs ?? 5_000;
  const retryAfterSeconds = Math.max(1, Math.ceil(intervalMs / 1000));
  let refusal: WriteRefusal | null = null;
  let unreadable = false;

  const check = () => {
    let freeMb: number;
    try {
      const stats = statfs(options.path);
      freeMb = (Number(stats.bavail) * Number(stats.bsize)) / MB;
    } catch (error) {
      // Keep the last verdict; say so once, not every few seconds.
      if (!unreadable)
        options.log(
          `cannot read the free space of DATA_DIR ${options.path} (${(error as NodeJS.ErrnoException).code ?? error}); writes are ${refusal ? 'still refused' : 'not guarded'} until it can.`,
        );
      unreadable = true;
      return;
    }
    unreadable = false;
    if (freeMb < options.minFreeMb) {
      const wasRefusing = refusal !== null;
      refusal = {
        detail:
          `Only ${mb(freeMb)} MB are free on the disk of DATA_DIR ${options.path}, below the margin of ${mb(options.minFreeMb)} MB ` +
          '(MIN_FREE_DISK_MB) the local stack keeps so that no acknowledged write is lost; free some space and try again.',
        retryAfterSeconds,
      };
      if (!wasRefusing)
        options.log(
          `only ${mb(freeMb)} MB free on the disk of DATA_DIR ${options.path}, below the margin of ${mb(options.minFreeMb)} MB ` +
            '(MIN_FREE_DISK_MB): refusing writes with 503 until space is freed; reads keep working.',
        );
    } else if (refusal) {
      refusal = null;
      options.log(
        `${mb(freeMb)} MB free on the disk of DATA_DIR ${options.path} again (margin ${mb(options.minFreeMb)} MB): taking writes again.`,
      );
    }
  };

  check();
  const timer = intervalMs > 0 ? setInterval(check, intervalMs) : null;
  timer?.unref();
  return {
    check,
    refusal: () => refusal,
    stop: () => {
      if (timer) clearInterval(timer);
    },
  };
};
