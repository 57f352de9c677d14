import { z } from 'zod';

/**
 * Shapes of the reference data files in ./reference: regulator rules kept as dated data with sources,
 * so a threshold can change without a release and every figure says where it came from.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
/** a month is allowed where the source gives no day ("April 2024") */
const isoDateOrMonth = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date as YYYY-MM-DD or YYYY-MM');
const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lowercase words joined by hyphens');

export const source = z.strictObject({
  url: z.url(),
  title: z.string().trim().min(1),
  kind: z.enum(['official', 'third-party', 'general-knowledge']),
});

/**
 * every dated entry: in force from validFrom (null: the source gives no start date) until the day before validTo
 * (absent: still in force), checked on checkedOn. A changed rule gets a new entry; the old one gets a validTo.
 */
const dated = {
  validFrom: isoDateOrMonth.nullable(),
  validTo: isoDate.optional(),
  checkedOn: isoDate,
  sources: z.array(source).min(1),
};

export const regulatorIds = ['GMC', 'NMC', 'HCPC', 'GPhC', 'GDC'] as const;
export const skills = ['listening', 'reading', 'writing', 'speaking'] as const;
export type Skill = (typeof skills)[number];
const regulator = z.enum(regulatorIds);
const confidence = z.enum(['official', 'third-party', 'general-knowledge']);

/** a typical duration, or the honest "unknown" where the reference gives none */
export const estimate = z.union([
  z.literal('unknown'),
  z.strictObject({ weeks: z.number().positive().max(520), basis: z.string().min(1) }),
]);

const step = z.strictObject({
  id,
  kind: z.enum(['evidence', 'english', 'exam', 'training', 'assessment', 'application', 'registration']),
  label: z.string().min(1),
  estimate,
  attemptsAllowed: z.number().int().min(1).max(10).nullable(),
  /** must be reached within `months` of another step's event */
  deadline: z
    .strictObject({
      after: id,
      event: z.enum(['passed', 'started', 'first-attempt']),
      months: z.number().int().min(1).max(240),
      confidence,
    })
    .nullable(),
  fee: z.strictObject({ amountGbp: z.number().nonnegative(), confidence, validFrom: isoDate.optional() }).nullable(),
  notes: z.string(),
});

export const regulatorsFile = z.strictObject({
  version: z.string().min(1),
  jurisdiction: z.string().length(2),
  about: z.string(),
  regulators: z.array(z.strictObject({ id: regulator, name: z.string().min(1) })).min(1),
  professions: z.array(z.strictObject({ id, regulator, route: id, occupations: z.array(id).min(1) })).min(1),
  routes: z
    .array(
      z.strictObject({
        id,
        regulator,
        name: z.string().min(1),
        requirements: z.array(z.string().min(1)),
        ...dated,
        steps: z.array(step).min(1),
      }),
    )
    .min(1),
});

const band = z.number().min(0).max(9).multipleOf(0.5);
const oetScore = z.number().int().min(0).max(500);
const perSkill = <T extends z.ZodType>(t: T) => z.strictObject({ listening: t, reading: t, writing: t, speaking: t });

export const englishRule = z.strictObject({
  id,
  regulator,
  professions: z.array(id).min(1),
  test: z.enum(['ielts', 'oet']),
  /** IELTS: academic / general-training; OET: the profession version (medicine, nursing...); null: not stated */
  testVariants: z.array(id).min(1).nullable(),
  overallMin: band.nullable(),
  /** null: the thresholds are not in the source, so no result can meet the rule until they are added */
  perSkillMin: z.union([perSkill(band), perSkill(oetScore)]).nullable(),
  /** null: the source gives no validity period */
  validityMonths: z.number().int().min(1).max(120).nullable(),
  combine: z
    .strictObject({
      maxSittings: z.number().int().min(2).max(4),
      windowMonths: z.number().int().min(1).max(24),
      floorPerSkill: z.number().min(0).max(500),
    })
    .nullable(),
  /** only the latest sitting of this test counts (GMC IELTS: "most recent sitting") */
  mostRecentSittingOnly: z.boolean(),
  notes: z.string(),
  ...dated,
});
export type EnglishRule = z.infer<typeof englishRule>;

export const englishRulesFile = z.strictObject({
  version: z.string().min(1),
  jurisdiction: z.string().length(2),
  about: z.string(),
  oetGrades: z.strictObject({
    ...dated,
    step: z.number().int().positive(),
    grades: z
      .array(z.strictObject({ grade: z.enum(['A', 'B', 'C+', 'C', 'D', 'E']), min: oetScore, max: oetScore }))
      .length(6),
  }),
  rules: z.array(englishRule).min(1),
});

const gate = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('right-to-work') }),
  z.strictObject({ kind: z.literal('dbs'), level: z.enum(['basic', 'enhanced']), confidence }),
  z.strictObject({ kind: z.literal('step-passed'), route: id, step: id }),
  z.strictObject({ kind: z.literal('step-not-passed'), route: id, step: id }),
  z.strictObject({ kind: z.literal('english-met'), regulator }),
  z.strictObject({
    kind: z.literal('experience'),
    minYears: z.number().positive(),
    specialties: z.array(z.string().min(1)),
  }),
  z.strictObject({ kind: z.literal('not-previously'), role: id }),
]);
export type Gate = z.infer<typeof gate>;

export const interimRolesFile = z.strictObject({
  version: z.string().min(1),
  jurisdiction: z.string().length(2),
  about: z.string(),
  roles: z
    .array(
      z.strictObject({
        id,
        title: z.string().min(1),
        occupation: id.nullable(),
        band: z.strictObject({ min: z.number().int().min(1).max(9), max: z.number().int().min(1).max(9) }).nullable(),
        paid: z.boolean(),
        forProfessions: z.array(id).min(1),
        gates: z.array(gate),
        notes: z.string(),
        ...dated,
      }),
    )
    .min(1),
});

export const rightToWorkStatuses = [
  'full',
  'restricted-visa',
  'asylum-seeker-permitted',
  'asylum-seeker',
  'none',
  'unknown',
] as const;
export type RightToWorkStatus = (typeof rightToWorkStatuses)[number];

export const rightToWorkFile = z.strictObject({
  version: z.string().min(1),
  jurisdiction: z.string().length(2),
  about: z.string(),
  statuses: z.array(
    z.strictObject({
      status: z.enum(rightToWorkStatuses).exclude(['unknown']),
      label: z.string().min(1),
      paidWork: z.enum(['any', 'conditions', 'listed-occupations', 'none']),
      list: id.nullable(),
    }),
  ),
  lists: z.array(
    z.strictObject({
      id,
      name: z.string().min(1),
      /** null: the list's contents are not in the source, so no role is assumed to be on it */
      occupations: z.array(id).nullable(),
      notes: z.string(),
      ...dated,
    }),
  ),
  ...dated,
});

export type RegulatorsFile = z.infer<typeof regulatorsFile>;
export type EnglishRulesFile = z.infer<typeof englishRulesFile>;
export type InterimRolesFile = z.infer<typeof interimRolesFile>;
export type RightToWorkFile = z.infer<typeof rightToWorkFile>;
export type Route = RegulatorsFile['routes'][number];
export type RouteStep = Route['steps'][number];
export type Profession = RegulatorsFile['professions'][number];
export type InterimRole = InterimRolesFile['roles'][number];
export type OetGrade = EnglishRulesFile['oetGrades']['grades'][number]['grade'];

export interface ReferenceData {
  regulators: RegulatorsFile;
  english: EnglishRulesFile;
  interimRoles: InterimRolesFile;
  rightToWork: RightToWorkFile;
}
