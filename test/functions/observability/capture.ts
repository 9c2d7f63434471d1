import { vi } from 'vitest';

/**
 * The JSON lines written while `fn` runs — Powertools' logger (warnings and errors on stderr) and EMF writer (stdout)
 * — parsed, in order. Other output (vitest's own) passes through untouched.
 */
export const captureOutput = async (fn: () => Promise<unknown> | unknown): Promise<Record<string, unknown>[]> => {
  const lines: Record<string, unknown>[] = [];
  const spies = [process.stdout, process.stderr].map((stream) => {
    const write = stream.write.bind(stream);
    return vi.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array, ...rest: never[]) => {
      const json = String(chunk)
        .split('\n')
        .filter((line) => line.trim().startsWith('{'));
      if (!json.length) return write(chunk, ...rest);
      for (const line of json) lines.push(JSON.parse(line));
      return true;
    }) as typeof stream.write);
  });
  try {
    await fn();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return lines;
};
