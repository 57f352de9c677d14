import { describe, expect, test } from 'vitest';
import { parseXForm } from './xform.parse';
import { MAX_XFORM_CHARS, MAX_XFORM_DEPTH, XFormError, type XFormErrorCode } from './xlsform.errors';

const NS =
  'xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms"';

const xform = (instance: string, extra = '', body = '<input ref="/d/q"><label>Q &amp; A</label></input>') =>
  `<?xml version="1.0"?><h:html ${NS}><h:head><h:title>Skills &lt;survey&gt;</h:title><model>${extra}<instance>${instance}</instance>` +
  `<bind nodeset="/d/q" type="int" required="true()"/></model></h:head><h:body>${body}</h:body></h:html>`;

const good = xform('<d id="skills" orx:version="7"><q/><orx:meta><orx:instanceID/></orx:meta></d>');

describe('parseXForm', () => {
  test('reads id, version (orx: prefixed), title with entities decoded, and a schema', () => {
    const parsed = parseXForm(good);
    expect(parsed).toMatchObject({ formId: 'skills', version: '7', title: 'Skills <survey>', languages: [] });
    expect(parsed.schema.fields).toEqual([
      expect.objectContaining({
        name: 'q',
        xpath: '/d/q',
        type: 'integer',
        required: true,
        labels: { default: 'Q & A' },
      }),
    ]);
  });

  test('reads itext languages, the default language and translated labels', () => {
    const itext =
      '<itext><translation lang="English (en)" default="true()"><text id="q:label"><value>Age</value><value form="image">jr://images/a.png</value></text></translation>' +
      '<translation lang="Somali (so)"><text id="q:label"><value>Da&apos;da</value></text></translation></itext>';
    const parsed = parseXForm(
      xform(
        '<d id="s"><q/><meta><instanceID/></meta></d>',
        itext,
        `<input ref="/d/q"><label ref="jr:itext('q:label')"/></input>`,
      ),
    );
    expect(parsed.languages).toEqual(['English (en)', 'Somali (so)']);
    expect(parsed.schema.defaultLanguage).toBe('English (en)');
    expect(parsed.schema.fields[0]?.labels).toEqual({ 'English (en)': 'Age', 'Somali (so)': "Da'da" });
  });

  const refused: [string, string, XFormErrorCode][] = [
    [
      'billion laughs',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><h:html>&lol2;</h:html>',
      'doctype',
    ],
    ['external entity', '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>', 'doctype'],
    ['a lone ENTITY declaration', `${good}<!ENTITY a "b">`, 'doctype'],
    ['oversized', `${good}<!--${'x'.repeat(MAX_XFORM_CHARS)}-->`, 'too_large'],
    ['too deep', `${'<a>'.repeat(MAX_XFORM_DEPTH + 1)}${'</a>'.repeat(MAX_XFORM_DEPTH + 1)}`, 'too_deep'],
    ['not XML', 'type,name\ntext,a', 'not_xml'],
    ['unclosed tags', '<h:html><h:head>', 'not_xml'],
    ['two roots', '<a/><b/>', 'not_xml'],
    ['no h:head', `<h:html ${NS}><h:body/></h:html>`, 'missing_head'],
    ['wrong root', `<html2 ${NS}/>`, 'missing_head'],
    ['no model', `<h:html ${NS}><h:head><h:title>t</h:title></h:head></h:html>`, 'missing_model'],
    [
      'no primary instance',
      `<h:html ${NS}><h:head><model><bind nodeset="/d"/></model></h:head></h:html>`,
      'missing_instance',
    ],
    ['no meta/instanceID', xform('<d id="s"><q/></d>'), 'missing_instance_id'],
    ['no form id', xform('<d><q/><meta><instanceID/></meta></d>'), 'missing_form_id'],
  ];

  test.each(refused)('refuses %s', (_name, xml, code) => {
    let error: unknown;
    try {
      parseXForm(xml);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(XFormError);
    expect((error as XFormError).code).toBe(code);
  });

  test('reads a form without meta/instanceID only when asked to', () => {
    const parsed = parseXForm(xform('<d id="s"><q/></d>'), { requireInstanceId: false });
    expect(parsed.hasInstanceId).toBe(false);
  });
});
