/** Pure rules of the start-up programme: who counts as a start-up, capacities, progress and the weakest modules. */
export const milestones = ['registered', 'first_sale', 'first_hire'] as const;
export type Milestone = (typeof milestones)[number];
export const moduleStatuses = ['not_started', 'in_progress', 'completed'] as const;
export type ModuleStatus = (typeof moduleStatuses)[number];

/** A start-up is an enterprise at the idea or start-up stage; established enterprises get business support instead. */
export const isStartup = (stage: string) => stage === 'idea' || stage === 'start_up';

/** Whether one more place can be taken: `taken` places are already used out of `capacity`. */
export const hasRoom = (taken: number, capacity: number | null) => capacity === null || taken < capacity;

const rank: Record<ModuleStatus, number> = { not_started: 0, in_progress: 1, completed: 2 };

/**
 * The modules a start-up is furthest behind on, weakest first (not started before in progress, then programme
 * order); completed modules are never weak. At most `limit` are returned.
 */
export function weakestModules(
  modules: readonly string[],
  progress: ReadonlyMap<string, ModuleStatus>,
  limit = 3,
): string[] {
  return modules
    .map((code, position) => ({ code, position, status: progress.get(code) ?? 'not_started' }))
    .filter((m) => m.status !== 'completed')
    .sort((a, b) => rank[a.status] - rank[b.status] || a.position - b.position)
    .slice(0, limit)
    .map((m) => m.code);
}

/** Share of the programme's modules completed, as a whole percentage. */
export function completion(modules: readonly string[], progress: ReadonlyMap<string, ModuleStatus>): number {
  if (modules.length === 0) return 0;
  const done = modules.filter((m) => progress.get(m) === 'completed').length;
  return Math.round((100 * done) / modules.length);
}
