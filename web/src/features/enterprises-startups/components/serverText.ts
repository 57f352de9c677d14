/**
 * The server writes its problems in English (zod's messages and the services' own). A staff form shows them in the
 * reader's language: each message the start-up, mentor and event endpoints send is recognised here and said with
 * a translated `enterpriseForms.server.*` string; one not recognised is shown as sent in English and as a general
 * "not accepted" elsewhere, so no English leaks into another language.
 */
type Translate = (key: string, values?: Record<string, string | number>) => string;

type Rule = [pattern: RegExp, key: string, values?: (m: RegExpMatchArray) => Record<string, string | number>];

const count = (m: RegExpMatchArray) => ({ count: Number(m[1]) });

const rules: Rule[] = [
  [/^Too small: expected string to have >=1 characters?$/, 'required'],
  [/^Invalid input: expected \w+, received undefined$/, 'required'],
  [/^Too small: expected string to have >=(\d+) characters$/, 'minLength', count],
  [/^Too big: expected string to have <=(\d+) characters$/, 'maxLength', count],
  [/^Too small: expected number to be >=(-?\d+)$/, 'min', count],
  [/^Too big: expected number to be <=(-?\d+)$/, 'max', count],
  [/^Too small: expected array to have >=(\d+) items?$/, 'minItems', count],
  [/^Too big: expected array to have <=(\d+) items?$/, 'maxItems', count],
  [/^Invalid input: expected int, received number$/, 'whole'],
  [/^Invalid input: expected number/, 'number'],
  [/^Invalid email address$|^an email address$/, 'email'],
  [/^a date as YYYY-MM-DD$|is not a calendar day$|^Invalid ISO date$/, 'date'],
  [/^a date and time such as |^Invalid ISO datetime$/, 'dateTime'],
  [/^an event must end after it starts$/, 'endsBeforeStart'],
  [/^a cohort cannot end before it starts$/, 'endsBeforeStart'],
  [/^is not a recruited mentor$/, 'notMentor'],
  [/^(unknown module|unknown skill|unknown market|no partner|the programme has no module)/, 'unknownChoice'],
  [/^an? (\w+ )?id$|^(a code such as|a language code such as)/, 'unknownChoice'],
  [/^is already registered for another mentor$/, 'emailTaken'],
  [/^you can only add events for your own partner$/, 'ownPartner'],
  [/^A programme called (.+) already exists$/, 'programmeExists', (m) => ({ name: m[1] ?? '' })],
  [/^The programme already has a cohort called (.+)$/, 'cohortExists', (m) => ({ name: m[1] ?? '' })],
];

/** Says a server message in the reader's language (`lang` from i18next); `t` is react-i18next's. */
export function serverText(t: Translate, lang: string): (message: string) => string {
  return (message) => {
    for (const [pattern, key, values] of rules) {
      const m = message.match(pattern);
      if (m) return t(`enterpriseForms.server.${key}`, values?.(m));
    }
    return lang === 'en' || lang.startsWith('en-') ? message : t('enterpriseForms.server.refused');
  };
}
