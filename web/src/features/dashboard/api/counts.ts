import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { listUrl } from '../../../lib/list';

const totalSchema = z.object({ total: z.number().int() });

/** A list's size: ask for one row and read the total. */
export async function fetchCount(path: string): Promise<number> {
  return (await getJson(listUrl(path, { page: 1, pageSize: 1 }), totalSchema)).total;
}

export function useCount(path: string, enabled: boolean) {
  return useQuery({ queryKey: ['count', path], queryFn: () => fetchCount(path), enabled });
}
