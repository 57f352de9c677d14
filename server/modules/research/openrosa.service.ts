import type { Deps } from '../../deps';
import { AppError } from '../../http/errors';
import * as formsRepo from './forms.repo';
import { formListXml } from './openrosa.xml';
import { deviceActor } from './research.service';
import { ingestSubmission, type Attachment, type IngestResult } from './submissions.service';

/** OpenRosa use-cases: the device token in the URL is the only credential; sessions play no part. */

const formsBase = (base: string, token: string) => `${base.replace(/\/$/, '')}/openrosa/${token}/forms`;

export async function formList(deps: Deps, token: string, base: string, onlyFormId?: string): Promise<string> {
  await deviceActor(deps, token);
  const rows = await formsRepo.openFormsWithLatest(deps.db, onlyFormId);
  const root = formsBase(deps.config.PUBLIC_URL ?? base, token);
  return formListXml(
    rows.map((r) => ({
      formId: r.xform_id,
      name: r.title,
      version: r.version,
      md5: r.md5,
      downloadUrl: `${root}/${encodeURIComponent(r.xform_id)}/form.xml`,
      manifestUrl: `${root}/${encodeURIComponent(r.xform_id)}/manifest`,
    })),
  );
}

/** The open form's latest version: the exact bytes whose md5 formList lists. */
export async function openForm(deps: Deps, token: string, xformId: string): Promise<{ xml: string }> {
  await deviceActor(deps, token);
  const form = await formsRepo.findFormByXFormId(deps.db, xformId);
  if (!form || form.status !== 'open') throw new AppError('not_found', `No open form with the form ID "${xformId}"`);
  const latest = await formsRepo.latestVersion(deps.db, form.id);
  if (!latest) throw new AppError('not_found', `The form "${xformId}" has no published version`);
  return { xml: latest.xml };
}

export async function checkDevice(deps: Deps, token: string): Promise<void> {
  await deviceActor(deps, token);
}

export async function submit(
  deps: Deps,
  token: string,
  parts: { xml: string | null; attachments: Attachment[] },
): Promise<IngestResult> {
  const researcher = await deviceActor(deps, token);
  if (parts.xml === null)
    throw new AppError('validation_failed', 'Required multipart POST field xml_submission_file missing.');
  return ingestSubmission(deps, {
    xml: parts.xml,
    attachments: parts.attachments,
    channel: 'openrosa',
    researcher,
    complete: true,
  });
}
