import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePath } from '../components/uploadPath';
import { directionOfLanguage, instanceIdOf, languageCode } from './xform';

const t = (key: string, values?: Record<string, unknown>) =>
  `${key.split('.').pop()}:${Object.values(values ?? {}).join(',')}`;

describe('web form helpers', () => {
  it('reads the language code from an XLSForm language name', () => {
    expect(languageCode('Arabic (ar)')).toBe('ar');
    expect(languageCode('Urdu (ur)')).toBe('ur');
    expect(languageCode('Portuguese (pt-BR)')).toBe('pt-br');
    expect(languageCode('English')).toBe('English');
  });

  it('draws Arabic, Urdu and Farsi right to left, English and Polish left to right', () => {
    expect(['Arabic (ar)', 'Urdu (ur)', 'Farsi (fa)'].map(directionOfLanguage)).toEqual(['rtl', 'rtl', 'rtl']);
    expect(['English (en)', 'Polish (pl)', 'default'].map(directionOfLanguage)).toEqual(['ltr', 'ltr', 'ltr']);
  });

  it('finds the instanceID with or without a namespace prefix, and nothing in XML without one', () => {
    expect(instanceIdOf('<data><meta><instanceID>uuid:abc</instanceID></meta></data>')).toBe('uuid:abc');
    expect(instanceIdOf('<data><orx:meta><orx:instanceID> uuid:x </orx:instanceID></orx:meta></data>')).toBe('uuid:x');
    fc.assert(fc.property(fc.string(), (s) => instanceIdOf(s.replace(/instanceID/g, '')) === ''));
  });

  it("turns the server's error path into sheet, row and column", () => {
    expect(describePath('file.survey.row 7.constraint', t)).toBe('sheet:survey, row:7, column:constraint');
    expect(describePath('file.settings.version', t)).toBe('sheet:settings, column:version');
    expect(describePath('file.choices.row 3', t)).toBe('sheet:choices, row:3');
    expect(describePath('file', t)).toBe('wholeFile:');
  });
});
