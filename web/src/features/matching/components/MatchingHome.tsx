import { Navigate } from 'react-router';
import { ForbiddenPage } from '../../../components/ForbiddenPage';
import { can, useSignedInUser } from '../../../lib/session';
import { CandidatesPage } from './CandidatesPage';

/**
 * /matching: caseworkers land on their candidates; an employer's user (who sees no candidate records) lands on
 * the employer's vacancies instead of a "not allowed" page.
 */
export function MatchingHome() {
  const user = useSignedInUser();
  if (can(user, 'candidates.list')) return <CandidatesPage />;
  if (can(user, 'vacancies.list')) return <Navigate to="/matching/vacancies" replace />;
  return <ForbiddenPage />;
}
