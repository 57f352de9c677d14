import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { getJson } from '../../../lib/api';
import { idSchema } from '../../../lib/schemas';

const ref = z.object({ slug: z.string(), name: z.string() });
const cohortSchema = z.object({
  id: idSchema,
  name: z.string(),
  programme: ref,
  funder: ref,
  capacity: z.number(),
  seatsLeft: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  venue: z.string(),
});

const candidateTrainingSchema = z.object({
  nextCohorts: z.array(cohortSchema),
  waitingLists: z.array(
    z.object({ id: idSchema, programme: ref, position: z.number(), waiting: z.number(), joinedOn: z.string() }),
  ),
  enrolments: z.array(z.object({ cohort: cohortSchema, attendanceRate: z.number().nullable() })),
});

/** The cohorts the candidate's funders cover next, their waiting-list places and enrolments (training module). */
export function useCandidateTraining(id: string) {
  return useQuery({
    queryKey: ['candidate', id, 'training'],
    queryFn: () => getJson(`/api/v1/matching/candidates/${encodeURIComponent(id)}/training`, candidateTrainingSchema),
  });
}
