import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { recordAudit } from '../privacy/privacy.service';
import { today } from './candidates.input.service';
import { visibleCandidate } from './candidates.service';
import { scheduleCandidateReminders } from './reminders.job';
import * as repo from './preferences.repo';
import type { reminderChannels } from './preferences.schemas';

type Channel = (typeof reminderChannels)[number];
const view = (r: repo.PreferencesRow) => ({
  availability: {
    hoursPerWeek: r.available_hours_per_week === null ? null : Number(r.available_hours_per_week),
    daysPerWeek: r.available_days_per_week,
    from: r.available_from,
  },
  reminders: { channels: r.reminder_channels as Channel[], language: r.reminder_language },
  version: r.version,
});

export async function getPreferences(deps: Deps, ctx: RequestContext, id: string) {
  const c = await visibleCandidate(deps, ctx, id, 'candidates.preferences');
  return view((await repo.preferencesOf(deps.db, c.id))!);
}

export interface PreferencesInput {
  availability?: { hoursPerWeek: number | null; daysPerWeek: number | null; from: string | null } | undefined;
  reminders?: { channels: Channel[]; language: string | null } | undefined;
  version: number;
}

/** Availability and reminder opt-ins; an email reminder needs an email address on the record. Audited. */
export async function updatePreferences(deps: Deps, ctx: RequestContext, id: string, input: PreferencesInput) {
  const c = await visibleCandidate(deps, ctx, id, 'candidates.preferences');
  const now = (await repo.preferencesOf(deps.db, c.id))!;
  const current = view(now);
  const availability = input.availability ?? current.availability;
  const reminders = input.reminders ?? current.reminders;
  const channels = [...new Set(reminders.channels)];
  if (channels.includes('email') && !c.email)
    throw new AppError('unprocessable', 'Email reminders need an email address on the record', {
      errors: [{ path: 'body.reminders.channels', message: 'no email address recorded' }],
    });
  const ok = await repo.updatePreferences(deps.db, c.id, input.version, {
    available_hours_per_week: availability.hoursPerWeek === null ? null : String(availability.hoursPerWeek),
    available_days_per_week: availability.daysPerWeek,
    available_from: availability.from,
    reminder_channels: channels,
    reminder_language: reminders.language,
  });
  if (!ok)
    throw new AppError('conflict', 'The candidate changed since you read it', {
      errors: [{ path: 'body.version', message: 'stale version' }],
    });
  if (channels.length > 0) await scheduleCandidateReminders(deps.db, today()); // once a day at most (unique key)
  await recordAudit(deps.db, ctx, {
    action: 'candidate.preferences',
    entity: 'candidate',
    entityId: c.id,
    partnerId: c.partner_id,
    detail: { availability, reminders: { channels, language: reminders.language } },
  });
  return view((await repo.preferencesOf(deps.db, c.id))!);
}
