import Dexie, { liveQuery, type EntityTable } from 'dexie';
import { useEffect, useState } from 'react';

/** A form definition the researcher opened, kept so the form can be filled with no connection. */
export interface StoredForm {
  id: string;
  title: string;
  version: string;
  xml: string;
  languages: string[];
  defaultLanguage: string | null;
  anonymous: boolean;
  voucherPence: number;
  savedAt: string;
}

export const outboxStatuses = ['queued', 'syncing', 'synced', 'failed'] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

/** A photo, recording or file answer, kept on the device with its response until it is uploaded. */
export interface OutboxMedia {
  /** the file name the instance XML gives as the answer */
  name: string;
  type: string;
  blob: Blob;
}

/** A response waiting on the device; its instanceID makes a retried upload count once on the server. */
export interface OutboxEntry {
  instanceId: string;
  formId: string;
  formTitle: string;
  version: string;
  xml: string;
  /** media answers (absent on responses saved before media were supported) */
  media?: OutboxMedia[];
  channel: 'web' | 'paper';
  complete: boolean;
  language: string | null;
  status: OutboxStatus;
  /** Why the last upload failed (the server's problem detail, or the network). */
  error: string | null;
  /** The server credited a voucher for it. */
  credited: boolean;
  createdAt: string;
  syncedAt: string | null;
}

class FieldDatabase extends Dexie {
  forms!: EntityTable<StoredForm, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'instanceId'>;
  constructor() {
    super('useit-research');
    this.version(1).stores({ forms: 'id, savedAt', outbox: 'instanceId, status, createdAt' });
  }
}

/** One IndexedDB database per browser profile; opened on first use. */
let database: FieldDatabase | undefined;
export function fieldDb(): FieldDatabase {
  database ??= new FieldDatabase();
  return database;
}

/** Re-renders with the result of a Dexie query whenever the tables it reads change. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({ next: setValue, error: () => setValue(undefined) });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists the query's inputs
  }, deps);
  return value;
}
