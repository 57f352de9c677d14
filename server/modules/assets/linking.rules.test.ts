import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  explainLink,
  gateCheck,
  isCandidate,
  kindWeights,
  rankCandidates,
  supplyKinds,
  type Needs,
  type SupplyItem,
} from './linking.rules';

const ladywood = { id: 'a-ladywood', name: 'Ladywood' };
const soho = { id: 'a-soho', name: 'Soho' };
const adultNurse = { code: 'nurse-adult', label: 'Adult nurse', isco08: '2221' };
const vacancy: Needs = {
  kind: 'vacancy',
  occupations: [adultNurse],
  englishLevel: 'B2',
  legalGates: ['right_to_work'],
  area: ladywood,
};
const skill: SupplyItem = {
  kind: 'skill',
  category: 'human',
  occupationCode: 'nurse-adult',
  ownerType: 'resident',
  area: ladywood,
};

const opportunityKinds = ['vacancy', 'training_place', 'work_placement', 'contract', 'grant', 'volunteering', 'space'];
const assetKinds: [string, string][] = [
  ['human', 'skill'],
  ['human', 'qualification'],
  ['human', 'talent'],
  ['human', 'idea'],
  ['community', 'group'],
  ['community', 'network'],
  ['community', 'social_enterprise'],
  ['physical', 'building'],
  ['financial', 'financial'],
];
const codes = ['nurse-adult', 'midwife', 'chef', 'bricklayer'];
const area = fc.option(fc.constantFrom(ladywood, soho), { nil: null });
const needsArb: fc.Arbitrary<Needs> = fc.record({
  kind: fc.constantFrom(...opportunityKinds),
  occupations: fc.subarray(codes).map((cs) => cs.map((code) => ({ code, label: code, isco08: '1234' }))),
  englishLevel: fc.constantFrom(null, 'A2', 'B1', 'B2', 'C1'),
  legalGates: fc.subarray([
    'right_to_work',
    'dbs_basic',
    'dbs_enhanced',
    'professional_registration',
    'driving_licence',
  ]),
  area,
});
const itemArb: fc.Arbitrary<SupplyItem> = fc.record({
  kind: fc.constantFrom(...assetKinds.map(([, k]) => k)),
  category: fc.constantFrom('human', 'community', 'physical', 'financial'),
  occupationCode: fc.option(fc.constantFrom(...codes), { nil: null }),
  ownerType: fc.constantFrom('resident', 'partner', 'area'),
  area,
  facts: fc.option(fc.record({ englishLevel: fc.constantFrom(null, 'A1', 'B1', 'B2', 'C2') }), { nil: undefined }),
});

describe('linking rules', () => {
  it('explains a same-occupation, same-area link in words a coordinator can check', () => {
    expect(isCandidate(vacancy, skill)).toBe(true);
    expect(explainLink(vacancy, skill)).toEqual({
      score: 0.9,
      reasons: [
        'same occupation: Adult nurse (ISCO 2221)',
        'a recorded skill',
        "in Ladywood, the vacancy's area",
        'English level unknown — check B2',
        'needs right-to-work check',
      ],
    });
  });

  it('says where the vacancy is when the asset is elsewhere, and when English is known', () => {
    const link = explainLink(vacancy, { ...skill, area: soho, facts: { englishLevel: 'C1' } });
    expect(link.reasons).toContain('in Soho; the vacancy is in Ladywood');
    expect(link.reasons).toContain('English C1 meets B2');
    const below = explainLink(vacancy, { ...skill, facts: { englishLevel: 'B1' } });
    expect(below.reasons.some((r) => r.startsWith('English B1, below the B2 asked'))).toBe(true);
  });

  it('matches kinds and occupations: a nurse is no candidate for a chef, a group none for a vacancy', () => {
    expect(isCandidate(vacancy, { ...skill, occupationCode: 'chef' })).toBe(false);
    expect(isCandidate(vacancy, { ...skill, occupationCode: null })).toBe(false);
    expect(isCandidate(vacancy, { ...skill, kind: 'group', category: 'community' })).toBe(false);
    const contract: Needs = { ...vacancy, kind: 'contract', occupations: [] };
    const enterprise = { ...skill, kind: 'social_enterprise', category: 'community', ownerType: 'partner' };
    expect(isCandidate(contract, enterprise)).toBe(true);
    expect(explainLink(contract, enterprise).reasons[0]).toBe('could bid for the contract');
  });

  it('names every legal gate as a check still to do, never as met', () => {
    expect(gateCheck('right_to_work')).toBe('needs right-to-work check');
    expect(gateCheck('dbs_enhanced')).toBe('needs enhanced DBS check');
    expect(gateCheck('dbs_basic')).toBe('needs basic DBS check');
    expect(gateCheck('professional_registration')).toBe('needs professional registration check');
    fc.assert(
      fc.property(needsArb, itemArb, (needs, item) => {
        const { reasons } = explainLink(needs, item);
        for (const gate of new Set(needs.legalGates)) expect(reasons).toContain(gateCheck(gate));
        for (const r of reasons) expect(r).not.toMatch(/\b(verified|passed|satisfied|cleared)\b/i);
      }),
    );
  });

  it('scores in 0..1 with at least one reason, deterministically', () => {
    fc.assert(
      fc.property(needsArb, itemArb, (needs, item) => {
        const link = explainLink(needs, item);
        expect(link.score).toBeGreaterThanOrEqual(0);
        expect(link.score).toBeLessThanOrEqual(1);
        expect(link.reasons.length).toBeGreaterThan(0);
        expect(explainLink(needs, item)).toEqual(link);
      }),
    );
  });

  it('never reads protected characteristics, nationality or immigration status', () => {
    const extra = fc.record({
      nationality: fc.string(),
      countryOfBirth: fc.string(),
      ethnicity: fc.string(),
      religion: fc.string(),
      gender: fc.string(),
      age: fc.integer({ min: 16, max: 99 }),
      disability: fc.boolean(),
      immigrationStatus: fc.constantFrom('refugee', 'asylum_seeker', 'british_citizen'),
      employmentGapMonths: fc.nat(),
    });
    fc.assert(
      fc.property(needsArb, itemArb, extra, (needs, item, sensitive) => {
        const withFacts = { ...item, ...sensitive, facts: { ...item.facts, ...sensitive } } as SupplyItem;
        expect(isCandidate(needs, withFacts)).toBe(isCandidate(needs, item));
        expect(explainLink(needs, withFacts)).toEqual(explainLink(needs, item));
      }),
    );
  });

  it('ranks an asset in the opportunity’s area at least as high as the same asset elsewhere', () => {
    fc.assert(
      fc.property(needsArb, itemArb, (needs, item) => {
        fc.pre(needs.area !== null);
        const here = explainLink(needs, { ...item, area: needs.area });
        const elsewhere = explainLink(needs, { ...item, area: needs.area!.id === soho.id ? ladywood : soho });
        expect(here.score).toBeGreaterThanOrEqual(elsewhere.score);
      }),
    );
  });

  it('keeps only candidates, best first, at most the cap, each once', () => {
    fc.assert(
      fc.property(
        needsArb,
        fc.array(itemArb, { maxLength: 30 }),
        fc.integer({ min: 1, max: 12 }),
        (needs, items, cap) => {
          const pool = items.map((item, i) => ({ id: `m${i % 20}`, name: `asset ${i}`, item }));
          const ranked = rankCandidates(needs, pool, cap);
          expect(ranked.length).toBeLessThanOrEqual(cap);
          expect(new Set(ranked.map((r) => r.id)).size).toBe(ranked.length);
          ranked.forEach((r, i) => {
            expect(isCandidate(needs, r.item)).toBe(true);
            if (i > 0) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(r.score);
          });
        },
      ),
    );
  });

  it('lists supplying kinds best-scoring first (the candidate look-up relies on it)', () => {
    for (const kind of opportunityKinds) {
      const weights = supplyKinds(kind).map((k) => kindWeights[k]?.[0] ?? 0);
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      expect(weights.length).toBeGreaterThan(0);
    }
    expect(supplyKinds('unknown')).toEqual([]);
  });
});
