import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { AppError, notFound } from '../../http/errors';
import { inScope, partnerScope } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import { openSpecialCategory, recordAudit, sealSpecialCategory } from '../privacy/privacy.service';
import * as formsRepo from './forms.repo';
import { visibleForm } from './forms.service';
import * as repo from './prize-draw.repo';
import { drawScore, drawWinners, entryHash, seedOf, sortedEntries } from './prize-draw.rules';
import { isoDay } from './submissions.rules';

export interface DrawResult {
  formId: string;
  seedPhrase: string;
  seed: string;
  algorithm: string;
  winnerCount: number;
  entryHashes: string[];
  winners: { entryHash: string; score: string }[];
  drawnOn: string;
}

const algorithm =
  'seed = sha256(seedPhrase); winners = the winnerCount entry hashes with the smallest sha256(seed + ":" + entryHash) (hex, ties by entry hash)';

/** A respondent enters the draw and/or agrees to follow-up: kept apart from the answers, one entry per contact. */
export async function enterPrizeDraw(
  deps: Deps,
  ctx: RequestContext,
  formId: string,
  input: { contact: string; prizeDraw: boolean; followUpConsent: boolean },
): Promise<{ entryHash: string }> {
  const form = await visibleForm(deps, ctx, formId);
  if (form.status !== 'open') throw new AppError('conflict', 'The form is not open: its prize draw takes no entries');
  if (!input.prizeDraw && !input.followUpConsent)
    throw new AppError('validation_failed', 'Say yes to the prize draw, to follow-up, or both');
  const hash = entryHash(deps.fieldKey, input.contact);
  await repo.upsertEntry(deps.db, {
    formId: form.id,
    contactHash: hash,
    contactSealed: sealSpecialCategory(deps, input.contact)!,
    prizeDraw: input.prizeDraw,
    followUpConsent: input.followUpConsent,
    day: isoDay(new Date()),
  });
  return { entryHash: hash };
}

function toResult(formId: string, d: NonNullable<Awaited<ReturnType<typeof repo.findDraw>>>): DrawResult {
  return {
    formId,
    seedPhrase: d.seed_phrase,
    seed: d.seed,
    algorithm,
    winnerCount: d.winner_count,
    entryHashes: d.entry_hashes,
    winners: d.winners.map((w) => ({ entryHash: w, score: drawScore(d.seed, w) })),
    drawnOn: d.drawn_at.toISOString().slice(0, 10),
  };
}

/** Runs the draw once, on a closed form, from a seed phrase published beforehand. */
export async function runDraw(
  deps: Deps,
  ctx: RequestContext,
  formId: string,
  input: { seedPhrase: string; winners: number },
): Promise<DrawResult & { winnerContacts: { entryHash: string; contact: string }[] }> {
  const form = await visibleForm(deps, ctx, formId);
  if (ctx.actor && !inScope(partnerScope(ctx.actor, 'research.prize-draw.run'), form.partner_id))
    throw new AppError('forbidden', "You can only draw your own partner's prize draws");
  if (form.status !== 'closed')
    throw new AppError('conflict', 'Close the form before drawing, so the entries are final');
  return inTransaction(deps.db, async (trx) => {
    await formsRepo.lockForm(trx, form.id);
    if (await repo.findDraw(trx, form.id)) throw new AppError('conflict', 'This prize draw has already been drawn');
    const entries = sortedEntries(await repo.drawEntryHashes(trx, form.id));
    if (entries.length === 0) throw new AppError('unprocessable', 'The prize draw has no entries');
    const seed = seedOf(input.seedPhrase);
    const winners = drawWinners(seed, entries, input.winners);
    await repo.insertDraw(trx, {
      formId: form.id,
      seedPhrase: input.seedPhrase,
      seed,
      winnerCount: input.winners,
      entryHashes: entries,
      winners,
      drawnBy: ctx.actor?.userId ?? null,
    });
    await recordAudit(trx, ctx, {
      action: 'research.prize-draw.run',
      entity: 'research_form',
      entityId: form.id,
      partnerId: form.partner_id,
      detail: { seed, entries: entries.length, winners },
    });
    const contacts = await repo.winnerContacts(trx, form.id, winners);
    const result = toResult(form.id, (await repo.findDraw(trx, form.id))!);
    return {
      ...result,
      winnerContacts: winners.map((w) => ({
        entryHash: w,
        contact: openSpecialCategory(deps, contacts.find((c) => c.contact_hash === w)?.contact_sealed ?? null) ?? '',
      })),
    };
  });
}

/** The published result: seed, every entry hash and the winners, so anyone can re-run the algorithm. */
export async function getDraw(deps: Deps, formId: string): Promise<DrawResult> {
  const draw = isUuid(formId) ? await repo.findDraw(deps.db, formId) : undefined;
  if (!draw) throw notFound('Prize draw');
  return toResult(formId, draw);
}
