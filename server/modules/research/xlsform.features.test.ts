import { describe, expect, test } from 'vitest';
import { extrasForm } from './testing/sample-forms';
import { parseXForm } from './xform.parse';
import { compileXlsForm } from './xlsform.compile';

describe('compileXlsForm beyond the core subset', () => {
  test('metadata, media, barcode, acknowledge, hidden and choices from a file', () => {
    const extras = compileXlsForm(extrasForm());
    const xml = extras.xml.replaceAll('&apos;', "'");
    expect(xml).toContain(
      '<bind nodeset="/data/started" type="dateTime" jr:preload="timestamp" jr:preloadParams="start"/>',
    );
    expect(xml).toContain('jr:preloadParams="deviceid"');
    expect(xml).toContain('<upload ref="/data/photo" mediatype="image/*">');
    expect(xml).toContain('<bind nodeset="/data/photo" type="binary"/>');
    expect(xml).toContain('<bind nodeset="/data/code" type="barcode"/>');
    expect(xml).toContain('<trigger ref="/data/ok">');
    expect(xml).toContain('relevant=" /data/phone  = \'123\'"');
    expect(xml).toContain('constraint="regex(., \'^\\d*$\')"');
    expect(xml).toContain('<instance id="sites" src="jr://file-csv/sites.csv"/>');
    expect(xml).toContain('<itemset nodeset="instance(\'sites\')/root/item">');
    expect(xml).not.toMatch(/<input ref="\/data\/(source|started|device)"/);
    const types = extras.schema.fields.map((field) => [field.name, field.type, field.metadata ?? field.choiceFile]);
    expect(types).toEqual([
      ['started', 'metadata', 'start'],
      ['device', 'metadata', 'deviceid'],
      ['phone', 'text', undefined],
      ['photo', 'image', undefined],
      ['code', 'barcode', undefined],
      ['ok', 'acknowledge', undefined],
      ['site', 'select_one', 'sites.csv'],
      ['source', 'hidden', undefined],
    ]);
    const parsed = parseXForm(extras.xml).schema.fields.map((field) => [field.name, field.type, field.metadata]);
    expect(parsed).toEqual(types.map(([name, type, extra]) => [name, type, type === 'metadata' ? extra : undefined]));
  });

  test('characters XML cannot carry are dropped from cells', () => {
    const { xml, schema: clean } = compileXlsForm({
      survey: [{ type: 'text', name: 'a', label: 'bell\u0007 and \ud800 lone surrogate' }],
      settings: [{ form_id: 'ctl' }],
    });
    expect(clean.fields[0]?.labels).toEqual({ default: 'bell and lone surrogate' });
    expect(xml.includes('\u0007') || xml.includes('\ud800')).toBe(false);
  });

  test('public_key and submission_url make an encrypted form with a <submission> element', () => {
    const { xml, schema: encrypted } = compileXlsForm({
      survey: [{ type: 'text', name: 'a', label: 'A' }],
      settings: [{ form_id: 'enc', public_key: 'MIIB\nIjAN', submission_url: 'https://example.org/submission' }],
    });
    expect(xml).toContain(
      '<submission action="https://example.org/submission" base64RsaPublicKey="MIIBIjAN" method="post"/>',
    );
    expect(encrypted).toMatchObject({ encrypted: true, publicKey: 'MIIBIjAN' });
    expect(parseXForm(xml).schema).toMatchObject({ encrypted: true, submissionUrl: 'https://example.org/submission' });
  });

  test('label media (image, audio per language) go into itext values', () => {
    const { xml, schema: pictured } = compileXlsForm({
      survey: [
        { type: 'note', name: 'intro', image: 'welcome.png' },
        { type: 'select_one shapes', name: 'shape', label: 'Which shape?', 'audio::Somali (so)': 'shape-so.mp3' },
      ],
      choices: [{ list_name: 'shapes', name: 'round', label: 'Round', 'media::image': 'round.png' }],
      settings: [{ form_id: 'media' }],
    });
    expect(pictured.languages).toEqual(['default', 'Somali (so)']);
    expect(pictured.fields[0]?.media).toEqual({ image: { default: 'welcome.png' } });
    expect(xml).toContain('<text id="/data/intro:label"><value form="image">jr://images/welcome.png</value></text>');
    expect(xml).toContain('<value form="audio">jr://audio/shape-so.mp3</value>');
    expect(xml).toContain(
      '<text id="shapes-0"><value form="image">jr://images/round.png</value><value>Round</value></text>',
    );
    expect(xml).toContain('<itemset nodeset="instance(&apos;shapes&apos;)/root/item">');
  });

  test('a table-list group becomes a field-list with a header row, like pyxform', () => {
    const { schema: table } = compileXlsForm({
      survey: [
        { type: 'begin group', name: 't', label: 'Rate these', appearance: 'table-list minimal' },
        { type: 'select_one yn', name: 'a', label: 'A' },
        { type: 'select_one yn', name: 'b', label: 'B' },
        { type: 'end group' },
      ],
      choices: [{ list_name: 'yn', name: 'y', label: 'Yes' }],
      settings: [{ form_id: 'table' }],
    });
    const group = table.fields[0];
    expect(group?.appearance).toBe('field-list minimal');
    expect(group?.labels).toEqual({});
    expect(group?.children?.map((f) => [f.name, f.type, f.appearance])).toEqual([
      ['generated_table_list_label_2', 'note', undefined],
      ['reserved_name_for_field_list_labels_3', 'select_one', 'label'],
      ['a', 'select_one', 'list-nolabel'],
      ['b', 'select_one', 'list-nolabel'],
    ]);
    expect(() =>
      compileXlsForm({
        survey: [
          { type: 'begin group', name: 't', label: 'T', appearance: 'table-list' },
          { type: 'select_one yn', name: 'a', label: 'A' },
          { type: 'select_one other', name: 'b', label: 'B' },
          { type: 'end group' },
        ],
        choices: [
          { list_name: 'yn', name: 'y', label: 'Yes' },
          { list_name: 'other', name: 'o', label: 'O' },
        ],
        settings: [{ form_id: 'table' }],
      }),
    ).toThrow(/row 4, column "type": a table-list group needs one choice list/);
  });
});
