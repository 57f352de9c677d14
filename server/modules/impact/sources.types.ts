/**
 * The shape of an indicator source: a record type another module offers for counting. The owning module declares
 * it (its `*.indicator-sources.ts`); the impact module only ever reads the fields listed here, so an indicator
 * definition cannot reach a column its owner did not offer. `relation` is trusted SQL written by the owner
 * (a table or a parenthesised select), never text from a request.
 */
export type SourceFieldType = 'text' | 'number' | 'boolean' | 'date' | 'timestamp';

export interface SourceField {
  type: SourceFieldType;
  /** may be filtered on or summed in an indicator that aggregate-only roles and open data see */
  aggregateSafe: boolean;
}

export interface IndicatorSource {
  /** `module.records`, e.g. `matching.candidates` */
  name: string;
  label: string;
  /** the record type shown in a drill-down, e.g. `candidate` */
  recordType: string;
  relation: string;
  /** columns of the relation: the record's id, its label in a drill-down, its area and owning partner */
  id: string;
  recordLabel: string;
  area: string | null;
  partner: string | null;
  /** fields an indicator may use as its period date; the first is the default */
  dates: readonly string[];
  fields: Readonly<Record<string, SourceField>>;
  /** fields listed per record in a drill-down (besides id, label, date and area) */
  drill: readonly string[];
}
