import { activeResearcherResidentIds } from '../research/researchers.service';
import type { ActiveResearcherLookup } from './training.researchers';

/** Where the "active community researchers first" rule reads the researcher register: the research module. */
export const activeResearcherLookupFor = (): ActiveResearcherLookup => activeResearcherResidentIds;
