// @vitest-environment jsdom
/**
 * Conformance (b): every corpus XForm, and every XForm the compiler makes from the corpus XLSForms,
 * loads in ODK's own engine and serialises a submission. Forms the MANIFEST marks as known engine
 * limitations, or as compiling to XForms that cannot load, must fail (so the list stays honest).
 */
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CORPUS_DIR, XFORMS_WITHOUT_INSTANCE_ID, corpusFiles, readCorpus, readManifest } from './testing/corpus';
import { loadInOdkEngine, openInOdkEngine } from './testing/odk-engine';
import { randomSurvey } from './testing/random-forms';
import { doorstepForm, extrasForm } from './testing/sample-forms';
import { parseXForm } from './xform.parse';
import { compileXlsForm } from './xlsform.compile';
import { compileXlsFormWorkbook } from './xlsform.reader';
import { XFormError, XlsFormError } from './xlsform.errors';

const manifest = new Map(readManifest().map((row) => [row.path, row]));
const mediaDir = (file: string) => {
  const dir = `${CORPUS_DIR}xforms/${file.replace(/\.xml$/, '')}-media`;
  return existsSync(dir) ? dir : undefined;
};

const NO_FORM_ID = 'test-javarosa__resources__ImageSelectTester.xml';

describe('corpus XForms in @getodk/xforms-engine', () => {
  const files = corpusFiles('xforms', '.xml');
  test('the corpus is there', () => expect(files.length).toBeGreaterThanOrEqual(100));
  test.each(files)('%s', async (file) => {
    const xml = readCorpus(`xforms/${file}`).toString('utf8');
    if (file === NO_FORM_ID) {
      // JavaRosa fixture whose instance root has no id: no server can list it, so it is refused.
      expect(() => parseXForm(xml, { requireInstanceId: false })).toThrow(/no id attribute/);
      expect((await loadInOdkEngine(xml)).ok).toBe(false);
      return;
    }
    const parsed = parseXForm(xml, { requireInstanceId: false });
    expect(parsed.formId).not.toBe('');
    // Uploads without meta/instanceID are refused by default; the fixtures that lack it are listed.
    expect(parsed.hasInstanceId, 'meta/instanceID').toBe(!XFORMS_WITHOUT_INSTANCE_ID.has(file));
    if (!parsed.hasInstanceId) expect(() => parseXForm(xml)).toThrow(XFormError);
    const knownFailure = manifest.get(`xforms/${file}`)?.check.includes('fails (known web-forms limitation)');
    const result = await loadInOdkEngine(xml, mediaDir(file));
    if (knownFailure) expect(result.ok, 'MANIFEST says the engine cannot load this form').toBe(false);
    else expect(result, result.error).toMatchObject({ ok: true });
  });
});

/** Sheets the compiler refuses (outside the supported subset, or invalid upstream) and why. */
export const NOT_COMPILED: Record<string, string> = {
  'flat_xlsform_test.xlsx':
    "row 57's name is an uncached =FALSE() formula (no value to read); the sheet also relies on pyxform's legacy `flat` setting",
  'include.xlsx': 'legacy "include" type: pyxform refuses it too',
  'include_json.xlsx': 'legacy "include" type: pyxform refuses it too',
};
/** Sheets that compile to XForms ODK cannot load, as MANIFEST notes for pyxform's output. */
const DOES_NOT_LOAD: Record<string, string> = {
  'bad_calc.xlsx': 'its calculation is not valid XPath',
  'xl_date_ambiguous.xlsx': "its choice_filter (label::English != '') is not valid XPath",
};

describe('compiled corpus XLSForms in @getodk/xforms-engine', () => {
  test.each(corpusFiles('xlsform', '.xlsx'))('%s', async (file) => {
    const stem = file.replace(/\.xlsx$/, '');
    const compiling = compileXlsFormWorkbook(readCorpus(`xlsform/${file}`), { fallbackFormId: stem });
    if (NOT_COMPILED[file]) {
      await expect(compiling, NOT_COMPILED[file]).rejects.toBeInstanceOf(XlsFormError);
      return;
    }
    const { xml, schema } = await compiling;
    expect(parseXForm(xml).schema.fields.map((field) => field.name)).toEqual(schema.fields.map((field) => field.name));
    const result = await loadInOdkEngine(xml);
    if (DOES_NOT_LOAD[file]) expect(result.ok, DOES_NOT_LOAD[file]).toBe(false);
    else expect(result, result.error).toMatchObject({ ok: true });
  });
});

describe('compiled in-memory forms in @getodk/xforms-engine', () => {
  test('the two-language doorstep form loads with both languages and serialises', async () => {
    const { xml } = compileXlsForm(doorstepForm());
    const result = await loadInOdkEngine(xml);
    expect(result, result.error).toMatchObject({ ok: true });
    expect(result.languages).toEqual(['English (en)', 'Arabic (ar)']);
    expect(result.submission).toMatch(/<data [^>]*id="doorstep"[^>]*>/);
    expect(result.submission).toMatch(/<instanceID>uuid:[0-9a-f-]{36}<\/instanceID>/);
  });

  test('a broken expression is caught by the engine (the oracle can fail)', async () => {
    const { xml } = compileXlsForm({
      survey: [{ type: 'calculate', name: 'c', calculation: '1 +* (' }],
      settings: [{ form_id: 'broken' }],
    });
    expect((await loadInOdkEngine(xml)).ok).toBe(false);
  });
});

test('the extra types (metadata, media, barcode, acknowledge, choices from a file) load', async () => {
  const result = await loadInOdkEngine(compileXlsForm(extrasForm()).xml);
  expect(result, result.error).toMatchObject({ ok: true });
  expect(result.submission).toMatch(/<started>\d{4}-\d\d-\d\dT/);
});

test('the compiled doorstep form behaves in the engine: relevance, required, repeat count', async () => {
  const form = await openInOdkEngine(compileXlsForm(doorstepForm()).xml);
  const skills = form.find('/data/skills');
  expect(skills.currentState.relevant).toBe(false);
  form.find('/data/has_skills').selectValue?.('yes');
  expect(skills.currentState.relevant).toBe(true);
  expect((await form.submission()).status).toBe('pending');
  form.find('/data/area').setValue?.('Ladywood');
  form.find('/data/people').setValue?.('2');
  const members = form.find('/data/member').currentState.children ?? [];
  expect(members).toHaveLength(2);
  const { status, xml } = await form.submission();
  expect(status).toBe('ready');
  expect(xml).toContain('<area>Ladywood</area>');
  expect(xml).toContain('<size>2</size>');
});

test('random compiled surveys load in the engine', async () => {
  let loaded = 0;
  await fc.assert(
    fc.asyncProperty(randomSurvey, async (input) => {
      let xml: string;
      try {
        xml = compileXlsForm(input, { fallbackFormId: 'random' }).xml;
      } catch (error) {
        return error instanceof XlsFormError;
      }
      const result = await loadInOdkEngine(xml);
      if (result.ok) loaded += 1;
      return result.ok;
    }),
    { numRuns: 40 },
  );
  expect(loaded).toBeGreaterThan(3);
});

test('a form with label media loads', async () => {
  const { xml } = compileXlsForm({
    survey: [{ type: 'note', name: 'intro', image: 'welcome.png', label: 'Welcome' }],
    settings: [{ form_id: 'media' }],
  });
  expect(await loadInOdkEngine(xml)).toMatchObject({ ok: true, languages: ['default'] });
});
