import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateMessage, toAppError } from './error-mapping';

describe('database refusals become problems', () => {
  it('a unique violation names its fields in words, never the database phrasing', () => {
    expect(duplicateMessage('Key (email)=(someone@mentor.example) already exists.')).toBe(
      'A record with the same email already exists',
    );
    expect(duplicateMessage('Key (form_id, code)=(x, y) already exists.')).toBe(
      'A record with the same form_id and code already exists',
    );
    const e = toAppError({ code: '23505', detail: 'Key (email)=(a@b.example) already exists.' });
    expect(e.status).toBe(409);
    expect(e.message).not.toContain('a@b.example');
  });

  it('whatever the detail, the message is a 409 that echoes no value', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (cols, value) => {
        const e = toAppError({
          code: '23505',
          detail: `Key (${cols.replace(/[()=]/g, '')})=(${value}) already exists.`,
        });
        expect(e.status).toBe(409);
        expect(e.message).not.toContain('=(');
        expect(e.message).not.toContain('already exists.');
      }),
    );
    expect(toAppError({ code: '23505' }).message).toBe('A record with the same values already exists');
  });
});
