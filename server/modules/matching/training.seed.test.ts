import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTrainingPack } from './training.seed';

const packDir = new URL('../../../city-packs/greater-icknield/', import.meta.url).pathname;

describe("a city pack's training.json", () => {
  it('loads Greater Icknield: Sandwell-only IELTS funding, a charity for PLAB preparation, four programmes', () => {
    const pack = readTrainingPack(packDir)!;
    const sandwell = pack.funders.find((f) => f.slug === 'sandwell-adult-learning')!;
    expect(sandwell.eligibility).toEqual([expect.objectContaining({ kind: 'borough', boroughs: ['Sandwell'] })]);
    expect(pack.funders.find((f) => f.kind === 'charity')!.eligibility[0]).toMatchObject({ professions: ['doctor'] });
    expect(pack.programmes.map((p) => [p.kind, p.weeks])).toEqual([
      ['ielts', 12],
      ['oet', 8],
      ['plab', 10],
      ['medical-english', 6],
    ]);
    for (const c of pack.demoCohorts) {
      expect(pack.programmes.some((p) => p.slug === c.programme)).toBe(true);
      expect(pack.funders.some((f) => f.slug === c.funder)).toBe(true);
    }
  });

  it('is optional, and a broken one names the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'training-pack-'));
    expect(readTrainingPack(dir)).toBeNull();
    const pack = readTrainingPack(packDir)!;
    const broken = { ...pack, funders: [{ ...pack.funders[0], eligibility: [{ kind: 'nationality', id: 'x' }] }] };
    writeFileSync(join(dir, 'training.json'), JSON.stringify(broken));
    expect(() => readTrainingPack(dir)).toThrow(/^training\.json: funders\.0\.eligibility\.0\.kind/);
  });
});
