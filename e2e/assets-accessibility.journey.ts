import assert from 'node:assert/strict';
import { checkAssetPages } from './lib/assetPages';
import type { Journey } from './lib/journey';

/** axe (WCAG 2.2 A/AA and best practice) on every assets page: lists, the hospital, the form, map, gaps, search. */
export default {
  name: 'axe finds no violations on the assets, opportunities, map, gaps and search pages, in English',
  run: async (j) => {
    const failures: string[] = [];
    await checkAssetPages(j, 'English', failures);
    assert.equal(failures.length, 0, failures.join('\n'));
  },
} satisfies Journey;
