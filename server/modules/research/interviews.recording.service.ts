import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { recordAudit } from '../privacy/privacy.service';
import { checkAudio, readAudio, storeAudio } from './interviews.audio';
import * as repo from './interviews.repo';
import { interviewAfterWrite, visibleInterview } from './interviews.service';

/** An interview's recording: stored after its type is checked, and every listen is audited. */
export async function attachAudio(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  file: { content: Buffer; mime: string | undefined },
) {
  const r = await visibleInterview(deps, ctx, id);
  const audio = checkAudio(file.content, file.mime);
  const path = await storeAudio(deps.config, file.content, audio.ext);
  await inTransaction(deps.db, async (trx) => {
    await repo.setInterviewAudio(trx, r.id, { path, type: audio.type, size: file.content.length });
    await recordAudit(trx, ctx, {
      action: 'research.interview.audio',
      entity: 'interview',
      entityId: r.id,
      partnerId: r.partner_id,
    });
  });
  return interviewAfterWrite(deps, ctx, id);
}

export async function interviewAudio(deps: Deps, ctx: RequestContext, id: string) {
  const r = await visibleInterview(deps, ctx, id);
  if (!r.audio_path || !r.audio_type) throw notFound('Recording');
  const content = await readAudio(deps.config, r.audio_path);
  await recordAudit(deps.db, ctx, {
    action: 'research.interview.listen',
    entity: 'interview',
    entityId: r.id,
    partnerId: r.partner_id,
  });
  return { content, type: r.audio_type };
}
