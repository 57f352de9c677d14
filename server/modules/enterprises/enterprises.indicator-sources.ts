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
  {
    // each local enterprise's share of a contract or grant won: the value ledger's rows (migration 0018)
    name: 'enterprises.award-shares',
    label: 'Money brought into the locality (award shares)',
    recordType: 'award_share',
    relation: `(select s.award_id::text || ':' || s.enterprise_id::text as id, e.name as enterprise, s.area_id,
      e.partner_id, s.amount, a.source, a.funder_name, a.award_date
      from award_shares s join awards a on a.id = s.award_id join enterprises e on e.id = s.enterprise_id)`,
    id: 'id',
    recordLabel: 'enterprise',
    area: 'area_id',
    partner: 'partner_id',
    dates: ['award_date'],
    fields: {
      amount: { type: 'number', aggregateSafe: true },
      source: { type: 'text', aggregateSafe: true },
      funder_name: { type: 'text', aggregateSafe: true },
      enterprise: { type: 'text', aggregateSafe: false },
      award_date: { type: 'date', aggregateSafe: true },
    },
    drill: ['amount', 'source', 'funder_name'],
  },
];
