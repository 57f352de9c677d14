import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { migrateToLatest } from '../../db/migrate';
import type { Actor } from '../../http/context';
import { systemContext } from '../../http/context';
import { openDeps } from '../../main';
import { createPartner, createUser } from '../identity/identity.directory.service';
import { seedProgramme } from '../../seed/seed';
import { createForm, updateForm } from './forms.write.service';
import { instance, newInstanceId, xform } from './research.fixtures';
import { issueDeviceToken } from './research.service';
import { rdb } from './research.tables';
import { describeEmbeddedOnly } from '../../test/cli';

/**
 * Exactly once across a crash: the real server (a child process on an embedded PGlite data directory) is
 * killed with SIGKILL while submissions are in flight, restarted on the same data, and every submission
 * is retried. Each must then be stored once, with one voucher credit each.
 */
const root = new URL('../../..', import.meta.url).pathname;
// node itself with tsx's loader (not the tsx wrapper, whose child would survive a SIGKILL of the wrapper)
const tsxLoader = join(root, 'node_modules/tsx/dist/loader.mjs');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function startServer(dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      `file://${tsxLoader}`,
      'server/cli/index.ts',
      'serve',
      '--dev',
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes('is running at')) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

const stopped = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

/** Even-numbered answers carry a photo (one transaction each); the others go through the group-commit queue. */
const withPhoto = (xml: string) => /answer \d*[02468]</.test(xml);

async function submit(base: string, xml: string): Promise<number> {
  const body = new FormData();
  body.append('xml_submission_file', new Blob([xml], { type: 'text/xml' }), 'submission.xml');
  if (withPhoto(xml))
    body.append('photo.jpg', new Blob([Buffer.from(xml.slice(-60))], { type: 'image/jpeg' }), 'photo.jpg');
  try {
    const res = await fetch(`${base}/submission`, { method: 'POST', body, headers: { 'x-openrosa-version': '1.0' } });
    await res.text();
    return res.status;
  } catch {
    return 0; // connection reset by the kill
  }
}

async function prepare(dataDir: string) {
  const { deps, database } = await openDeps(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' }));
  try {
    await migrateToLatest(deps.db);
    await seedProgramme(deps, { pack: join(root, 'server/seed/fixtures/tiny-town'), demo: false });
    await createPartner(deps, systemContext, {
      slug: 'crash-partner',
      name: 'Crash test partner',
      kind: 'ngo',
      website: null,
      description: '',
    });
    const user = await createUser(deps, systemContext, {
      email: 'crash-researcher@test.invalid',
      displayName: 'Crash researcher',
      role: 'community_researcher',
      partner: 'crash-partner',
      password: 'correct-horse-battery-9',
    });
    const form = await createForm(
      deps,
      systemContext,
      { content: Buffer.from(xform('crash_survey', '1', [{ name: 'q' }])), filename: 'f.xml', mime: 'text/xml' },
      { partner: 'crash-partner' },
    );
    await updateForm(deps, systemContext, form.id, { status: 'open' });
    const partnerId = form.partner.id;
    const actor: Actor = {
      userId: user.id,
      email: 'crash-researcher@test.invalid',
      role: 'community_researcher',
      partnerId,
    };
    const issued = await issueDeviceToken(deps, { ...systemContext, actor }, 'crash phone', 'http://127.0.0.1');
    return { token: issued.token, formId: form.id, userId: user.id };
  } finally {
    await database.close();
  }
}

describeEmbeddedOnly('exactly-once ingest across a server crash', { timeout: 240_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'useit-crash-'));
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores every retried submission once after SIGKILL mid-ingest', async () => {
    const { token, formId, userId } = await prepare(dataDir);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}/openrosa/${token}`;
    const xmls = Array.from({ length: 200 }, (_, i) =>
      instance('crash_survey', '1', { q: `answer ${i}` }, newInstanceId()),
    );

    const first = await startServer(dataDir, port);
    children.push(first);
    // 16 clients send one after another; the server is killed while 16 are in flight
    const before: number[] = new Array(xmls.length).fill(-1);
    let next = 0;
    let answered = 0;
    let killed = false;
    const worker = async () => {
      while (next < xmls.length) {
        const i = next++;
        before[i] = await submit(base, xmls[i]!);
        if (before[i] === 201 && ++answered === 40 && !killed) {
          killed = true;
          first.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    await stopped(first);
    const acknowledged = before.filter((s) => s === 201).length;
    expect(acknowledged).toBeGreaterThan(0);
    expect(
      before.some((s) => s !== 201),
      'some submissions were cut off by the kill',
    ).toBe(true);

    const second = await startServer(dataDir, port);
    children.push(second);
    const retried = [];
    for (let i = 0; i < xmls.length; i += 8)
      retried.push(...(await Promise.all(xmls.slice(i, i + 8).map((x) => submit(base, x)))));
    expect(
      retried.every((s) => s === 201),
      JSON.stringify(retried),
    ).toBe(true);
    second.kill('SIGTERM');
    await stopped(second);

    const { deps, database } = await openDeps(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' }));
    try {
      const rows = await rdb(deps.db)
        .selectFrom('research_submissions')
        .select(['id', 'instance_id'])
        .where('form_id', '=', formId)
        .execute();
      expect(rows).toHaveLength(xmls.length);
      expect(new Set(rows.map((r) => r.instance_id)).size).toBe(xmls.length);
      const media = await rdb(deps.db).selectFrom('research_attachments').select('submission_id').execute();
      expect(media).toHaveLength(xmls.filter(withPhoto).length);
      const credits = await rdb(deps.db)
        .selectFrom('research_voucher_entries')
        .select('amount_pence')
        .where('researcher_id', '=', userId)
        .execute();
      expect(credits).toHaveLength(xmls.length);
    } finally {
      await database.close();
    }
  });
});
