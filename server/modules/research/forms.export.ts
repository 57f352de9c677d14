import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Deps } from '../../deps';
import type { Db } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { answerPaths, columnHeader, exportColumns } from './forms.rules';
import { visibleForm } from './forms.service';
import { rdb } from './research.tables';
import type { FormField, FormSchema } from './xlsform.types';

/** Streams a form's responses as CSV: fixed columns, then one column per field of the newest version's schema. */

const batch = 1000;

async function* rows(db: Db, formId: string) {
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    let qb = rdb(db)
      .selectFrom('research_submissions as s')
      .innerJoin('research_form_versions as v', 'v.id', 's.form_version_id')
      .select([
        's.id',
        's.instance_id',
        's.channel',
        's.complete',
        's.received_at',
        's.language',
        's.answer_row',
        's.form_version_id',
        'v.version',
      ])
      .where('s.form_id', '=', formId)
      .orderBy('s.received_at')
      .orderBy('s.id')
      .limit(batch);
    if (after) {
      const { at, id } = after;
      qb = qb.where((eb) =>
        eb.or([eb('s.received_at', '>', at), eb.and([eb('s.received_at', '=', at), eb('s.id', '>', id)])]),
      );
    }
    const page = await qb.execute();
    for (const r of page) yield r;
    if (page.length < batch) return;
    const last = page[page.length - 1]!;
    after = { at: last.received_at as Date, id: last.id };
  }
}

function labelOf(field: FormField, raw: string, language: string | null): string {
  if (!field.choices?.length || raw === '') return raw;
  const label = (name: string) => {
    const c = field.choices!.find((x) => x.name === name);
    return c ? (language && c.labels[language]) || c.labels.default || Object.values(c.labels)[0] || name : name;
  };
  return field.type === 'select_multiple' ? raw.split(/\s+/).map(label).join('; ') : label(raw);
}

export async function exportCsv(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  options: { labels: boolean; language?: string | undefined },
): Promise<{ filename: string; stream: Readable }> {
  const form = await visibleForm(deps, ctx, id);
  if (ctx.actor && !inScope(partnerScope(ctx.actor, 'research.export'), form.partner_id))
    throw new AppError('forbidden', "You can only export your own partner's forms");
  const versions = await rdb(deps.db)
    .selectFrom('research_form_versions')
    .select(['id', 'schema'])
    .where('form_id', '=', form.id)
    .orderBy('created_at', 'desc')
    .execute();
  const schema = versions[0]?.schema as FormSchema | undefined;
  const columns = schema ? exportColumns(schema) : [];
  // each version's answer_row is in its own column order: where each of the newest version's columns sits in it
  const positions = new Map(
    versions.map((v) => {
      const paths = answerPaths(v.schema as FormSchema);
      return [v.id, columns.map((c) => paths.indexOf(c.path))] as const;
    }),
  );
  const language = options.language ?? schema?.defaultLanguage ?? null;
  const fixed = ['instanceID', 'formVersion', 'channel', 'complete', 'received', 'language'];
  const header = [...fixed, ...columns.map((c) => (options.labels ? columnHeader(c.field, c.path, language) : c.path))];
  const source = async function* () {
    yield header;
    for await (const r of rows(deps.db, form.id)) {
      const values = JSON.parse(r.answer_row) as string[];
      const at = positions.get(r.form_version_id) ?? [];
      yield [
        r.instance_id,
        r.version,
        r.channel,
        r.complete ? 'yes' : 'no',
        form.anonymous ? (r.received_at as Date).toISOString().slice(0, 10) : (r.received_at as Date).toISOString(),
        r.language ?? '',
        ...columns.map((c, i) => {
          const raw = at[i]! >= 0 ? (values[at[i]!] ?? '') : '';
          return options.labels ? labelOf(c.field, raw, language) : raw;
        }),
      ];
    }
  };
  const stream = Readable.from(source()).pipe(stringify({ bom: options.labels }));
  return { filename: `${form.xform_id}-responses.csv`, stream };
}
