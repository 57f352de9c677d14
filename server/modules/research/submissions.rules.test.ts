import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseXml, serialiseXml } from './research.xml';
import { instance } from './research.fixtures';
import { answerPaths } from './forms.rules';
import {
  answersOf,
  dayOf,
  flattenAnswers,
  instanceHeader,
  instanceXml,
  pathsToRemove,
  prizeAnswer,
  resubmission,
  withoutPaths,
} from './submissions.rules';
import { parseSubmissionXml } from './submissions.xml';
import type { FormSchema } from './xlsform.types';

const schema: FormSchema = {
  formId: 'wellbeing',
  version: '3',
  title: 'Wellbeing',
  rootName: 'data',
  languages: [],
  defaultLanguage: null,
  fields: [
    {
      name: 'q1',
      xpath: '/data/q1',
      type: 'text',
      dataType: 'string',
      labels: {},
      hints: {},
      required: false,
      readOnly: false,
      sensitive: false,
    },
    {
      name: 'who',
      xpath: '/data/who',
      type: 'group',
      dataType: '',
      labels: {},
      hints: {},
      required: false,
      readOnly: false,
      sensitive: false,
      children: [
        {
          name: 'full_name',
          xpath: '/data/who/full_name',
          type: 'text',
          dataType: 'string',
          labels: {},
          hints: {},
          required: false,
          readOnly: false,
          sensitive: true,
        },
      ],
    },
  ],
};

describe('submission rules', () => {
  const xml = `<data xmlns:orx="http://openrosa.org/xforms" id="wellbeing" orx:version="3"><q1>fine &amp; well</q1><who><full_name>Test Person</full_name></who><prize_draw_contact>07700 900123</prize_draw_contact><prize_draw>yes</prize_draw><orx:meta><orx:deviceID>collect:x</orx:deviceID><orx:phonenumber>0</orx:phonenumber><orx:username>r1</orx:username><orx:email>e@example.invalid</orx:email><orx:instanceID>uuid:1</orx:instanceID></orx:meta></data>`;

  it('reads the form id, version and instanceID whatever the namespace prefix', () => {
    expect(instanceHeader(parseXml(xml))).toEqual({ formId: 'wellbeing', version: '3', instanceId: 'uuid:1' });
  });

  it('removes identifying meta, sensitive fields and prize fields from an anonymous response', () => {
    const kept = withoutPaths(parseXml(xml), pathsToRemove(schema, true));
    const answers = flattenAnswers(kept);
    expect(answers).toEqual({ q1: 'fine & well', who: '', 'meta/instanceID': 'uuid:1' });
    const out = serialiseXml(kept);
    for (const gone of ['deviceID', 'phonenumber', 'username', 'email', 'full_name', '07700', 'prize_draw'])
      expect(out).not.toContain(gone);
    expect(out).toContain('<q1>fine &amp; well</q1>');
    expect(instanceHeader(parseXml(out)).instanceId).toBe('uuid:1');
  });

  it('keeps who and which device for a named form, but never the prize fields', () => {
    const answers = flattenAnswers(withoutPaths(parseXml(xml), pathsToRemove(schema, false)));
    expect(answers['meta/deviceID']).toBe('collect:x');
    expect(answers['who/full_name']).toBe('Test Person');
    expect(answers.prize_draw_contact).toBeUndefined();
  });

  it('takes a prize entry only with a contact and a yes', () => {
    expect(prizeAnswer({ prize_draw_contact: ' 07700 900123 ', prize_draw: 'yes' })).toEqual({
      contact: '07700 900123',
      prizeDraw: true,
      followUpConsent: false,
    });
    expect(prizeAnswer({ prize_draw_contact: '07700', prize_draw: 'no' })).toBeNull();
    expect(prizeAnswer({ prize_draw: 'yes' })).toBeNull();
  });

  it('keeps only the day for anonymous responses', () => {
    expect(dayOf(new Date('2026-11-22T17:45:12.345Z')).toISOString()).toBe('2026-11-22T00:00:00.000Z');
  });

  it('builds an instance from answers, escaping values, and reads it back', () => {
    const built = instanceXml(schema, { q1: '<b>&', 'who/full_name': 'A' }, 'uuid:2');
    const root = parseXml(built);
    expect(instanceHeader(root)).toEqual({ formId: 'wellbeing', version: '3', instanceId: 'uuid:2' });
    expect(flattenAnswers(root)).toMatchObject({ q1: '<b>&', 'who/full_name': 'A' });
  });

  it('treats an identical resend as a duplicate and different XML as a conflict', () => {
    expect(resubmission({ sha256: 'a', complete: true }, { sha256: 'a', complete: true })).toBe('duplicate');
    expect(resubmission({ sha256: 'a', complete: true }, { sha256: 'b', complete: true })).toBe('conflict');
    expect(resubmission({ sha256: 'a', complete: true }, { sha256: 'a', complete: false })).toBe('duplicate');
  });

  it('joins repeated answers', () => {
    const r = parseXml(instance('f', '1', { kid: 'a' }).replace('<kid>a</kid>', '<kid>a</kid><kid>b</kid>'));
    expect(flattenAnswers(r).kid).toBe('a | b');
  });

  it('reads questions named like Object.prototype members as any other', () => {
    const r = parseSubmissionXml(
      instance('f', '1', { constructor: 'x', toString: 'y', g: '' }).replace('<g></g>', '<g><q>1</q></g>'),
    );
    expect(flattenAnswers(r)).toMatchObject({ constructor: 'x', toString: 'y', 'g/q': '1' });
  });

  it("reads a stored response's answers back from its answer_row and its version's paths", () => {
    expect(answerPaths(schema)).not.toContain('who');
    fc.assert(
      fc.property(
        fc
          .uniqueArray(fc.stringMatching(/^[a-z_]{1,8}(\/[a-z_]{1,8})?$/), { maxLength: 12 })
          .chain((paths) =>
            fc.tuple(fc.constant(paths), fc.array(fc.string(), { minLength: paths.length, maxLength: paths.length })),
          ),
        ([paths, values]) => {
          const back = answersOf(paths, JSON.stringify(values));
          expect(Object.keys(back)).toEqual(paths);
          expect(paths.map((p) => back[p])).toEqual(values);
        },
      ),
    );
    // a shorter or damaged row gives '' for what it lacks, never another question's answer
    expect(answersOf(['a', 'b', 'constructor'], '["x"]')).toEqual({ a: 'x', b: '', constructor: '' });
    expect(answersOf(['a'], '{"a":"x"}')).toEqual({ a: '' });
    expect(answersOf(['a', 'b'], '[1,"y"]')).toEqual({ a: '', b: 'y' });
  });
});
