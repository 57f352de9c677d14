import type { Deps } from '../../deps';
import { systemContext } from '../../http/context';
import { listStories } from '../partnership/stories.service';
import { getWorkPackage } from '../partnership/work-packages.service';
import { suppressSmall } from '../privacy/privacy.service';
import { listThemes } from '../research/themes.service';

/**
 * The qualitative side beside the figures: the research lead's interview themes with quotes only where the
 * interviewee agreed to be quoted (the research service applies consent), and stories published with consent.
 * Interview counts are published numbers here, so small ones are hidden.
 */
export async function voices(deps: Deps) {
  const lead = await getWorkPackage(deps, 'community-research').catch(() => null);
  const themes = lead ? (await listThemes(deps, systemContext, lead.lead.id)).items : [];
  const stories = await listStories(deps, 'public', { page: 1, pageSize: 6, sort: '-createdAt' });
  return {
    themes: themes.slice(0, 6).map((t) => ({
      name: t.name,
      interviews: suppressSmall(t.interviews),
      quotes: t.quotes.slice(0, 3),
    })),
    stories: stories.items.map((s) => ({ id: s.id, title: s.title, body: s.body, personName: s.personName })),
  };
}
