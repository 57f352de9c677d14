import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { partnerScope } from '../../http/policy';
import * as repo from './codebook.repo';
import { partnerOf } from './codebook.service';
import { quoteFor, summariseThemes, type QuoteConsent } from './interviews.rules';

export interface ThemeView {
  id: string;
  name: string;
  description: string;
  codes: { id: string; name: string; uses: number }[];
  interviews: number;
  segments: number;
  /** example quotes, only from interviews whose consent allows quoting; attributed only where agreed */
  quotes: { text: string; attribution: string | null }[];
}

/**
 * Themes across the interviews the caller may see. The counts are for the research team (who can open each
 * interview anyway), not for publication, so they are not small-number suppressed; quotes follow consent.
 */
export async function listThemes(deps: Deps, ctx: RequestContext, partner?: string): Promise<{ items: ThemeView[] }> {
  const partnerId = partnerOf(ctx, partner, 'querystring.partner');
  const scope = ctx.actor ? partnerScope(ctx.actor, 'research.themes.read') : ({ kind: 'all' } as const);
  const [themes, codes, segments] = await Promise.all([
    repo.themesOf(deps.db, partnerId),
    repo.codesOf(deps.db, partnerId),
    repo.themedSegments(deps.db, scope, partnerId),
  ]);
  const summary = summariseThemes(
    segments.map((s) => ({
      themeId: s.theme_id!,
      interviewId: s.interview_id,
      quote: quoteFor(
        { consentRecorded: s.consent_recorded, quoteConsent: s.quote_consent as QuoteConsent },
        s.transcript,
        s.start_offset,
        s.end_offset,
        s.interviewee_label,
      ),
    })),
  );
  const items = themes.map((t) => {
    const s = summary.get(t.id) ?? { interviews: 0, segments: 0, quotes: [] };
    return {
      ...t,
      codes: codes
        .filter((c) => c.theme_id === t.id)
        .map((c) => ({ id: c.id, name: c.name, uses: Number(c.uses ?? 0) })),
      ...s,
    };
  });
  items.sort((a, b) => b.interviews - a.interviews || b.segments - a.segments || a.name.localeCompare(b.name));
  return { items };
}
