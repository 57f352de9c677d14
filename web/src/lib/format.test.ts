import { describe, expect, it } from 'vitest';
import { humanise, safeReturnPath } from './format';
import { directionOf, toSupportedLanguage } from './languages';

describe('safeReturnPath', () => {
  it('keeps same-site paths and refuses anything else', () => {
    expect(safeReturnPath('/admin/audit?page=2')).toBe('/admin/audit?page=2');
    expect(safeReturnPath('//evil.example')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
  });
});

describe('languages', () => {
  it('maps browser codes to supported ones', () => {
    expect(toSupportedLanguage('ar-EG')).toBe('ar');
    expect(toSupportedLanguage('PL')).toBe('pl');
    expect(toSupportedLanguage('de-DE')).toBeUndefined();
    expect(toSupportedLanguage(null)).toBeUndefined();
  });

  it('knows which scripts run right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ur-PK')).toBe('rtl');
    expect(directionOf('ro')).toBe('ltr');
  });

  it('makes machine values readable', () => {
    expect(humanise('nhs_trust')).toBe('Nhs trust');
  });
});
