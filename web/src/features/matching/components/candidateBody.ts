import { scoresOf, type TestDraft } from './EnglishTestFields';

export type Draft = {
  fullName: string;
  dateOfBirth: string;
  phone: string;
  email: string;
  area: string;
  borough: string;
  occupation: string;
  country: string;
  institution: string;
  year: string;
  yearsOfPractice: string;
  language: string;
  languageLevel: string;
  rightToWork: string;
  rightToWorkCheckedOn: string;
  immigrationStatus: string;
  consents: Record<'contact' | 'referral' | 'matching' | 'publicity', boolean>;
  sex: string;
  ethnicity: string;
  notes: string;
};

export const blankDraft: Draft = {
  fullName: '',
  dateOfBirth: '',
  phone: '',
  email: '',
  area: '',
  borough: '',
  occupation: '',
  country: '',
  institution: '',
  year: '',
  yearsOfPractice: '',
  language: '',
  languageLevel: 'native',
  rightToWork: 'unknown',
  rightToWorkCheckedOn: '',
  immigrationStatus: '',
  // publicity is off by default: many participants fear being identified
  consents: { contact: true, referral: false, matching: false, publicity: false },
  sex: '',
  ethnicity: '',
  notes: '',
};

const opt = (key: string, value: string) => (value.trim() ? { [key]: value.trim() } : {});
const num = (key: string, value: string) => (value.trim() ? { [key]: Number(value) } : {});

/** The intake body for POST /api/v1/matching/candidates; the tests sent, in order, for mapping errors back. */
export function candidateBody(d: Draft, tests: { ielts: TestDraft; oet: TestDraft }) {
  const sent: ('ielts' | 'oet')[] = [];
  const englishTests = (['ielts', 'oet'] as const).flatMap((test) => {
    const scores = scoresOf(tests[test]);
    if (!scores && !tests[test].date) return [];
    sent.push(test);
    return [{ test, variant: tests[test].variant, date: tests[test].date, scores: scores ?? {} }];
  });
  const body = {
    fullName: d.fullName.trim(),
    ...opt('dateOfBirth', d.dateOfBirth),
    ...opt('phone', d.phone),
    ...opt('email', d.email),
    ...opt('area', d.area),
    ...opt('borough', d.borough),
    rightToWork: d.rightToWork,
    ...opt('rightToWorkCheckedOn', d.rightToWorkCheckedOn),
    ...opt('immigrationStatus', d.immigrationStatus),
    ...(d.occupation
      ? {
          qualifications: [
            {
              occupation: d.occupation,
              ...opt('country', d.country.toUpperCase()),
              ...opt('institution', d.institution),
              ...num('year', d.year),
              ...num('yearsOfPractice', d.yearsOfPractice),
            },
          ],
        }
      : {}),
    ...(d.language.trim()
      ? { languages: [{ language: d.language.trim().toLowerCase(), level: d.languageLevel }] }
      : {}),
    ...(englishTests.length ? { englishTests } : {}),
    consents: d.consents,
    ...(d.sex || d.ethnicity ? { monitoring: { ...opt('sex', d.sex), ...opt('ethnicity', d.ethnicity) } } : {}),
    ...opt('notes', d.notes),
    status: 'active',
  };
  return { body, sent };
}

/** Server paths name tests by index; the form names them by kind. */
export function fieldErrors(errors: { path: string; message: string }[], sent: ('ielts' | 'oet')[]) {
  return Object.fromEntries(
    errors.map((e) => [
      e.path.replace(/^body\.englishTests\.(\d+)/, (_, i: string) => `body.englishTests.${sent[Number(i)] ?? i}`),
      e.message,
    ]),
  );
}
