import type { IndicatorSource } from '../impact/sources.types';

/** What the enterprise directory offers the impact indicators: enterprises by stage and status, and consortia. */
export const enterpriseIndicatorSources: IndicatorSource[] = [
  {
    name: 'enterprises.enterprises',
    label: 'Enterprises supported',
    recordType: 'enterprise',
    relation: 'enterprises',
    id: 'id',
    recordLabel: 'name',
    area: 'area_id',
    partner: 'partner_id',
    dates: ['created_at'],
    fields: {
      stage: { type: 'text', aggregateSafe: true },
      status: { type: 'text', aggregateSafe: true },
      legal_form: { type: 'text', aggregateSafe: true },
      local_jobs: { type: 'number', aggregateSafe: true },
      name: { type: 'text', aggregateSafe: false },
      created_at: { type: 'timestamp', aggregateSafe: true },
    },
    drill: ['stage', 'status', 'legal_form'],
  },
  {
    name: 'enterprises.consortia',
    label: 'Consortia of social enterprises',
    recordType: 'consortium',
    relation: 'consortia',
    id: 'id',
    recordLabel: 'name',
    area: null,
    partner: null,
    dates: ['created_at'],
    fields: {
      market: { type: 'text', aggregateSafe: true },
      name: { type: 'text', aggregateSafe: false },
      created_at: { type: 'timestamp', aggregateSafe: true },
    },
    drill: ['market'],
  },
];
