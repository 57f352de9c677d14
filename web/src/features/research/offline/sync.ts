import { z } from 'zod';
import { isApiError, sendJson } from '../../../lib/api';
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

async function upload(entry: OutboxEntry): Promise<void> {
  const outbox = fieldDb().outbox;
  await outbox.update(entry.instanceId, { status: 'syncing', error: null });
  try {
    const result = await sendJson(
      'POST',
      `/api/v1/research/forms/${encodeURIComponent(entry.formId)}/submissions`,
      { channel: entry.channel, complete: entry.complete, xml: entry.xml, language: entry.language ?? undefined },
      ingestResult,
    );
    // The server has the answers now: the device keeps only the status line, not the answers themselves.
    await outbox.update(entry.instanceId, {
      xml: '',
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
