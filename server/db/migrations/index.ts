import type { Migration } from 'kysely/migration';
import * as foundation from './2026-11-22-0001-foundation';
import * as assetGraph from './2026-11-22-0002-asset-graph';
import * as supplyCounts from './2026-11-22-0003-supply-counts';
import * as imports from './2026-11-22-0004-imports';
import * as research from './2026-11-22-0005-research';
import * as matching from './2026-11-22-0006-matching';
import * as jobsAndMail from './2026-11-22-0007-jobs-and-mail';
import * as coordination from './2026-11-22-0008-coordination';
import * as training from './2026-11-22-0009-training';
import * as employersAndMatches from './2026-11-22-0010-employers-and-matches';
import * as pipeline from './2026-11-22-0011-pipeline';
import * as researchers from './2026-11-22-0012-researchers';
import * as researchFindings from './2026-11-22-0014-research-findings';
import * as referralsAndRoundups from './2026-11-22-0015-referrals-and-roundups';
import * as enterprises from './2026-11-22-0016-enterprises';
import * as startupsMentorsEvents from './2026-11-22-0017-startups-mentors-events';
import * as contractsAndAwards from './2026-11-22-0018-contracts-and-awards';
import * as impact from './2026-11-22-0019-impact';
import * as candidateMergeAvailabilityReminders from './2026-11-22-0020-candidate-merge-availability-reminders';
import * as oneConsentStore from './2026-11-22-0021-one-consent-store';
import * as matchingFeatures from './2026-11-22-0023-matching-features';
import * as matchingRoleFeatures from './2026-11-22-0025-matching-role-features';
import * as cohortEndAndLead from './2026-11-22-0027-cohort-end-and-lead';
import * as impactPlanStatus from './2026-11-22-0028-impact-plan-status';
import * as submissionLz4 from './2026-11-22-0029-submission-lz4';
import * as submissionAnswersOnce from './2026-11-22-0030-submission-answers-once';

/** Every migration, in order. Names are date-prefixed and never change once released. */
export const migrations: Record<string, Migration> = {
  '2026-11-22-0001-foundation': foundation,
  '2026-11-22-0002-asset-graph': assetGraph,
  '2026-11-22-0003-supply-counts': supplyCounts,
  '2026-11-22-0004-imports': imports,
  '2026-11-22-0005-research': research,
  '2026-11-22-0006-matching': matching,
  '2026-11-22-0007-jobs-and-mail': jobsAndMail,
  '2026-11-22-0008-coordination': coordination,
  '2026-11-22-0009-training': training,
  '2026-11-22-0010-employers-and-matches': employersAndMatches,
  '2026-11-22-0011-pipeline': pipeline,
  '2026-11-22-0012-researchers': researchers,
  '2026-11-22-0014-research-findings': researchFindings,
  '2026-11-22-0015-referrals-and-roundups': referralsAndRoundups,
  '2026-11-22-0016-enterprises': enterprises,
  '2026-11-22-0017-startups-mentors-events': startupsMentorsEvents,
  '2026-11-22-0018-contracts-and-awards': contractsAndAwards,
  '2026-11-22-0019-impact': impact,
  '2026-11-22-0020-candidate-merge-availability-reminders': candidateMergeAvailabilityReminders,
  '2026-11-22-0021-one-consent-store': oneConsentStore,
  '2026-11-22-0023-matching-features': matchingFeatures,
  '2026-11-22-0025-matching-role-features': matchingRoleFeatures,
  '2026-11-22-0027-cohort-end-and-lead': cohortEndAndLead,
  '2026-11-22-0028-impact-plan-status': impactPlanStatus,
  '2026-11-22-0029-submission-lz4': submissionLz4,
  '2026-11-22-0030-submission-answers-once': submissionAnswersOnce,
};
