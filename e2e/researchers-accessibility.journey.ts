import type { Journey } from './lib/journey';
import { axeSweep, demoProgrammeIds } from './lib/researchProgramme';

/** axe on the researcher-programme pages in English (the rest: researchers-reports- and researchers-interviews-). */
export default {
  name: 'researchers: researchers, a researcher, a cohort and the funnel pass axe in English',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, 'lead@demo.useit.example');
    const ids = await demoProgrammeIds(page);
    await axeSweep(
      j,
      page,
      [
        '/research/researchers',
        `/research/researchers/${ids.researcher}`,
        `/research/researchers/cohorts/${ids.cohort}`,
        '/research/researchers/funnel',
      ],
      'en',
    );
  },
} satisfies Journey;
