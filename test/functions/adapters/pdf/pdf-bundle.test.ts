import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = (name: string) =>
  fileURLToPath(new URL(`../../../../functions/adapters/pdf/${name}.ts`, import.meta.url));

/** What the PDF adapters put into a Lambda bundle, minified as the functions are bundled. */
const bundled = async (name: string) => {
  const result = await build({
    entryPoints: [entry(name)],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  return Object.entries(output?.inputs ?? {}).map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }));
};

describe('the PDF adapters in a bundle', () => {
  it.each(['invoice-pdf', 'report-pdf'])('%s brings no PDF library and stays small', async (name) => {
    const inputs = await bundled(name);
    expect(inputs.filter(({ path }) => /node_modules\/(pdf-lib|@pdf-lib|pako)\//.test(path))).toEqual([]);
    const ours = inputs.filter(({ path }) => path.includes('functions/adapters/pdf/'));
    expect(ours.map(({ path }) => path.replace(/^.*functions\/adapters\/pdf\//, ''))).toContain('pdf-writer.ts');
    // pdf-lib with its fonts and pako was ~510 KB of each bundle; the writer, the width table and the layouts are
    // a few tens of KB.
    expect(ours.reduce((sum, { bytes }) => sum + bytes, 0)).toBeLessThan(40_000);
  });
});
