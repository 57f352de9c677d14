import { existsSync, readFileSync } from 'node:fs';

/** The occupations taxonomy shipped with the platform; `useit taxonomy import FILE` loads a newer one. */
export const defaultTaxonomyPath = new URL('../../taxonomies/occupations.json', import.meta.url).pathname;

export class TaxonomyFileError extends Error {}

/** Reads a taxonomy file as JSON; its content is checked by the import itself. */
export function readTaxonomyFile(path: string): unknown {
  if (!existsSync(path)) throw new TaxonomyFileError(`No taxonomy file at ${path}`);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new TaxonomyFileError(`${path} is not valid JSON: ${(err as Error).message}`, { cause: err });
  }
}
