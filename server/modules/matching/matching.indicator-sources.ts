import type { IndicatorSource } from '../impact/sources.types';

/**
 * What skills matching offers the impact indicators: candidates with their pipeline stage and whether they hold
 * an overseas qualification. Names, contact details and special-category fields are not offered.
 */
export const matchingIndicatorSources: IndicatorSource[] = [
  {
    name: 'matching.candidates',
    label: 'Skills-matching candidates',
    recordType: 'candidate',
    relation: `(select c.id, c.reference, c.stage, c.status, c.source, c.area_id, c.partner_id, c.created_at,
      c.stage_changed_at, exists (select 1 from candidate_qualifications q
        where q.candidate_id = c.id and q.country is not null and q.country <> 'GB') as overseas_qualified
      from candidates c)`,
    id: 'id',
    recordLabel: 'reference',
    area: 'area_id',
    partner: 'partner_id',
    dates: ['stage_changed_at', 'created_at'],
    fields: {
      stage: { type: 'text', aggregateSafe: true },
      status: { type: 'text', aggregateSafe: true },
      source: { type: 'text', aggregateSafe: true },
      overseas_qualified: { type: 'boolean', aggregateSafe: true },
      reference: { type: 'text', aggregateSafe: false },
      created_at: { type: 'timestamp', aggregateSafe: true },
      stage_changed_at: { type: 'timestamp', aggregateSafe: true },
    },
    drill: ['stage', 'status'],
  },
];
