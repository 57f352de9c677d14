import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import ar from '../../../app/i18n/locales/ar.json';
import en from '../../../app/i18n/locales/en.json';
import { serverText } from './serverText';

type Tree = { [key: string]: string | Tree };
/** The app's own messages, formatted as i18next-icu would. */
const translator = (tree: Tree, lang: string) => (key: string, values?: Record<string, string | number>) => {
  const message = key.split('.').reduce<string | Tree | undefined>((node, part) => (node as Tree)?.[part], tree);
  if (typeof message !== 'string') throw new Error(`no ${lang} message ${key}`);
  return String(new IntlMessageFormat(message, lang).format(values));
};

describe('server problems in the reader language', () => {
  const english = serverText(translator(en, 'en'), 'en');
  const arabic = serverText(translator(ar, 'ar'), 'ar');

  it('says what zod and the start-up services send in Arabic, with their numbers and names', () => {
    expect(arabic('Too small: expected string to have >=1 characters')).toBe('أدخل قيمة أو اختر واحدة');
    expect(arabic('Invalid input: expected string, received undefined')).toBe('أدخل قيمة أو اختر واحدة');
    expect(arabic('Too big: expected number to be <=500')).toBe('500 على الأكثر');
    expect(arabic('a date as YYYY-MM-DD')).toBe('أدخل تاريخًا');
    expect(arabic('2027-02-30 is not a calendar day')).toBe('أدخل تاريخًا');
    expect(arabic('an event must end after it starts')).toBe('يجب أن تكون النهاية بعد البداية');
    expect(arabic('A programme called Basics already exists')).toBe('يوجد برنامج باسم Basics بالفعل');
    expect(arabic('Invalid email address')).toMatch(/^أدخل عنوان بريد إلكتروني/);
    expect(arabic('an email address')).toBe(arabic('Invalid email address'));
    expect(arabic('Invalid ISO datetime')).toBe('أدخل تاريخًا ووقتًا');
    expect(arabic('an enterprise id')).toBe('اختر أحد الخيارات المعروضة');
    expect(arabic('is already registered for another mentor')).toBe('يوجد مرشد مسجّل بهذا البريد الإلكتروني');
  });

  it('says the same messages in English, clearer than zod', () => {
    expect(english('Too small: expected string to have >=1 characters')).toBe('Enter or choose a value');
    expect(english('Too small: expected number to be >=1')).toBe('At least 1');
    expect(english('an event must end after it starts')).toBe('The end must be after the start');
  });

  it('keeps an unknown message in English, and never shows English in Arabic', () => {
    expect(english('the hall is being repainted')).toBe('the hall is being repainted');
    expect(arabic('the hall is being repainted')).toBe('لم تُقبل هذه القيمة');
    expect(arabic('Too big: expected string to have <=200 characters')).not.toMatch(/[A-Za-z]/);
  });
});
