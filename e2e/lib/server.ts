import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '..', '..');

/** The real server, started as `useit serve` in a child process on a fresh data directory. */
export interface RunningServer {
  baseUrl: string;
  pid: number;
  logFile: string;
  stop: () => Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before it was healthy`);
    try {
      const res = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = (err as Error).message;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms (${last})`);
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Signals the whole process group we started (tsx and the node process it runs), by pid. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export async function startServer(options: {
  artifactsDir: string;
  env?: Record<string, string>;
  /** the log's name in artifactsDir (default server.log) */
  logName?: string;
}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'useit-e2e-'));
  const logFile = join(options.artifactsDir, options.logName ?? 'server.log');
  const log = createWriteStream(logFile);
  // The tsx shim runs `node` from PATH: node_modules/.bin holds the npm `node` package (Node 24), as in npm scripts.
  const path = [join(repoRoot, 'node_modules/.bin'), dirname(process.execPath), process.env.PATH ?? ''].join(':');
  const child = spawn(
    join(repoRoot, 'node_modules/.bin/tsx'),
    ['server/cli/index.ts', 'serve', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        PATH: path,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'development',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  child.stdout?.pipe(log, { end: false });
  child.stderr?.pipe(log, { end: false });
  if (child.pid === undefined) throw new Error('could not start the server');
  const pid = child.pid;
  const baseUrl = `http://127.0.0.1:${port}`;

  const stop = async () => {
    signalGroup(pid, 'SIGTERM');
    if (!(await exited(child, 10_000))) {
      signalGroup(pid, 'SIGKILL');
      await exited(child, 5_000);
    }
    log.end();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, 120_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl, pid, logFile, stop };
}
