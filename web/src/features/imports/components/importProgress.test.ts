import { describe, expect, it } from 'vitest';
import { progressColour, progressOf } from './importProgress';

describe('import progress', () => {
  it('follows the rows processed while the server works, and is full once it has finished', () => {
    expect(progressOf({ status: 'validating', processedRows: 1000, totalRows: 5000 })).toBe(20);
    expect(progressOf({ status: 'importing', processedRows: 0, totalRows: 0 })).toBe(0);
    expect(progressOf({ status: 'invalid', processedRows: 12, totalRows: 5000 })).toBe(100);
    expect(progressOf({ status: 'importing', processedRows: 6000, totalRows: 5000 })).toBe(100);
  });

  it('colours failure and success apart', () => {
    expect(progressColour('failed')).toBe(progressColour('invalid'));
    expect(progressColour('done')).not.toBe(progressColour('failed'));
  });
});
