import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson, send, sendJson } from '../../../lib/api';

const tokenSchema = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type DeviceToken = z.infer<typeof tokenSchema>;

const issuedSchema = tokenSchema.extend({
  token: z.string(),
  serverUrl: z.string(),
  qrCode: z.string(),
  collectSettings: z.string(),
});
export type IssuedToken = z.infer<typeof issuedSchema>;

export function useDeviceTokens() {
  return useQuery({
    queryKey: ['research-device-tokens'],
    queryFn: () => getJson('/api/v1/research/device-tokens', z.object({ items: z.array(tokenSchema) })),
  });
}

export function issueDeviceToken(label: string): Promise<IssuedToken> {
  return sendJson('POST', '/api/v1/research/device-tokens', { label }, issuedSchema);
}

export function revokeDeviceToken(id: string): Promise<void> {
  return send('DELETE', `/api/v1/research/device-tokens/${encodeURIComponent(id)}`);
}
