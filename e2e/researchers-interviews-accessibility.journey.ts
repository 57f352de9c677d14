import type { Journey } from './lib/journey';
import { axeSweep, demoProgrammeIds } from './lib/researchProgramme';

/** axe on a new and an existing interview in English, and on a cohort and an interview in Arabic (RTL). */
export default {
  name: 'researchers: interview pages pass axe in English; a cohort and an interview in Arabic, right-to-left',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, 'lead@demo.useit.example');
    const ids = await demoProgrammeIds(page);
    await axeSweep(j, page, ['/research/interviews/new', `/research/interviews/${ids.interview}`], 'en');
    await axeSweep(
      j,
      page,
      [`/research/researchers/cohorts/${ids.cohort}`, `/research/interviews/${ids.interview}`],
      'ar',
    );
  },
} satisfies Journey;
