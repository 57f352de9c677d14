import { Outlet } from 'react-router';
import { SectionNav, type Section } from '../../../components/SectionNav';

/**
 * The skills-matching sub-navigation. Training (web/src/features/matching-training) and
 * vacancies/shortage (web/src/features/matching-employers) add their child routes under /matching.
 */
const sections: Section[] = [
  {
    to: '/matching',
    labelKey: 'matching.nav.candidates',
    permission: 'candidates.list',
    exact: true,
    also: ['/matching/candidates'],
  },
  { to: '/matching/pipeline', labelKey: 'matching.nav.pipeline', permission: 'pipeline.list' },
  { to: '/matching/duplicates', labelKey: 'matching.nav.duplicates', permission: 'candidates.duplicates' },
  { to: '/matching/training', labelKey: 'matching.nav.training', permission: 'training.read' },
  { to: '/matching/vacancies', labelKey: 'matching.nav.vacancies', permission: 'vacancies.list' },
  { to: '/matching/shortage', labelKey: 'matching.nav.shortage', permission: 'shortage.read' },
  { to: '/matching/fairness', labelKey: 'matching.nav.fairness', permission: 'fairness.read' },
];

/** Every skills-matching page shares this navigation: candidates, pipeline, training, vacancies, shortage, fairness. */
export function MatchingLayout() {
  return (
    <>
      <SectionNav labelKey="matching.nav.label" sections={sections} />
      <Outlet />
    </>
  );
}
