import type { TFunction } from 'i18next';
import type { Reason } from '../api/mentors';

/** One matching reason in words, with its points (the server's explanation, never re-scored here). */
export function reasonText(t: TFunction, r: Reason, module: (code: string) => string): string {
  const points = r.points;
  switch (r.code) {
    case 'market':
      return (r.markets ?? []).length > 0
        ? t('mentors.reasons.market', {
            markets: (r.markets ?? []).map((m) => t(`startups.markets.${m}`, m)).join(', '),
            points,
          })
        : t('mentors.reasons.noMarket');
    case 'skills':
      return (r.modules ?? []).length > 0
        ? t('mentors.reasons.skills', {
            count: r.modules!.length,
            of: r.of ?? 0,
            modules: r.modules!.map(module).join(', '),
            points,
          })
        : t('mentors.reasons.noSkills');
    case 'language':
      return t(r.preferred ? 'mentors.reasons.languagePreferred' : 'mentors.reasons.language', {
        languages: (r.languages ?? []).join(', '),
        points,
      });
    case 'time':
      return t('mentors.reasons.time', { hours: r.hoursPerMonth ?? 0, count: r.freeSlots ?? 0, points });
    default:
      return `${r.code} (+${points})`;
  }
}
