import { describe, expect, it } from 'vitest';
import { formatCount, sumCounts } from './counts';
import { formatPounds } from './money';

describe('formatCount', () => {
  it('shows a suppressed (null) count as <5, never 0', () => {
    expect(formatCount(null, 'en')).toBe('<5');
    expect(formatCount(undefined, 'en')).toBe('<5');
    expect(formatCount(0, 'en')).toBe('0');
    expect(formatCount(1234, 'en')).toBe('1,234');
  });

  it('adds counts, marking the total as a lower bound when a cell is suppressed', () => {
    expect(sumCounts([5, 7])).toEqual({ total: 12, atLeast: false });
    expect(sumCounts([5, null, 7])).toEqual({ total: 12, atLeast: true });
    expect(sumCounts([])).toEqual({ total: 0, atLeast: false });
  });
});

describe('formatPounds', () => {
  it('formats exact decimal strings as pounds', () => {
    expect(formatPounds('350000000', 'en-GB')).toBe('£350,000,000');
    expect(formatPounds('1250.5', 'en-GB')).toBe('£1,250.50');
    expect(formatPounds(0, 'en-GB')).toBe('£0');
  });

  it('leaves missing values to the caller and odd ones as they are', () => {
    expect(formatPounds(null, 'en')).toBeNull();
    expect(formatPounds('', 'en')).toBeNull();
    expect(formatPounds('n/a', 'en')).toBe('n/a');
  });
});
