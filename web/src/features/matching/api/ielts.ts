/**
 * The IELTS overall band as the test's owners round it: the mean of the four skills, rounded to the nearest
 * half band, where a mean ending in .25 rounds up to .5 and one ending in .75 rounds up to the next whole band.
 * Shown live on the intake form; the server recomputes it and refuses a reported overall that disagrees.
 */
export function ieltsOverall(scores: readonly number[]): number | null {
  if (scores.length !== 4 || scores.some((s) => !Number.isFinite(s) || s < 0 || s > 9 || (s * 2) % 1 !== 0))
    return null;
  const mean = scores.reduce((a, b) => a + b, 0) / 4;
  return Math.floor(mean * 2 + 0.5) / 2;
}
