import { z } from 'zod';
import { ApiError, isApiError, refreshCsrfToken, sendJson } from '../../../lib/api';
import { fieldDb, type OutboxEntry } from './db';

const ingestResult = z.object({
  outcome: z.enum(['created', 'updated', 'duplicate']),
  submissionId: z.string(),
  instanceId: z.string(),
  credited: z.boolean(),
});

/** Puts a finished or partial response in the device's outbox; it stays there until the server has it. */
export async function queueResponse(
  entry: Omit<OutboxEntry, 'status' | 'error' | 'credited' | 'createdAt' | 'syncedAt'>,
): Promise<void> {
  await fieldDb().outbox.put({
    ...entry,
    status: 'queued',
    error: null,
    credited: false,
    createdAt: new Date().toISOString(),
    syncedAt: null,
  });
}

/** A response with media goes as OpenRosa sends it: multipart, the XML and one part per file. */
async function uploadMultipart(entry: OutboxEntry) {
  const body = new FormData();
  body.set('channel', entry.channel);
  body.set('complete', String(entry.complete));
  if (entry.language) body.set('language', entry.language);
  body.set('xml_submission_file', new File([entry.xml], 'submission.xml', { type: 'text/xml' }));
  for (const m of entry.media ?? []) body.append(m.name, new File([m.blob], m.name, { type: m.type }));
  let response: Response;
  try {
    response = await fetch(`/api/v1/research/forms/${encodeURIComponent(entry.formId)}/submissions/media`, {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { accept: 'application/json, application/problem+json', 'x-csrf-token': await refreshCsrfToken() },
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network_error', detail: '' });
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = (json ?? {}) as { code?: string; detail?: string };
    throw new ApiError({
      status: response.status,
      code: problem.code ?? `http_${response.status}`,
      detail: problem.detail ?? response.statusText,
    });
  }
  return ingestResult.parse(json);
}

async function upload(entry: OutboxEntry): Promise<void> {
  const outbox = fieldDb().outbox;
  await outbox.update(entry.instanceId, { status: 'syncing', error: null });
  try {
    const result = entry.media?.length
      ? await uploadMultipart(entry)
      : await sendJson(
          'POST',
          `/api/v1/research/forms/${encodeURIComponent(entry.formId)}/submissions`,
          { channel: entry.channel, complete: entry.complete, xml: entry.xml, language: entry.language ?? undefined },
          ingestResult,
        );
    // The server has the answers now: the device keeps only the status line, not the answers themselves;
    // an incomplete response keeps them until it is finished, so it can be continued on this device.
    await outbox.update(entry.instanceId, {
      xml: entry.complete ? '' : entry.xml,
      media: entry.complete ? [] : entry.media,
      status: 'synced',
      credited: result.credited,
      syncedAt: new Date().toISOString(),
    });
  } catch (error) {
    // No connection: still queued, tried again when the device is back online. A refusal is final until retried.
    if (isApiError(error) && error.status === 0) {
      await outbox.update(entry.instanceId, { status: 'queued', error: 'network_error' });
      throw error;
    }
    const reason = isApiError(error) ? error.detail || error.code : String(error);
    await outbox.update(entry.instanceId, { status: 'failed', error: reason });
  }
}

/** An incomplete response saved on this device, to continue where it stopped. */
export async function draftOf(instanceId: string): Promise<OutboxEntry | undefined> {
  const entry = await fieldDb().outbox.get(instanceId);
  return entry && !entry.complete && entry.xml ? entry : undefined;
}

let running: Promise<void> | undefined;

/**
 * Uploads every queued (and previously failed) response, oldest first, one at a time. The server dedupes by
 * instanceID, so a response whose upload was cut off after the server stored it is not counted twice.
 */
export function syncOutbox(options: { retryFailed?: boolean } = {}): Promise<void> {
  running ??= (async () => {
    try {
      const statuses = options.retryFailed ? ['queued', 'syncing', 'failed'] : ['queued', 'syncing'];
      const pending = await fieldDb().outbox.where('status').anyOf(statuses).sortBy('createdAt');
      for (const entry of pending) await upload(entry);
    } catch {
      // offline again: the rest stay queued
    } finally {
      running = undefined;
    }
  })();
  return running;
}

/** Syncs whenever the browser comes back online; returns the unsubscribe function. */
export function syncWhenOnline(onDone?: () => void): () => void {
  const handler = () => void syncOutbox().then(onDone);
  window.addEventListener('online', handler);
  return () => window.removeEventListener('online', handler);
}
