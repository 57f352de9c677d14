import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/errors';
import { parseXml } from './research.xml';

describe('parseXml', () => {
  it('refuses element names the parser will not read with a 400 that names the reason, not a plain error', () => {
    for (const name of ['constructor', '__proto__']) {
      let caught: unknown;
      try {
        parseXml(`<data><${name}>x</${name}></data>`);
      } catch (err) {
        caught = err;
      }
      expect(caught, name).toBeInstanceOf(AppError);
      expect((caught as AppError).status, name).toBe(400);
      expect((caught as AppError).message, name).toMatch(/could not be read.*constructor|could not be read.*__proto__/);
    }
  });
});
