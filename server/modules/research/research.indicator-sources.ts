import type { IndicatorSource } from '../impact/sources.types';

/**
 * What community research offers the impact indicators: questionnaire responses (no answers, no researcher),
 * community researchers (no names beyond the display name shown to drill-down roles) and interviews.
 */
export const researchIndicatorSources: IndicatorSource[] = [
  {
    name: 'research.responses',
    label: 'Questionnaire responses',
    recordType: 'response',
    relation: 'research_submissions',
    id: 'id',
    recordLabel: 'instance_id',
    area: 'area_id',
    partner: null,
    dates: ['received_at'],
    fields: {
      channel: { type: 'text', aggregateSafe: true },
      anonymous: { type: 'boolean', aggregateSafe: true },
      complete: { type: 'boolean', aggregateSafe: true },
      language: { type: 'text', aggregateSafe: false },
      instance_id: { type: 'text', aggregateSafe: false },
      received_at: { type: 'timestamp', aggregateSafe: true },
    },
    drill: ['channel', 'complete'],
  },
  {
    name: 'research.researchers',
    label: 'Community researchers',
    recordType: 'researcher',
    relation: 'research_researchers',
    id: 'id',
    recordLabel: 'display_name',
    area: null,
    partner: 'partner_id',
    dates: ['signed_up_on', 'created_at'],
    fields: {
      role: { type: 'text', aggregateSafe: true },
      status: { type: 'text', aggregateSafe: true },
      display_name: { type: 'text', aggregateSafe: false },
      signed_up_on: { type: 'date', aggregateSafe: true },
      created_at: { type: 'timestamp', aggregateSafe: true },
    },
    drill: ['role', 'status'],
  },
  {
    name: 'research.interviews',
    label: 'Interviews',
    recordType: 'interview',
    relation: 'research_interviews',
    id: 'id',
    recordLabel: 'title',
    area: 'area_id',
    partner: 'partner_id',
    dates: ['interviewed_on'],
    fields: {
      status: { type: 'text', aggregateSafe: true },
      language: { type: 'text', aggregateSafe: false },
      title: { type: 'text', aggregateSafe: false },
      interviewed_on: { type: 'date', aggregateSafe: true },
    },
    drill: ['status'],
  },
];
