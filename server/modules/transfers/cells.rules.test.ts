import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell, safeCell } from './cells.rules';
import { microAssetCells, opportunityCells, type MicroAssetLike, type OpportunityLike } from './exports.rules';
import { opportunityBody } from './columns.rules';

const dangerous = /^[=+\-@\t\r]/;
/** Strings that often start with a formula character. */
const hostile = fc.oneof(
  fc.string(),
  fc
    .tuple(fc.constantFrom('', "'", "''"), fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", ' '), fc.string())
    .map(([a, b, c]) => a + b + c),
  fc.constantFrom('=HYPERLINK("http://evil.example","x")', '@SUM(1+1)*cmd|" /C calc"!A0', '-2+3', '+44 121 000'),
);

describe('formula injection', () => {
  it('no neutralised cell starts with = + - @ tab or CR, and the text is kept after the apostrophe', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const out = neutraliseCell(s);
        expect(dangerous.test(out)).toBe(false);
        expect(out === s || out === `'${s}`).toBe(true);
        expect(restoreCell(out)).toBe(s);
        if (!/^'*[=+\-@\t\r]/.test(s)) expect(out).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves numbers as numbers (a negative longitude is data, not a formula)', () => {
    expect(safeCell(-1.9589)).toBe(-1.9589);
    expect(safeCell(null)).toBeNull();
  });

  it('neutralises every text cell of an exported opportunity or micro-asset', () => {
    const ref = (s: string) => ({ id: s, slug: s, name: s });
    fc.assert(
      fc.property(hostile, hostile, hostile, (title, description, slug) => {
        const o: OpportunityLike = {
          id: 'x',
          kind: 'vacancy',
          title,
          description,
          publisher: { partner: ref(slug), macroAsset: ref(slug) },
          occupations: [{ code: slug }],
          qualifications: [title],
          englishLevel: null,
          legalGates: [],
          area: ref(slug),
          location: { lat: 52.4, lng: -1.9 },
          quantity: 1,
          value: null,
          opensOn: null,
          closesOn: null,
          status: 'open',
          version: 1,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        };
        const m: MicroAssetLike = {
          id: 'y',
          category: 'community',
          kind: 'group',
          name: title,
          description,
          occupation: null,
          owner: { type: 'partner', partner: ref(slug) },
          area: ref(slug),
          location: { lat: 52.4, lng: -1.9 },
          provenance: 'import',
          sourceRef: description,
          visibility: 'public',
          sensitive: false,
          partner: ref(slug),
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        };
        for (const cell of [...opportunityCells(o), ...microAssetCells(m)])
          if (typeof cell === 'string') expect(dangerous.test(cell), JSON.stringify(cell)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips: importing an exported cell gives back what was typed', () => {
    fc.assert(
      fc.property(hostile, (title) => {
        const trimmed = title.trim();
        fc.pre(trimmed !== '' && trimmed === title);
        const body = opportunityBody({ title: neutraliseCell(title) }).body;
        expect(body.title).toBe(title);
      }),
    );
  });
});
