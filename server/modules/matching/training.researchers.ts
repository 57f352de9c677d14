import type { Db } from '../../db/tx';

/**
 * The "active community researchers first" rule needs the research module's register of researchers. It is
 * injected here (wired where the routes are registered) so the training rules do not depend on the research
 * tables; when no register is wired, or it fails, the rule says it could not be checked and gives no points.
 */
export type ActiveResearcherLookup = (db: Db, residentIds: string[]) => Promise<Set<string>>;

let lookup: ActiveResearcherLookup | null = null;

export function useActiveResearcherLookup(fn: ActiveResearcherLookup | null): void {
  lookup = fn;
}

/** The residents (of those given) who are active researchers; null when the register cannot be read. */
export async function activeResearchers(db: Db, residentIds: string[]): Promise<Set<string> | null> {
  if (!lookup) return null;
  try {
    return await lookup(db, residentIds);
  } catch {
    return null;
  }
}
