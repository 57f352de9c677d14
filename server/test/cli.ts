import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe } from 'vitest';

const run = promisify(execFile);
export const root = new URL('../..', import.meta.url).pathname;
const tsx = join(root, 'node_modules/.bin/tsx');

/** Runs the real `useit` command, a fresh process, on its own embedded database in dataDir. */
export async function useit(
  dataDir: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, ['server/cli/index.ts', ...args], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * A suite that always runs on the embedded database, whatever TEST_DATABASE_URL says (the CLI process tests):
 * it runs in the PGlite tier and is skipped in the PostgreSQL tier, where it would repeat the same run.
 */
export const describeEmbeddedOnly = describe.skipIf(Boolean(process.env.TEST_DATABASE_URL));
