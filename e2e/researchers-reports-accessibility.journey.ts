import type { Journey } from './lib/journey';
import { axeSweep } from './lib/researchProgramme';

/** axe on recruitment, community reports and the interview list in English. */
export default {
  name: 'researchers: recruitment, community reports and interviews pass axe in English',
  run: async (j) => {
    const page = await j.newPage();
    await j.signIn(page, 'lead@demo.useit.example');
    await axeSweep(
      j,
      page,
      [
        '/research/researchers/recruitment',
        '/research/researchers/reports',
        '/research/researchers/reports/new',
        '/research/interviews',
      ],
      'en',
    );
  },
} satisfies Journey;
