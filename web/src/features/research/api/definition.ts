import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, isApiError } from '../../../lib/api';
import { fieldDb, type StoredForm } from '../offline/db';
import { formSchema } from './forms';

const definitionSchema = formSchema.extend({
  version: z.string(),
  md5: z.string(),
  xml: z.string(),
  defaultLanguage: z.string().nullable(),
});

/**
 * The form to fill: fetched fresh when there is a connection and kept on the device, so that the copy
 * opened last is used with no connection (and the response keeps the version it was given under).
 */
export async function loadDefinition(id: string): Promise<StoredForm & { offline: boolean }> {
  try {
    const d = await getJson(`/api/v1/research/forms/${encodeURIComponent(id)}/definition`, definitionSchema);
    const stored: StoredForm = {
      id: d.id,
      title: d.title,
      version: d.version,
      xml: d.xml,
      languages: d.languages,
      defaultLanguage: d.defaultLanguage,
      anonymous: d.anonymous,
      voucherPence: d.voucherPence,
      savedAt: new Date().toISOString(),
    };
    await fieldDb().forms.put(stored);
    return { ...stored, offline: false };
  } catch (error) {
    if (!isApiError(error) || error.status !== 0) throw error;
    const stored = await fieldDb().forms.get(id);
    if (!stored) throw error;
    return { ...stored, offline: true };
  }
}

export function useDefinition(id: string) {
  return useQuery({
    queryKey: ['research-definition', id],
    queryFn: () => loadDefinition(id),
    staleTime: Infinity,
    retry: false,
    networkMode: 'always',
  });
}

/** Forms kept on this device, newest first: what can be filled with no connection. */
export function storedForms(): Promise<StoredForm[]> {
  return fieldDb().forms.orderBy('savedAt').reverse().toArray();
}
