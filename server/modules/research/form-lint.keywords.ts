/**
 * Words that mark a question as sensitive (income and finances, benefits, immigration, health),
 * per language of the programme. Matched case-insensitively against names and labels.
 * Kept small on purpose: the `sensitive` column is the real marker; these catch the forgotten ones.
 */
export const SENSITIVE_KEYWORDS: Record<string, string[]> = {
  en: [
    'income',
    'salary',
    'wage',
    'earn',
    'benefit',
    'universal credit',
    'debt',
    'savings',
    'finance',
    'immigration',
    'visa',
    'asylum',
    'refugee status',
    'right to work',
    'passport',
    'nationality',
    'health',
    'illness',
    'disability',
    'disabled',
    'mental',
    'medication',
    'pregnan',
  ],
  ar: ['الدخل', 'راتب', 'ديون', 'إعانة', 'لجوء', 'هجرة', 'تأشيرة', 'إقامة', 'صحة', 'مرض', 'إعاقة'],
  ur: ['آمدنی', 'تنخواہ', 'قرض', 'امیگریشن', 'ویزا', 'پناہ', 'صحت', 'بیماری', 'معذوری'],
  pa: ['ਆਮਦਨ', 'ਤਨਖਾਹ', 'ਵੀਜ਼ਾ', 'ਸਿਹਤ', 'ਬਿਮਾਰੀ'],
  bn: ['আয়', 'বেতন', 'ভিসা', 'আশ্রয়', 'স্বাস্থ্য', 'অসুস্থ'],
  pl: [
    'dochód',
    'dochod',
    'zarobki',
    'zasiłek',
    'zasilek',
    'imigra',
    'wiza',
    'azyl',
    'zdrowie',
    'choroba',
    'niepełnospraw',
  ],
  ro: [
    'venit',
    'salariu',
    'ajutor social',
    'imigra',
    'viză',
    'viza',
    'azil',
    'sănătate',
    'sanatate',
    'boală',
    'dizabilit',
  ],
  so: ['dakhli', 'mushahar', 'deyn', 'socdaal', 'fiisa', 'magangelyo', 'caafimaad', 'jirro', 'naafo'],
  fa: ['درآمد', 'حقوق', 'بدهی', 'مهاجرت', 'ویزا', 'پناهندگی', 'سلامت', 'بیماری', 'معلولیت'],
  ku: ['داهات', 'مووچە', 'کۆچ', 'ڤیزا', 'پەنابەر', 'تەندروستی', 'نەخۆشی'],
};

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Latin-script words match at the start of a word ("visa" but not "advisable"); other scripts match
 * anywhere, since Arabic-script words take prefixes such as the article.
 */
const PATTERNS = Object.values(SENSITIVE_KEYWORDS)
  .flat()
  .map((word) =>
    /\p{Script=Latin}/u.test(word)
      ? new RegExp(`(?:^|[^\\p{L}\\p{M}])${escape(word)}`, 'iu')
      : new RegExp(escape(word), 'iu'),
  );

/** True when a name or label mentions a sensitive topic in any of the languages above. */
export function mentionsSensitiveTopic(texts: string[]): boolean {
  const haystack = texts.join(' ').replace(/_/g, ' ');
  return PATTERNS.some((pattern) => pattern.test(haystack));
}
