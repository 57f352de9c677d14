import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';

const ledgerSchema = z.object({
  researcherId: z.string(),
  balancePence: z.number(),
  issuedPence: z.number(),
  redeemedPence: z.number(),
  completedQuestionnaires: z.number(),
});

/** The signed-in researcher's voucher balance; refreshed after each sync. */
export function useMyVouchers(enabled: boolean) {
  return useQuery({
    queryKey: ['research-vouchers', 'mine'],
    queryFn: () => getJson('/api/v1/research/vouchers', ledgerSchema),
    enabled,
  });
}
