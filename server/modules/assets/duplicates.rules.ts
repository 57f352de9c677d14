/** Duplicates: how alike two names must be, and the reasons a pair is shown. */

/** pg_trgm similarity from which two names are flagged (0..1): "Ladywood Community Trust" ~ "Ladywood Comunity Trust". */
export const duplicateThreshold = 0.6;

export const percent = (similarity: number): number => Math.round(similarity * 100);

export function partnerReasons(p: { a: string; b: string; similarity: number; sameWebsite: boolean }): string[] {
  const reasons = [`names "${p.a}" and "${p.b}" are ${percent(p.similarity)}% alike`];
  if (p.sameWebsite) reasons.push('same website');
  return reasons;
}

export function assetReasons(p: {
  a: string;
  b: string;
  similarity: number;
  area: string;
  sameKind: boolean;
}): string[] {
  const reasons = [`names "${p.a}" and "${p.b}" are ${percent(p.similarity)}% alike`, `both in ${p.area}`];
  if (p.sameKind) reasons.push('same kind');
  return reasons;
}

/** Keep the older record by default: it is the one others have linked to longest. */
export const suggestedKeep = (a: { id: string; createdAt: string }, b: { id: string; createdAt: string }): string =>
  a.createdAt <= b.createdAt ? a.id : b.id;

/** Why two micro-assets cannot be merged, or null. */
export function assetMergeProblem(
  keep: { category: string; owner_type: string },
  merge: { category: string; owner_type: string },
): string | null {
  if (keep.owner_type === 'resident' || merge.owner_type === 'resident')
    return "a resident's asset is personal and is never merged";
  if (keep.category !== merge.category)
    return `only assets of one category can be merged (${keep.category} and ${merge.category})`;
  return null;
}
