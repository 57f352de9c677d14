/** Activity feed decisions: event kinds, visibility levels, and who may see an event. Pure. */
export const activityKinds = [
  'asset',
  'opportunity',
  'response',
  'match',
  'placement',
  'award',
  'event',
  'meeting',
  'task',
  'referral',
  'indicator',
  'story',
] as const;
export type ActivityKind = (typeof activityKinds)[number];

/**
 * public: anyone, even outside the partnership; partners: every partner; partner: the event's own partner (and
 * coordinators); coordinators: programme admins and work-package leads only.
 */
export const activityVisibilities = ['public', 'partners', 'partner', 'coordinators'] as const;
export type ActivityVisibility = (typeof activityVisibilities)[number];

/** Who is looking: a coordinator (sees everything) or a partner (sees shared events and its own). */
export type FeedViewer = { kind: 'all' } | { kind: 'partner'; partnerId: string };

export function canSeeActivity(
  viewer: FeedViewer,
  event: { visibility: ActivityVisibility; partnerId: string | null },
): boolean {
  if (viewer.kind === 'all') return true;
  if (event.visibility === 'public' || event.visibility === 'partners') return true;
  return event.visibility === 'partner' && event.partnerId === viewer.partnerId;
}
