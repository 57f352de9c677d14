/** The conformance corpus copied from shared/corpus (see corpus/LICENSES.md), for tests. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// Not `new URL(..., import.meta.url)`: under the jsdom environment that URL is not a file: URL.
export const CORPUS_DIR = `${join(import.meta.dirname, 'corpus')}/`;

export interface ManifestRow {
  path: string;
  kind: string;
  check: string;
  features: string;
  notes: string;
}

export function readManifest(): ManifestRow[] {
  const [, ...lines] = readFileSync(`${CORPUS_DIR}MANIFEST.tsv`, 'utf8').trim().split('\n');
  return lines.map((line) => {
    const [path = '', kind = '', , , check = '', features = '', notes = ''] = line.split('\t');
    return { path, kind, check, features, notes };
  });
}

export const corpusFiles = (folder: 'xlsform' | 'xforms', suffix: string): string[] =>
  readdirSync(`${CORPUS_DIR}${folder}`)
    .filter((name) => name.endsWith(suffix))
    .sort();

export const readCorpus = (relative: string): Buffer => readFileSync(`${CORPUS_DIR}${relative}`);

/** Corpus XForms written without meta/instanceID (engine unit-test fixtures, not field forms). */
export const XFORMS_WITHOUT_INSTANCE_ID = new Set([
  'controls__range-controls.xml',
  'enketo__nested_repeats_triple.xml',
  'enketo__repeat-multiple-shared-datalist-itemsets.xml',
  'repeats__06-jr-test-add-repeat-calc.xml',
  'select__5-select-types.xml',
  'test-javarosa__resources__ImageSelectTester.xml',
  'test-javarosa__resources__countNonEmptyForm.xml',
  'test-javarosa__resources__eIMCI-by-D-Tree.xml',
  'test-javarosa__resources__form-with-setvalue-action.xml',
  'test-javarosa__resources__form2.xml',
  'test-javarosa__resources__formindex-serialization.xml',
  'test-javarosa__resources__group-with-nodeset-attr.xml',
  'test-javarosa__resources__group-with-ref-attr.xml',
  'test-javarosa__resources__meta-namespace-form.xml',
  'test-javarosa__resources__org__javarosa__core__model__actions__setgeopoint-action-instance-load.xml',
  'test-javarosa__resources__org__javarosa__core__model__actions__setgeopoint-action-value-changed.xml',
  'test-javarosa__resources__org__javarosa__xform__parse__external-secondary-instance-large.xml',
  'test-javarosa__resources__org__javarosa__xform__parse__external-secondary-instance.xml',
  'test-javarosa__resources__org__javarosa__xform__parse__external-select-geojson.xml',
  'test-javarosa__resources__org__javarosa__xform__parse__secondary-instance.xml',
  'test-javarosa__resources__org__javarosa__xml__primary-instance-with-id.xml',
  'test-javarosa__resources__populate-nodes-attributes.xml',
  'test-javarosa__resources__range-form.xml',
  'test-javarosa__resources__regression__issue_449.xml',
  'test-javarosa__resources__submission-element.xml',
  'test-javarosa__resources__template-repeat.xml',
  'test-javarosa__resources__two-models.xml',
  'test-javarosa__resources__two-secondary-instances.xml',
  'test-scenario__ImageSelectTester-alt.xml',
  'test-scenario__countNonEmptyForm-alt.xml',
  'test-scenario__template-repeat-alt.xml',
  'test-scenario__two-secondary-instances-alt.xml',
]);
