import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { PROJECT_ROOT } from './stack.js';

export interface SpawnedLocalStack {
  /** Resolves with the URL and the milliseconds from spawn to the "ready" line; rejects if it exits first. */
  ready: Promise<{ url: string; ms: number }>;
  /** Resolves when the process has exited, with everything it printed. */
  exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
  /** Ctrl-C, as a user stops it; resolves once it has exited. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; stdout: string; stderr: string }>;
  pid: number | undefined;
  /** Everything it printed so far (stdout, then stderr): what a failing test shows to say why. */
  output(): string;
}

/**
 * `npm start` in a child process (the real entry point), for the tests and the benchmark; `nodeArgs` go to Node
 * before the entry point (the benchmark's `--cpu-prof`, which NODE_OPTIONS may not carry).
 */
export const spawnLocalStack = (env: Record<string, string>, nodeArgs: string[] = []): SpawnedLocalStack => {
  const begun = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'scripts/local-stack/main.ts'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
  const ready = new Promise<{ url: string; ms: number }>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const url = /ready in [\d.]+ s: (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url) resolve({ url, ms: performance.now() - begun });
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    void exited.then(({ code }) =>
      reject(new Error(`the local stack exited with ${code} before ready: ${stderr || stdout}`)),
    );
  });
  ready.catch(() => undefined); // callers that only await `exited` must not see an unhandled rejection
  return {
    ready,
    exited,
    pid: child.pid,
    output: () => `${stdout}\n--- stderr ---\n${stderr}`,
    stop: (signal = 'SIGINT') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
};
