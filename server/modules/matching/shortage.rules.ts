import { csvText } from './csv.rules';
import { fitsForVacancy, registrationNeeded } from './scoring.occupations.rules';
import { rightToWorkPasses, type ScoringContext } from './scoring.rules';

/**
 * Shortage analysis (pure): demand (open vacancy places by occupation and band) against supply (candidates whose
 * qualifications fit, who pass the right-to-work gate) by when they could be ready. Supply counts are people, so
 * every row's buckets are suppressed together (fewer than 5 is hidden, as everywhere).
 */

export const buckets = ['now', 'within-3-months', 'within-12-months', 'later', 'time-unknown'] as const;
export type Bucket = (typeof buckets)[number];

export interface DemandVacancy {
  occupationCodes: string[];
  band: number | null;
  registration: string | null;
  paid: boolean;
  quantity: number;
}

export interface SupplyGroup {
  occupation: string;
  rightToWork: string;
  regulator: string | null;
  registered: boolean;
  readyInMonths: number | null;
  currentStep: string | null;
  count: number;
}

export interface ShortageRow {
  occupation: string;
  band: number | null;
  registration: string | null;
  demand: number;
  vacancies: number;
  supply: Record<Bucket, number | null>;
  supplyTotal: number | null;
  /** places the ready-now supply cannot fill; null when that supply is suppressed */
  shortfallNow: number | null;
  stages: { step: string; count: number | null }[];
}

export function bucketOf(registrationNeeded: boolean, g: Pick<SupplyGroup, 'registered' | 'readyInMonths'>): Bucket {
  if (!registrationNeeded || g.registered) return 'now';
  if (g.readyInMonths === null) return 'time-unknown';
  return g.readyInMonths <= 3 ? 'within-3-months' : g.readyInMonths <= 12 ? 'within-12-months' : 'later';
}

/** Small-cell suppression, given by the caller (the privacy module's), so these rules stay free of other modules. */
export type Suppress = <K>(cells: readonly { key: K; count: number }[]) => {
  cells: { key: K; count: number | null }[];
  total: number | null;
};

export function shortageRows(
  ctx: ScoringContext,
  demand: DemandVacancy[],
  supply: SupplyGroup[],
  suppressCells: Suppress,
): ShortageRow[] {
  const cells = new Map<string, { v: DemandVacancy; demand: number; vacancies: number }>();
  for (const v of demand) {
    const key = `${v.occupationCodes[0] ?? ''}|${v.band ?? ''}`;
    const cell = cells.get(key) ?? { v, demand: 0, vacancies: 0 };
    cell.demand += v.quantity;
    cell.vacancies += 1;
    cells.set(key, cell);
  }
  return [...cells.values()].map(({ v, demand: places, vacancies }) => {
    const occupation = v.occupationCodes[0] ?? '';
    const asVacancy = {
      id: '',
      partnerId: '',
      title: '',
      occupationCodes: [occupation],
      registration: v.registration,
      dbs: 'none' as const,
      paid: v.paid,
      cefr: 0,
      location: null,
      band: v.band,
    };
    const registration = registrationNeeded(ctx.occupations, asVacancy);
    const fits = fitsForVacancy(ctx.ref, ctx.occupations, [occupation], registration);
    const counts = Object.fromEntries(buckets.map((b) => [b, 0])) as Record<Bucket, number>;
    const stages = new Map<string, number>();
    const passes = new Map<string, boolean>();
    for (const g of supply) {
      if (!fits.has(g.occupation)) continue;
      if (registration && g.regulator !== registration) continue;
      if (v.paid) {
        if (!passes.has(g.rightToWork)) passes.set(g.rightToWork, rightToWorkPasses(ctx, asVacancy, g.rightToWork));
        if (!passes.get(g.rightToWork)) continue;
      }
      counts[bucketOf(registration !== null, g)] += g.count;
      if (registration && !g.registered && g.currentStep)
        stages.set(g.currentStep, (stages.get(g.currentStep) ?? 0) + g.count);
    }
    const shown = suppressCells(buckets.map((b) => ({ key: b, count: counts[b] })));
    const supplyNow = shown.cells[0]!.count;
    return {
      occupation,
      band: v.band,
      registration,
      demand: places,
      vacancies,
      supply: Object.fromEntries(shown.cells.map((c) => [c.key, c.count])) as Record<Bucket, number | null>,
      supplyTotal: shown.total,
      shortfallNow: supplyNow === null ? null : Math.max(0, places - supplyNow),
      stages: suppressCells([...stages].map(([step, count]) => ({ key: step, count }))).cells.map((c) => ({
        step: c.key,
        count: c.count,
      })),
    };
  });
}

export function shortageCsv(rows: ShortageRow[], labels: ReadonlyMap<string, string>): string {
  const header = [
    'occupation',
    'occupation_label',
    'band',
    'registration',
    'vacancies',
    'places',
    ...buckets.map((b) => `supply_${b.replace(/-/g, '_')}`),
    'supply_total',
    'shortfall_now',
  ];
  const lines = rows.map((r) => [
    r.occupation,
    labels.get(r.occupation) ?? r.occupation,
    r.band,
    r.registration,
    r.vacancies,
    r.demand,
    ...buckets.map((b) => r.supply[b] ?? 'suppressed'),
    r.supplyTotal ?? 'suppressed',
    r.shortfallNow ?? 'suppressed',
  ]);
  return csvText(header, lines);
}
