import type { IndicatorSource } from '../impact/sources.types';

/** What the resident register offers the impact indicators: residents known to the programme, by area. */
export const residentIndicatorSources: IndicatorSource[] = [
  {
    name: 'residents.residents',
    label: 'Residents known to the programme',
    recordType: 'resident',
    relation: 'residents',
    id: 'id',
    recordLabel: 'reference',
    area: 'area_id',
    partner: 'partner_id',
    dates: ['created_at'],
    fields: {
      reference: { type: 'text', aggregateSafe: false },
      created_at: { type: 'timestamp', aggregateSafe: true },
    },
    drill: [],
  },
];
