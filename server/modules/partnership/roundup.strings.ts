import type { ActivityKind } from './activity.rules';

/** The round-up's wording per language, as data: add a language by adding an entry. {name} marks a value. */
export interface RoundupStrings {
  subject: string;
  greeting: string;
  highlights: string;
  numbers: string;
  numberLine: string;
  partnerNews: string;
  upcoming: string;
  meeting: string;
  tasksDue: string;
  taskLine: string;
  referralsWaiting: string;
  none: string;
  signoff: string;
  kinds: Record<ActivityKind, string>;
}

export const roundupStrings: Record<string, RoundupStrings> = {
  en: {
    subject: '{programme}: weekly round-up, week of {week}',
    greeting: 'Dear {name},',
    highlights: 'Highlights',
    numbers: 'This week in numbers (last week in brackets)',
    numberLine: '{kind}: {now} ({before})',
    partnerNews: 'For {partner} only',
    upcoming: 'Coming up',
    meeting: 'meeting',
    tasksDue: 'Your tasks due',
    taskLine: '{title}, due {due}',
    referralsWaiting: 'Referrals waiting for your answer: {n}',
    none: 'nothing this week',
    signoff: 'With best wishes,\nthe {programme} project manager',
    kinds: {
      asset: 'new assets',
      opportunity: 'new opportunities',
      response: 'research responses',
      match: 'matches',
      placement: 'placements',
      award: 'awards',
      event: 'events',
      meeting: 'meetings',
      task: 'tasks',
      referral: 'referrals',
      indicator: 'indicator changes',
      story: 'stories',
    },
  },
  pl: {
    subject: '{programme}: cotygodniowe podsumowanie, tydzień od {week}',
    greeting: 'Szanowni Państwo ({name}),',
    highlights: 'Najważniejsze wydarzenia',
    numbers: 'Ten tydzień w liczbach (w nawiasie poprzedni tydzień)',
    numberLine: '{kind}: {now} ({before})',
    partnerNews: 'Tylko dla: {partner}',
    upcoming: 'Nadchodzące wydarzenia',
    meeting: 'spotkanie',
    tasksDue: 'Zadania z terminem',
    taskLine: '{title}, termin {due}',
    referralsWaiting: 'Skierowania czekające na odpowiedź: {n}',
    none: 'brak w tym tygodniu',
    signoff: 'Z wyrazami szacunku,\nkierownik projektu {programme}',
    kinds: {
      asset: 'nowe zasoby',
      opportunity: 'nowe możliwości',
      response: 'odpowiedzi w badaniach',
      match: 'dopasowania',
      placement: 'zatrudnienia',
      award: 'granty i kontrakty',
      event: 'wydarzenia',
      meeting: 'spotkania',
      task: 'zadania',
      referral: 'skierowania',
      indicator: 'zmiany wskaźników',
      story: 'historie',
    },
  },
};
