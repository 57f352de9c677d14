import { describe, expect, it } from 'vitest';
import { summaryProblems } from './FormErrorSummary';

describe('the problems a form error summary lists', () => {
  const names = ['name', 'startsOn', 'capacity', 'lead'] as const;
  const label = (n: string) => `Label of ${n}`;
  const id = (n: string) => `cohort-${n}`;

  it('lists only the fields with a problem, in form order, linking to each field by id', () => {
    const problems: Partial<Record<(typeof names)[number], string>> = { capacity: 'At most 500', name: 'Enter a name' };
    expect(summaryProblems(names, (n) => problems[n], label, id)).toEqual([
      { id: 'cohort-name', label: 'Label of name', message: 'Enter a name' },
      { id: 'cohort-capacity', label: 'Label of capacity', message: 'At most 500' },
    ]);
  });

  it('lists nothing when no field has a problem, and skips empty messages', () => {
    expect(summaryProblems(names, () => undefined, label, id)).toEqual([]);
    expect(summaryProblems(names, (n) => (n === 'lead' ? '' : undefined), label, id)).toEqual([]);
  });
});
