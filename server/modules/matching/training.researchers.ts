import type { Db } from '../../db/tx';
import { activeResearcherResidentIds } from '../research/researchers.service';

/**
 * The "active community researchers first" rule reads the research module's register of researchers (through its
 * service). When the register cannot be read, the rule says it could not be checked and gives no points.
 */
export async function activeResearchers(db: Db, residentIds: string[]): Promise<Set<string> | null> {
  try {
    return await activeResearcherResidentIds(db, residentIds);
  } catch {
    return null;
  }
}
