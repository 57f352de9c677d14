import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { forbidden } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import { checkComplete, type QuoteConsent } from './interviews.rules';
import type * as repo from './interviews.repo';
import { invalidField, unknownRef } from './programme.errors';
import { areaExists } from './recruitment.repo';
import { isCalendarDay } from './research-cohorts.rules';
import { findResearcher } from './researchers.repo';

/** Checks on an interview's fields before they are written, and their mapping to columns. */
const isResearcher = (ctx: RequestContext) => ctx.actor?.role === 'community_researcher';

export interface InterviewInput {
  title?: string | undefined;
  intervieweeLabel?: string | undefined;
  interviewedOn?: string | undefined;
  language?: string | undefined;
  area?: string | null | undefined;
  researcher?: string | null | undefined;
  consentRecorded?: boolean | undefined;
  consentOn?: string | null | undefined;
  quoteConsent?: QuoteConsent | undefined;
  transcript?: string | undefined;
  status?: 'draft' | 'complete' | undefined;
}

export async function checkInput(deps: Deps, ctx: RequestContext, input: InterviewInput, partnerId: string) {
  if (input.interviewedOn !== undefined && !isCalendarDay(input.interviewedOn))
    throw invalidField('body.interviewedOn', 'not a calendar date');
  if (input.consentOn && !isCalendarDay(input.consentOn)) throw invalidField('body.consentOn', 'not a calendar date');
  if (input.area && (!isUuid(input.area) || !(await areaExists(deps.db, input.area))))
    throw unknownRef('body.area', `no area ${input.area}`);
  if (input.researcher) {
    const r = isUuid(input.researcher) ? await findResearcher(deps.db, input.researcher) : undefined;
    if (!r || r.partner_id !== partnerId)
      throw unknownRef('body.researcher', `no researcher ${input.researcher} of this partner`);
    if (isResearcher(ctx) && r.user_id !== ctx.actor!.userId)
      throw forbidden('researchers record their own interviews');
  }
}

export function values(input: InterviewInput): repo.InterviewValues {
  const v: repo.InterviewValues = {};
  if (input.title !== undefined) v.title = input.title;
  if (input.intervieweeLabel !== undefined) v.interviewee_label = input.intervieweeLabel;
  if (input.interviewedOn !== undefined) v.interviewed_on = input.interviewedOn;
  if (input.language !== undefined) v.language = input.language;
  if (input.area !== undefined) v.area_id = input.area;
  if (input.researcher !== undefined) v.researcher_id = input.researcher;
  if (input.consentRecorded !== undefined) v.consent_recorded = input.consentRecorded;
  if (input.consentOn !== undefined) v.consent_on = input.consentOn;
  if (input.quoteConsent !== undefined) v.quote_consent = input.quoteConsent;
  if (input.transcript !== undefined) v.transcript = input.transcript;
  if (input.status !== undefined) v.status = input.status;
  return v;
}

export function checkConsent(state: {
  consentRecorded: boolean;
  quoteConsent: QuoteConsent;
  status: string;
  transcript: string;
  hasAudio: boolean;
}) {
  if (!state.consentRecorded && state.quoteConsent !== 'none')
    throw invalidField('body.quoteConsent', 'quotes need the interview consent recorded first');
  if (state.status === 'complete') {
    const problem = checkComplete(state, state.transcript, state.hasAudio);
    if (problem === 'consent-missing')
      throw unknownRef('body.status', 'record consent before completing the interview');
    if (problem === 'nothing-recorded')
      throw unknownRef('body.status', 'add a transcript or recording before completing');
  }
}
