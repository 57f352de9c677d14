import { describe, expect, it } from 'vitest';
import {
  areaProblem,
  canSeeMicroAsset,
  kindProblem,
  locationProblem,
  microAssetKinds,
  visibilityProblem,
} from './micro-assets.rules';

describe('micro-asset rules', () => {
  it('pairs every kind with exactly one category', () => {
    for (const [category, kinds] of Object.entries(microAssetKinds))
      for (const kind of kinds) expect(kindProblem(category, kind)).toBeNull();
    expect(kindProblem('human', 'building')).toBe('kind building belongs to category physical, not human');
    expect(kindProblem('financial', 'loan')).toMatch(/must be one of financial/);
  });

  it("never places a resident's asset, and keeps it private", () => {
    expect(locationProblem('resident', true)).toMatch(/pinpoint/);
    expect(locationProblem('resident', false)).toBeNull();
    expect(locationProblem('partner', true)).toBeNull();
    expect(visibilityProblem('resident', 'public')).toMatch(/private/);
    expect(visibilityProblem('resident', 'private')).toBeNull();
    expect(visibilityProblem('resident', undefined)).toBeNull();
    expect(visibilityProblem('area', 'public')).toBeNull();
    expect(areaProblem('area', 'x', 'y')).not.toBeNull();
    expect(areaProblem('area', 'x', 'x')).toBeNull();
    expect(areaProblem('partner', null, 'y')).toBeNull();
  });

  it('decides who sees what', () => {
    const mine = { partnerId: 'a', ownerType: 'resident', visibility: 'private', sensitive: false };
    const see = (role: string, partnerId: string, asset: typeof mine, allPartners = false) =>
      canSeeMicroAsset({ role, partnerId, allPartners }, asset);
    expect(see('caseworker', 'a', mine)).toBe(true);
    expect(see('viewer', 'a', mine)).toBe(true);
    expect(see('caseworker', 'b', mine)).toBe(false);
    expect(see('programme_admin', 'b', mine, true)).toBe(true);
    expect(see('caseworker', 'b', { ...mine, visibility: 'public' })).toBe(false);
    const group = { partnerId: 'a', ownerType: 'area', visibility: 'partners', sensitive: false };
    expect(see('partner_member', 'b', group)).toBe(true);
    expect(see('viewer', 'b', group)).toBe(false);
    expect(see('viewer', 'b', { ...group, visibility: 'public' })).toBe(true);
    expect(see('caseworker', 'b', { ...group, visibility: 'private' })).toBe(false);
    // a sensitive asset stays with its recording partner, whatever its visibility says
    expect(see('partner_member', 'b', { ...group, visibility: 'public', sensitive: true })).toBe(false);
    expect(see('partner_member', 'a', { ...group, visibility: 'public', sensitive: true })).toBe(true);
    expect(see('programme_admin', 'b', { ...group, sensitive: true }, true)).toBe(true);
  });
});
