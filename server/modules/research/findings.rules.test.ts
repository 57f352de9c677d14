import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findingsForm } from './findings.fixtures';
import {
  findingsOf,
  mapProblems,
  mappableQuestions,
  maxItemsPerAnswer,
  maxValueLength,
  textItems,
  type FindingRule,
} from './findings.rules';
import { compileXlsForm } from './xlsform.compile';

const { schema } = compileXlsForm(findingsForm());

describe('findings mapping rules', () => {
  it('offers answer questions only: no sensitive, prize or follow-up fields', () => {
    const paths = mappableQuestions(schema).map((q) => q.path);
    expect(paths).toEqual([
      'skills',
      'groups',
      'idea',
      'need',
      'want_work',
      'members/member_name',
      'members/member_age',
    ]);
  });

  it.each<[string, FindingRule[], string[]]>([
    ['a valid map', [{ path: 'skills', becomes: 'skill', resolveOccupation: true }], []],
    ['an unknown question', [{ path: 'nope', becomes: 'skill' }], ['path']],
    ['a sensitive question', [{ path: 'income', becomes: 'need' }], ['path']],
    ['the follow-up consent', [{ path: 'follow_up_consent', becomes: 'idea' }], ['path']],
    ['a referral without target', [{ path: 'want_work', becomes: 'referral' }], ['target']],
    ['a target on a skill', [{ path: 'skills', becomes: 'skill', target: 'skills_matching' }], ['target']],
    ['occupation on an idea', [{ path: 'idea', becomes: 'idea', resolveOccupation: true }], ['resolveOccupation']],
    [
      'an unknown choice',
      [{ path: 'want_work', becomes: 'referral', target: 'skills_matching', when: ['maybe'] }],
      ['when'],
    ],
    ['choices on free text', [{ path: 'skills', becomes: 'skill', when: ['x'] }], ['when']],
    [
      'the same mapping twice',
      [
        { path: 'skills', becomes: 'skill' },
        { path: 'skills', becomes: 'skill' },
      ],
      ['becomes'],
    ],
  ])('checks %s', (_, rules, fields) => {
    expect(mapProblems(schema, rules).map((p) => p.field)).toEqual(fields);
  });

  const rules: FindingRule[] = [
    { path: 'skills', becomes: 'skill' },
    { path: 'groups', becomes: 'group' },
    { path: 'need', becomes: 'need' },
    { path: 'want_work', becomes: 'referral', target: 'skills_matching', when: ['yes'] },
  ];

  it.each<[string, Record<string, string>, string[], string[]]>([
    ['nothing answered', {}, [], []],
    [
      'skills split into items, groups by label',
      { skills: 'Plumbing, cooking; plumbing\nsewing', groups: 'choir garden' },
      ['skill:Plumbing', 'skill:cooking', 'skill:sewing', 'group:Community choir', 'group:Garden club'],
      [],
    ],
    ['a need and a referral on yes', { need: 'A youth club', want_work: 'yes' }, ['need:A youth club'], ['want_work']],
    ['no referral on no', { want_work: 'no' }, [], []],
    ['blank answers are nothing', { skills: ' , ;  ', groups: '  ' }, [], []],
  ])('finds %s', (_, answers, found, referred) => {
    const r = findingsOf(schema, rules, answers);
    expect(r.findings.map((f) => `${f.becomes}:${f.value}`)).toEqual(found);
    expect(r.referrals.map((x) => x.path)).toEqual(referred);
  });

  it('never yields an empty, overlong or duplicate item, and at most the cap per answer', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (text) => {
        const items = textItems(text);
        expect(items.length).toBeLessThanOrEqual(maxItemsPerAnswer);
        for (const i of items) {
          expect(i.length).toBeGreaterThan(0);
          expect(i.length).toBeLessThanOrEqual(maxValueLength);
          expect(i).toBe(i.trim());
        }
        expect(new Set(items.map((i) => i.toLowerCase())).size).toBe(items.length);
      }),
    );
  });

  it('finds nothing for questions that are not mapped, whatever the answers', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('idea', 'income', 'members/member_name'), fc.string()), (answers) => {
        const r = findingsOf(schema, rules, answers);
        expect(r.findings).toEqual([]);
        expect(r.referrals).toEqual([]);
      }),
    );
  });
});
