import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import { bodyMaker, type LoadJob, type LoadResult } from './openrosa-load';

/** The worker side of openrosa-load.ts: runs autocannon against the server and posts back what it measured. */

/** In a worker thread autocannon answers with its raw, unaggregated result: these are the fields read. */
interface CannonResult {
  totalCompletedRequests: number;
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface Instance {
  on(event: 'response', fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
type Cannon = (opts: Record<string, unknown>, done: (err: Error | null, result: CannonResult) => void) => Instance;

const job = workerData as LoadJob;
const submissionBody = bodyMaker(job.formId, job.questions);
const latencies: number[] = [];
let seq = 0;
const cpu0 = process.threadCpuUsage();
const result = await new Promise<CannonResult>((resolve, reject) => {
  const inst = (autocannon as unknown as Cannon)(
    {
      url: job.base,
      connections: job.connections,
      duration: job.seconds,
      requests: [
        {
          method: 'POST',
          path: `/openrosa/${job.token}/submission`,
          setupRequest: (req: Record<string, unknown>) => {
            const { body, contentType } = submissionBody(seq++);
            return { ...req, body, headers: { 'content-type': contentType, 'x-openrosa-version': '1.0' } };
          },
        },
      ],
    },
    (err, res) => (err ? reject(err) : resolve(res)),
  );
  inst.on('response', (_c, _s, _b, ms) => latencies.push(ms));
});
const cpu = process.threadCpuUsage(cpu0);
latencies.sort((a, b) => a - b);
const out: LoadResult = {
  latencies,
  requests: result.totalCompletedRequests,
  seconds: result.duration,
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
  cpuMs: (cpu.user + cpu.system) / 1000,
};
parentPort!.postMessage(out);
