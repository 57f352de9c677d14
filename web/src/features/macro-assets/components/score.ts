/** Scores from the linking rules are 0–1 and shown as a percentage; anything larger is shown as it is. */
export function formatScore(score: number, language: string): string {
  if (score >= 0 && score <= 1) {
    return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(score);
  }
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(score);
}
