import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkHeader,
  columnOf,
  microAssetBody,
  microAssetColumns,
  normaliseHeader,
  opportunityBody,
  opportunityColumns,
} from './columns.rules';
import { formatOf, isLegacyXls } from './imports.rules';

describe('import columns', () => {
  it('matches header spellings to columns', () => {
    expect(['Opens on', 'opensOn', 'OPENS_ON', 'opens-on', '\uFEFFopens on '].map(normaliseHeader)).toEqual(
      Array(5).fill('opens_on'),
    );
    expect(['Latitude', 'lon', 'Macro-asset'].map(normaliseHeader)).toEqual(['lat', 'lng', 'macro_asset']);
  });

  it('names missing required columns, and lists the ignored ones', () => {
    expect(checkHeader('opportunities', ['Title', 'Notes']).problem).toMatch(/missing kind$/);
    expect(checkHeader('opportunities', ['kind', 'title', 'Notes', null])).toMatchObject({
      problem: null,
      ignored: ['notes'],
    });
    expect(checkHeader('micro-assets', ['kind', 'kind']).problem).toMatch(/appears twice/);
  });

  it('builds the API body from cells, with problems the schema cannot word well', () => {
    const built = opportunityBody({
      kind: 'vacancy',
      title: ' Porter ',
      occupations: 'a; b;;',
      lat: '52.1',
      lng: null,
      quantity: 'four',
      opens_on: '04/01/2027',
      value: '£1,250.50',
      english_level: 'b2',
    });
    expect(built.body).toMatchObject({
      title: 'Porter',
      occupations: ['a', 'b'],
      opensOn: '2027-01-04',
      value: '1250.50',
      englishLevel: 'B2',
    });
    expect(built.problems).toEqual([
      { column: 'lng', message: 'give both lat and lng, or neither' },
      { column: 'quantity', message: 'must be a number, not "four"' },
    ]);
    const asset = microAssetBody(
      { owner_type: 'Area', owner: 'ladywood', sensitive: 'maybe', opens_on: new Date('2027-01-04T00:00:00Z') },
      'ref',
    );
    expect(asset.body).toMatchObject({
      owner: { type: 'area', area: 'ladywood' },
      provenance: 'import',
      sourceRef: 'ref',
    });
    expect(asset.problems).toEqual([{ column: 'sensitive', message: 'must be true or false, not "maybe"' }]);
  });

  it('maps request fields back to columns', () => {
    expect(
      [['location', 'lng'], ['owner', 'type'], ['owner', 'resident'], ['closesOn'], ['occupations', 2]].map((p) =>
        columnOf(p),
      ),
    ).toEqual(['lng', 'owner_type', 'owner', 'closes_on', 'occupations']);
  });

  it('tells CSV from XLSX, and spots old .xls files', () => {
    expect(formatOf('text/csv; charset=utf-8', undefined)).toBe('csv');
    expect(formatOf('application/octet-stream', 'a.XLSX')).toBe('xlsx');
    expect(formatOf('application/octet-stream', 'a.bin')).toBeNull();
    expect(isLegacyXls(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe(true);
  });

  it('documents every column in docs/imports.md', () => {
    const doc = readFileSync(new URL('../../../docs/imports.md', import.meta.url), 'utf8');
    for (const c of [...opportunityColumns, ...microAssetColumns])
      expect(doc, c.name).toMatch(new RegExp(`^\\| ${c.name} +\\| ${c.required ? 'yes' : ''} *\\|`, 'm'));
  });
});
