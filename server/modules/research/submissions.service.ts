import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { Actor } from '../../http/context';
import { AppError } from '../../http/errors';
import { findAreaId } from '../places/places.service';
import { sealSpecialCategory } from '../privacy/privacy.service';
import { followUpReferralsAtIngest, findingsAfterIngest } from './findings.apply';
import { formForIngest, type IngestForm } from './forms.service';
import * as prizeRepo from './prize-draw.repo';
import { entryHash } from './prize-draw.rules';
import { serialiseXml } from './research.xml';
import { upsertGrouped } from './submissions.batch';
import * as repo from './submissions.repo';
import { parseSubmissionXml } from './submissions.xml';
import type { FormSchema } from './xlsform.types';
import {
  dayOf,
  deviceIdOf,
  flattenAnswers,
  instanceHeader,
  isoDay,
  pathsToRemove,
  prizeAnswer,
  resubmission,
  sha256,
  withoutPaths,
} from './submissions.rules';

export type Channel = 'web' | 'openrosa' | 'paper';

export interface Attachment {
  name: string;
  contentType: string;
  content: Buffer;
}

export interface IncomingSubmission {
  xml: string;
  attachments: Attachment[];
  channel: Channel;
  /** who collected it (device token holder or signed-in user); never stored for an anonymous form */
  researcher: Actor | null;
  complete: boolean;
  area?: string | undefined;
  language?: string | undefined;
  /** when the caller already knows which form (web API), the XML must name the same one */
  expectFormId?: string;
}

export interface IngestResult {
  outcome: 'created' | 'updated' | 'duplicate';
  submissionId: string;
  instanceId: string;
  credited: boolean;
}

const problem = (code: 'validation_failed' | 'not_found' | 'conflict', detail: string) => new AppError(code, detail);

async function formOf(deps: Deps, formId: string, version: string | null, expect?: string) {
  if (!formId) throw problem('validation_failed', 'The submission root element has no id attribute (the form ID)');
  if (expect && expect !== formId)
    throw problem('validation_failed', `The submission is for form "${formId}", not "${expect}"`);
  const form = await formForIngest(deps, formId);
  if (!form) throw problem('not_found', `No form with the form ID "${formId}"`);
  if (form.status !== 'open')
    throw problem(
      'conflict',
      `The form "${formId}" is ${form.status === 'closed' ? 'closed' : 'not open yet'} and accepts no submissions`,
    );
  const v = version ? form.versions.get(version) : undefined;
  if (!v) throw problem('not_found', `The form "${formId}" has no published version "${version ?? ''}"`);
  return { form, version: v };
}

async function areaIdOf(deps: Deps, slug: string | undefined): Promise<string | null> {
  if (!slug) return null;
  return (await findAreaId(deps, slug.trim().toLowerCase()).catch(() => null)) ?? null;
}

/** Stores one response exactly once: the row, its attachments, any prize entry and the voucher credit commit together. */
export async function ingestSubmission(deps: Deps, input: IncomingSubmission): Promise<IngestResult> {
  const parsed = parseSubmissionXml(input.xml);
  const header = instanceHeader(parsed);
  const { form, version } = await formOf(deps, header.formId, header.version, input.expectFormId);
  if (!header.instanceId)
    throw problem(
      'validation_failed',
      'The submission has no meta/instanceID: it is required so retries are not stored twice',
    );
  if (header.instanceId.length > 200)
    throw problem('validation_failed', 'meta/instanceID is longer than 200 characters');
  const rawAnswers = flattenAnswers(parsed);
  const drop = pathsToRemove(version.schema, form.anonymous);
  const present = drop.filter((p) => p in rawAnswers);
  const kept = present.length ? withoutPaths(parsed, drop) : parsed;
  const xml = present.length ? serialiseXml(kept) : input.xml;
  const answers = present.length ? flattenAnswers(kept) : rawAnswers;
  const now = new Date();
  const areaId = await areaIdOf(deps, input.area ?? rawAnswers.area);
  const row: repo.SubmissionRow = {
    formId: form.id,
    formVersionId: version.id,
    instanceId: header.instanceId,
    sha256: sha256(xml),
    xml,
    answers,
    answerRow: JSON.stringify(version.paths.map((p) => answers[p] ?? '')),
    channel: input.channel,
    anonymous: form.anonymous,
    researcherId: form.anonymous ? null : (input.researcher?.userId ?? null),
    deviceId: form.anonymous ? null : deviceIdOf(parsed),
    areaId,
    language: input.language ?? rawAnswers.language ?? null,
    complete: input.complete,
    receivedAt: form.anonymous ? dayOf(now) : now,
  };
  const result = await store(deps, form, version.schema, row, input, prizeAnswer(rawAnswers), isoDay(now));
  if (result.outcome !== 'duplicate') findingsAfterIngest(deps, form.id);
  return result;
}

async function store(
  deps: Deps,
  form: IngestForm,
  schema: FormSchema,
  row: repo.SubmissionRow,
  input: IncomingSubmission,
  prize: ReturnType<typeof prizeAnswer>,
  day: string,
): Promise<IngestResult> {
  const credit =
    input.researcher && form.voucherPence > 0
      ? { researcherId: input.researcher.userId, amountPence: form.voucherPence, day }
      : null;
  // Without attachments or a prize entry, the response and its voucher credit are one statement, atomic
  // on its own: it goes through the group-commit queue. Otherwise one transaction holds them all.
  const alone = input.attachments.length === 0 && !prize;
  const run = <T>(fn: (db: Deps['db']) => Promise<T>) => (alone ? fn(deps.db) : inTransaction(deps.db, fn));
  return run(async (trx) => {
    const written = alone ? await upsertGrouped(trx, row, credit) : await repo.upsertSubmission(trx, row, credit);
    let id = written?.id;
    if (!written) {
      const existing = await repo.existingSubmission(trx, row.formId, row.instanceId);
      if (!existing) throw new AppError('conflict', 'The submission changed while it was being stored: send it again');
      if (resubmission({ sha256: existing.xml_sha256, complete: existing.complete }, row) === 'conflict')
        throw new AppError(
          'conflict',
          'A submission already exists with this instanceID but different XML: resubmissions (to add media) must send identical XML',
        );
      id = existing.id;
    }
    for (const a of input.attachments)
      await repo.insertAttachment(trx, { submissionId: id!, ...a, sha256: sha256(a.content) });
    if (written?.inserted && prize) {
      const contactHash = entryHash(deps.fieldKey, prize.contact);
      await prizeRepo.upsertEntry(trx, {
        formId: form.id,
        contactHash,
        contactSealed: sealSpecialCategory(deps, prize.contact)!,
        prizeDraw: prize.prizeDraw,
        followUpConsent: prize.followUpConsent,
        day,
      });
      if (prize.followUpConsent) await followUpReferralsAtIngest(trx, { ...row, schema, contactHash, day });
    }
    return {
      outcome: !written ? 'duplicate' : written.inserted ? 'created' : 'updated',
      submissionId: id!,
      instanceId: row.instanceId,
      credited: (written?.credited ?? 0) > 0,
    };
  });
}
