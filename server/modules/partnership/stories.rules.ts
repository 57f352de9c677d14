/**
 * Story consent levels, enforced wherever a story is shown or exported. Pure.
 * public_named: may be published with the person's name; public_anonymous: may be published, never with the name;
 * internal: for the partnership only, never published.
 */
export const consentLevels = ['public_named', 'public_anonymous', 'internal'] as const;
export type ConsentLevel = (typeof consentLevels)[number];
export type Audience = 'partnership' | 'public';

export interface StoryFacts {
  consentLevel: ConsentLevel;
  personName: string | null;
}

/** Whether the audience may see the story at all. */
export const showsTo = (s: StoryFacts, audience: Audience) =>
  audience === 'partnership' || s.consentLevel !== 'internal';

/** The name the audience may see: only ever for public_named (and internal stories inside the partnership). */
export function nameFor(s: StoryFacts, audience: Audience): string | null {
  if (s.consentLevel === 'public_named') return s.personName;
  if (s.consentLevel === 'internal' && audience === 'partnership') return s.personName;
  return null;
}
