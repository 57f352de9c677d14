import type { RouteStep } from './reference.schemas';

/** The shape of scoring.config.json: weights (a programme policy) and planning figures for readiness. */
export interface ScoringConfig {
  version: string;
  weights: { occupation: number; english: number; registration: number; location: number };
  location: { nearKm: number; farKm: number; farValue: number; unknownValue: number };
  planningWeeks: Partial<Record<RouteStep['kind'], { weeks: number; basis: string }>>;
}
