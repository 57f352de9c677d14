import { describe, expect, test } from 'vitest';
import { doorstepForm } from './testing/sample-forms';
import { parseXForm } from './xform.parse';
import { compileXlsForm } from './xlsform.compile';
import type { FormField } from './xlsform.types';

const flat = (fields: FormField[]): FormField[] => fields.flatMap((field) => [field, ...flat(field.children ?? [])]);

describe('compileXlsForm on in-memory sheets', () => {
  const { xml, schema, warnings } = compileXlsForm(doorstepForm());
  const byName = new Map(flat(schema.fields).map((field) => [field.name, field]));

  test('settings become form id, version, title, languages and root', () => {
    expect(schema).toMatchObject({
      formId: 'doorstep',
      version: '2026112201',
      title: 'Doorstep survey',
      rootName: 'data',
      languages: ['English (en)', 'Arabic (ar)'],
      defaultLanguage: 'English (en)',
    });
    expect(schema.instanceName).toBe("concat( /data/area , '-',  /data/people )");
    expect(warnings).toEqual([]);
  });

  test('fields carry xpaths, types, nesting, labels per language and choices', () => {
    expect(schema.fields.map((field) => field.name)).toEqual([
      'area',
      'people',
      'has_skills',
      'skills',
      'member_count',
      'member',
      'where',
      'size',
      'thanks',
    ]);
    expect(byName.get('skill')).toMatchObject({
      xpath: '/data/skills/skill',
      type: 'select_multiple',
      listName: 'skill',
      hints: { 'English (en)': 'Choose all that apply' },
      choices: [
        { name: 'care', labels: { 'English (en)': 'Care', 'Arabic (ar)': 'رعاية' } },
        { name: 'cooking', labels: { 'English (en)': 'Cooking', 'Arabic (ar)': 'طبخ' } },
      ],
    });
    expect(byName.get('member')).toMatchObject({ type: 'repeat', repeatCount: ' /data/people ' });
    expect(byName.get('born')).toMatchObject({ xpath: '/data/member/born', relevant: " ../first_name  != ''" });
    expect(byName.get('skills')?.relevant).toBe(" /data/has_skills  = 'yes'");
    expect(byName.get('area')).toMatchObject({ required: true, sensitive: false });
    expect(byName.get('income')?.sensitive).toBe(true);
    expect(byName.get('people')?.constraintMessage).toEqual({
      'English (en)': 'Between 1 and 29',
      'Arabic (ar)': 'بين 1 و 29',
    });
    expect(byName.get('years')?.default).toBe('1');
  });

  test('the XForm has itext per language, outputs, binds, repeat count and meta/instanceID', () => {
    expect(xml).toContain('<translation lang="English (en)" default="true()">');
    expect(xml).toContain('<translation lang="Arabic (ar)">');
    expect(xml).toContain('<label ref="jr:itext(&apos;/data/thanks:label&apos;)"/>');
    expect(xml).toContain('<value>Thank you, <output value=" /data/area "/></value>');
    expect(xml).toContain('<member jr:template="">');
    expect(xml).toContain('jr:count=" /data/member_count "');
    expect(xml).toContain('<bind jr:preload="uid" nodeset="/data/meta/instanceID" readonly="true()" type="string"/>');
    expect(xml).toContain('<bind nodeset="/data/size" type="string" calculate="count( /data/member )"/>');
    expect(xml).toContain('<years>1</years>');
    expect(xml).not.toMatch(/<!DOCTYPE|<!ENTITY/);
  });

  test('parseXForm reads back the same id, version, languages and field tree', () => {
    const parsed = parseXForm(xml);
    expect(parsed).toMatchObject({
      formId: 'doorstep',
      version: '2026112201',
      title: 'Doorstep survey',
      hasInstanceId: true,
    });
    expect(parsed.languages).toEqual(schema.languages);
    const names = (fields: FormField[]): unknown => fields.map((f) => [f.name, f.type, names(f.children ?? [])]);
    expect(names(parsed.schema.fields)).toEqual(names(schema.fields));
    const skill = flat(parsed.schema.fields).find((field) => field.name === 'skill');
    expect(skill?.choices).toEqual(byName.get('skill')?.choices);
    expect(skill?.labels).toEqual(byName.get('skill')?.labels);
  });

  test('plain label column: inline labels, no itext, language "default"', () => {
    const result = compileXlsForm({
      survey: [
        { type: 'select_one yn or_other', name: 'q', label: 'Q?', required: 'TRUE', required_message: 'Please answer' },
      ],
      choices: [{ 'list name': 'yn', name: 'y', label: 'Yes' }],
      settings: [{ form_id: 'plain' }],
    });
    expect(result.xml).not.toContain('<itext>');
    expect(result.xml).toContain('<label>Q?</label>');
    expect(result.xml).toContain('jr:requiredMsg="Please answer"');
    expect(result.schema.languages).toEqual(['default']);
    expect(result.schema.fields.map((field) => field.name)).toEqual(['q', 'q_other']);
    expect(result.schema.fields[0]?.choices?.map((choice) => choice.name)).toEqual(['y', 'other']);
  });

  test('a sensitive tag or parameter marks a field sensitive', () => {
    const { schema: tagged } = compileXlsForm({
      survey: [
        { type: 'text', name: 'a', label: 'A', tags: 'pii sensitive' },
        { type: 'text', name: 'b', label: 'B', parameters: 'sensitive=no' },
      ],
      settings: [{ form_id: 'tags' }],
    });
    expect(tagged.fields.map((field) => field.sensitive)).toEqual([true, false]);
  });
});
