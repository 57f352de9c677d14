import { describe, expect, it } from 'vitest';
import { createBody, emptyValues, serverFieldErrors, updateBody, validate, type FormValues } from './opportunityForm';

const valid: FormValues = {
  ...emptyValues,
  title: 'Healthcare assistant',
  occupations: [{ code: 'healthcare-assistant', label: 'Healthcare assistant' }],
  opensOn: '2026-01-01',
  closesOn: '2026-02-01',
  value: '1250.50',
};

describe('validate', () => {
  it('accepts a complete form', () => {
    expect(validate(valid)).toEqual({});
  });

  it('mirrors the server: title, quantity, money, dates in order, coordinates in pairs', () => {
    expect(validate({ ...valid, title: '  ' }).title).toBe('required');
    expect(validate({ ...valid, title: 'x'.repeat(201) }).title).toBe('tooLong');
    expect(validate({ ...valid, quantity: '0' }).quantity).toBe('quantity');
    expect(validate({ ...valid, quantity: '1.5' }).quantity).toBe('quantity');
    expect(validate({ ...valid, value: '-1' }).value).toBe('negative');
    expect(validate({ ...valid, value: '12.345' }).value).toBe('money');
    expect(validate({ ...valid, value: '0' }).value).toBeUndefined();
    expect(validate({ ...valid, closesOn: '2025-12-31' }).closesOn).toBe('datesOrder');
    expect(validate({ ...valid, closesOn: '2026-01-01' }).closesOn).toBeUndefined();
    expect(validate({ ...valid, lat: '52.4' }).lng).toBe('latLngPair');
    expect(validate({ ...valid, lat: '95', lng: '-1.9' }).lat).toBe('lat');
    expect(validate({ ...valid, lat: '52.4', lng: '-190' }).lng).toBe('lng');
  });
});

describe('request bodies', () => {
  it('POST leaves out empty optional fields and sends codes', () => {
    expect(createBody(valid)).toEqual({
      kind: 'vacancy',
      title: 'Healthcare assistant',
      description: '',
      occupations: ['healthcare-assistant'],
      qualifications: [],
      legalGates: [],
      quantity: 1,
      value: '1250.50',
      opensOn: '2026-01-01',
      closesOn: '2026-02-01',
      status: 'open',
    });
  });

  it('PATCH sends only the changes, null to clear, with the version', () => {
    const initial = { ...valid, area: 'ladywood', partner: 'swbh' };
    const changed = { ...initial, title: 'Senior healthcare assistant', area: '', lat: '52.4', lng: '-1.9' };
    expect(updateBody(initial, changed, 3)).toEqual({
      version: 3,
      title: 'Senior healthcare assistant',
      area: null,
      location: { lat: 52.4, lng: -1.9 },
    });
    expect(updateBody(initial, initial, 3)).toEqual({ version: 3 });
  });
});

describe('serverFieldErrors', () => {
  it('puts body.* errors on their fields and keeps the rest', () => {
    expect(
      serverFieldErrors([
        { path: 'body.closesOn', message: 'must not be before opensOn' },
        { path: 'body.occupations.1', message: 'unknown occupation code' },
        { path: 'body.location.lng', message: 'longitude out of range' },
        { path: 'querystring.x', message: 'odd' },
        { path: 'body', message: 'bad body' },
      ]),
    ).toEqual({
      fields: {
        closesOn: 'must not be before opensOn',
        occupations: 'unknown occupation code',
        lng: 'longitude out of range',
      },
      other: ['odd', 'bad body'],
    });
  });
});
