import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../scripts/local-stack/stack.js';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });

/** The project's `shared/` is domain code: no AWS SDK, no middy, no Lambda types, no environment. */
const FORBIDDEN: [RegExp, string][] = [
  [/from\s+['"]@aws-sdk\//, 'imports the AWS SDK'],
  [/from\s+['"]@middy\//, 'imports middy'],
  [/from\s+['"](aws-lambda|@types\/aws-lambda)['"]/, 'imports Lambda types'],
  [/from\s+['"]@aws-lambda-powertools\//, 'imports Powertools'],
  [/from\s+['"]node:(fs|child_process|net|http|https)['"]/, 'does I/O through Node'],
  [/from\s+['"](\.\.\/)+(functions|infra|scripts|web)\//, 'imports an outer layer'],
  [/process\.env/, 'reads process.env'],
];

describe('boundary of shared/', () => {
  const files = filesUnder(join(PROJECT_ROOT, 'shared'));

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('imports no AWS SDK, middy, Lambda types or outer layer and reads no environment', () => {
    const violations = files.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return FORBIDDEN.filter(([pattern]) => pattern.test(source)).map(
        ([, what]) => `${relative(PROJECT_ROOT, file)} ${what}`,
      );
    });
    expect(violations).toEqual([]);
  });

  it('the check itself catches a violation', () => {
    const offending = "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nconst t = process.env.TABLE_NAME;";
    expect(FORBIDDEN.filter(([pattern]) => pattern.test(offending)).map(([, what]) => what)).toEqual([
      'imports the AWS SDK',
      'reads process.env',
    ]);
  });
});

/** The invariant checker (scripts/invariants) reads the whole table: a tool for tests and operators, never production. */
const IMPORTS_INVARIANTS = /(from\s+|import\s*\(\s*)['"][^'"]*scripts\/invariants\//;

describe('boundary of scripts/invariants', () => {
  const files = ['functions', 'shared', 'web'].flatMap((dir) => filesUnder(join(PROJECT_ROOT, dir)));

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('no production code (functions/, shared/, web/) imports the invariant checker', () => {
    const offenders = files
      .filter((file) => IMPORTS_INVARIANTS.test(readFileSync(file, 'utf8')))
      .map((file) => relative(PROJECT_ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('the check itself catches a violation', () => {
    expect(
      IMPORTS_INVARIANTS.test("import { checkInvariants } from '../../scripts/invariants/check-invariants.js';"),
    ).toBe(true);
    expect(IMPORTS_INVARIANTS.test("const m = await import('../scripts/invariants/main.js');")).toBe(true);
    expect(IMPORTS_INVARIANTS.test("import { keys } from '../adapters/dynamodb/keys.js';")).toBe(false);
  });
});

/**
 * zod's `z` object (`import { z } from 'zod'`) carries every locale of its error messages: about 355 KB of each
 * Lambda bundle. The namespace (`import * as z from 'zod'`) lets esbuild keep only what is used (English messages
 * stay: zod sets them when it loads). Measured: the platform function 847 → 491 KB minified.
 */
const Z_OBJECT_IMPORT = /import\s*\{[^}]*\bz\b[^}]*\}\s*from\s*['"]zod['"]/;

describe('how code imports zod', () => {
  const files = ['functions', 'shared', 'scripts', 'infra', 'web/src'].flatMap((dir) =>
    filesUnder(join(PROJECT_ROOT, dir)),
  );

  it('imports the namespace, never the `z` object that pulls in every locale', () => {
    const offenders = files
      .filter((file) => Z_OBJECT_IMPORT.test(readFileSync(file, 'utf8').replace(/import type \{[^}]*\}[^;]*;/g, '')))
      .map((file) => relative(PROJECT_ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('the check itself tells the two apart', () => {
    expect(Z_OBJECT_IMPORT.test("import { z } from 'zod';")).toBe(true);
    expect(Z_OBJECT_IMPORT.test("import * as z from 'zod';")).toBe(false);
  });
});
