import { enterpriseIndicatorSources } from '../enterprises/enterprises.indicator-sources';
import { matchingIndicatorSources } from '../matching/matching.indicator-sources';
import { researchIndicatorSources } from '../research/research.indicator-sources';
import { residentIndicatorSources } from '../residents/residents.indicator-sources';
import type { IndicatorSource } from './sources.types';

/**
 * The source catalogue: every record type an indicator may count, each declared by the module that owns it.
 * A module that lands later (awards, placements) adds its file here and its indicators switch from manual
 * results to computed ones.
 */
export const sourceCatalogue: ReadonlyMap<string, IndicatorSource> = new Map(
  [
    ...matchingIndicatorSources,
    ...researchIndicatorSources,
    ...enterpriseIndicatorSources,
    ...residentIndicatorSources,
  ].map((s) => [s.name, s]),
);
