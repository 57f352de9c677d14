import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const include = ['server/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'];

/**
 * Test files that never open a database (pure rules, parsers, web helpers) run in the "unit" project without
 * per-file isolation: one worker process imports the code once for many files instead of once per file (same tests,
 * same assertions; about half the CPU time for these files). Every file that uses a database, the app harness or
 * another server/test helper keeps the default isolation in the "db" project, so module-level caches never leak
 * between databases.
 */
const usesDatabase = /server\/test\/|\.\.\/test\/|harness|testDatabase|openDatabase|pglite|TEST_DATABASE_URL/i;
const unitFiles = include
  .flatMap((pattern) => globSync(pattern, { cwd: import.meta.dirname }))
  .filter((file) => !usesDatabase.test(readFileSync(join(import.meta.dirname, file), 'utf8')))
  .sort();

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'db', include, exclude: unitFiles, globalSetup: ['server/test/global-setup.ts'] },
      },
      { extends: true, test: { name: 'unit', include: unitFiles, isolate: false } },
    ],
  },
});
