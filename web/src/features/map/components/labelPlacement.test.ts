import { describe, expect, it } from 'vitest';
import { labelSize, placeLabels } from './labelPlacement';

const box = (id: string, x: number, y: number, priority: number) => ({ id, x, y, width: 100, height: 40, priority });

describe('placeLabels', () => {
  it('keeps labels that do not overlap', () => {
    expect(placeLabels([box('a', 0, 0, 1), box('b', 200, 0, 1), box('c', 0, 100, 1)])).toEqual(
      new Set(['a', 'b', 'c']),
    );
  });

  it('drops the lower-priority label of an overlapping pair', () => {
    expect(placeLabels([box('small', 0, 0, 1), box('big', 50, 10, 5), box('far', 400, 0, 0)])).toEqual(
      new Set(['big', 'far']),
    );
  });
});

describe('labelSize', () => {
  it('grows with the name and the line of counts', () => {
    expect(labelSize('Soho', true)).toEqual({ width: 114, height: 38 });
    expect(labelSize('Soho & Jewellery Quarter', true).width).toBeGreaterThan(114);
    expect(labelSize('Soho', false).height).toBe(20);
  });
});
