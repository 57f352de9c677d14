import { describe, expect, it } from 'vitest';
import {
  createBody,
  emptyValues,
  kindFor,
  serverFieldErrors,
  sourceHref,
  updateBody,
  validate,
} from './microAssetForm';

const group = { ...emptyValues, name: 'Ladywood walking group', ownerPartner: 'city-council' };

describe('the micro-asset form', () => {
  it('checks name, kind for the category, owner and a whole location before sending', () => {
    expect(validate(group, true)).toEqual({});
    expect(validate({ ...group, name: ' ', kind: 'skill', ownerPartner: '' }, true)).toEqual({
      name: 'required',
      kind: 'kind',
      ownerPartner: 'required',
    });
    expect(validate({ ...group, lat: '95', lng: '1' }, true)).toEqual({ lat: 'lat' });
    expect(validate({ ...group, lat: '52.4' }, true)).toEqual({ lng: 'latLngPair' });
    // The owner is fixed once recorded, so an edit does not ask for it.
    expect(validate({ ...group, ownerPartner: '' }, false)).toEqual({});
  });

  it('keeps a kind that fits the new category, else takes its first kind', () => {
    expect(kindFor('human', 'group')).toBe('skill');
    expect(kindFor('community', 'network')).toBe('network');
  });

  it("sends a resident's asset as private, and leaves empty fields out of a new one", () => {
    const resident = { ...group, ownerType: 'resident', ownerResident: ' GI-0003 ', visibility: 'public' };
    expect(createBody(resident)).toEqual({
      category: 'community',
      kind: 'group',
      name: 'Ladywood walking group',
      description: '',
      provenance: 'partner_report',
      visibility: 'private',
      sensitive: false,
      owner: { type: 'resident', resident: 'GI-0003' },
    });
    expect(createBody({ ...group, ownerType: 'area', ownerArea: 'soho', area: 'ladywood' })).not.toHaveProperty('area');
  });

  it('sends only what changed, with the copy it was read at', () => {
    const changed = { ...group, name: 'Walking group', lat: '', description: 'Tuesdays' };
    expect(updateBody(group, changed, '2026-11-22T07:00:00.000Z')).toEqual({
      updatedAt: '2026-11-22T07:00:00.000Z',
      name: 'Walking group',
      description: 'Tuesdays',
    });
  });

  it("places the server's errors on their fields", () => {
    expect(
      serverFieldErrors([
        { path: 'body.location', message: 'no location for a resident' },
        { path: 'body.owner.resident', message: 'unknown resident' },
        { path: 'body.occupationCode', message: 'unknown occupation' },
        { path: 'body.partner', message: "must be the resident's partner" },
      ]),
    ).toEqual({
      fields: {
        lat: 'no location for a resident',
        ownerResident: 'unknown resident',
        occupation: 'unknown occupation',
      },
      other: ["must be the resident's partner"],
    });
  });

  it('links a source reference only when it is a web address', () => {
    expect(sourceHref('https://example.org/report/1')).toBe('https://example.org/report/1');
    expect(sourceHref('questionnaire/GI-0024')).toBeNull();
    expect(sourceHref('javascript:alert(1)')).toBeNull();
    expect(sourceHref(null)).toBeNull();
  });
});
