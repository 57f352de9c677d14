import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { instance } from '../../server/modules/research/research.fixtures';

/**
 * The OpenRosa load of `npm run bench -- ingest`: 16 phones posting responses, driven by autocannon in a worker
 * thread (openrosa-load.worker.ts), so building their bodies and reading the answers is not charged to the
 * server's thread, as it is not when the phones are phones. Each request is a full multipart POST with a new
 * instanceID and every question answered.
 */

export const fields = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `q${i + 1}` }));
export const answers = (n: number, seed: number) =>
  Object.fromEntries(fields(n).map((f, i) => [f.name, `answer ${seed}-${i}`]));

/**
 * The body of one submission, as `instance()` writes it: every question answered `answer <seed>-<i>`, a new
 * instanceID, in a multipart POST with a new boundary. The text around the answers is cut once per form (5x less
 * CPU than `instance()` for 250 questions, CPU the phones' side would otherwise take from the server's machine);
 * the maker refuses to start unless its XML is `instance()`'s, character for character.
 */
export function bodyMaker(formId: string, questions: number) {
  const empty = instance(formId, '1', {}, '\u0000');
  const answersAt = empty.indexOf('<orx:meta>');
  const head = empty.slice(0, answersAt);
  const [beforeId, afterId] = empty.slice(answersAt).split('\u0000') as [string, string];
  const names = fields(questions).map((f) => f.name);
  const xmlOf = (seed: number, instanceId: string) => {
    let xml = head;
    for (let i = 0; i < names.length; i++) xml += `<${names[i]}>answer ${seed}-${i}</${names[i]}>`;
    return `${xml}${beforeId}${instanceId}${afterId}`;
  };
  if (xmlOf(7, 'uuid:check') !== instance(formId, '1', answers(questions, 7), 'uuid:check'))
    throw new Error('bodyMaker: the XML differs from instance()');
  return (seed: number) => {
    const xml = xmlOf(seed, `uuid:${randomUUID()}`);
    const boundary = `----bench${randomUUID().replace(/-/g, '')}`;
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="xml_submission_file"; filename="submission.xml"\r\nContent-Type: text/xml\r\n\r\n${xml}\r\n--${boundary}--\r\n`;
    return { body, contentType: `multipart/form-data; boundary=${boundary}` };
  };
}

export interface LoadJob {
  base: string;
  token: string;
  formId: string;
  questions: number;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  /** every response's latency in ms, sorted */
  latencies: number[];
  requests: number;
  seconds: number;
  non2xx: number;
  errors: number;
  /** the worker thread's CPU ms over the run */
  cpuMs: number;
}

export function runLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./openrosa-load.worker.ts', import.meta.url), { workerData: job });
    worker.once('message', (r: LoadResult) => resolve(r));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`the load worker exited with ${code}`))));
  });
}
