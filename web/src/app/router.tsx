import type { ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { NotFoundPage } from '../components/NotFoundPage';
import { RequirePermission } from '../components/RequirePermission';
import { AreaPage } from '../features/areas/components/AreaPage';
import { AuditPage } from '../features/audit/components/AuditPage';
import { SignInPage } from '../features/auth/components/SignInPage';
import { DashboardPage } from '../features/dashboard/components/DashboardPage';
import { DuplicatesPage } from '../features/duplicates/components/DuplicatesPage';
import { GapsPage } from '../features/gaps/components/GapsPage';
import { ImportPage } from '../features/imports/components/ImportPage';
import { MacroAssetPage } from '../features/macro-assets/components/MacroAssetPage';
import { MacroAssetsPage } from '../features/macro-assets/components/MacroAssetsPage';
import { CandidateFormPage } from '../features/matching/components/CandidateFormPage';
import { CandidatePage } from '../features/matching/components/CandidatePage';
import { FairnessPage } from '../features/matching/components/FairnessPage';
import { MatchingHome } from '../features/matching/components/MatchingHome';
import { MatchingLayout } from '../features/matching/components/MatchingLayout';
import { PipelinePage } from '../features/matching/components/PipelinePage';
import { SelfReferralPage } from '../features/matching/components/SelfReferralPage';
import { CandidateDuplicates } from '../features/matching-duplicates/components/CandidateDuplicates';
import { ComparePage } from '../features/matching-duplicates/components/ComparePage';
import { CandidateDuplicatesPage } from '../features/matching-duplicates/components/CandidateDuplicatesPage';
import { CandidateVacancies } from '../features/matching-employers/components/CandidateVacancies';
import { NewVacancyPage } from '../features/matching-employers/components/NewVacancyPage';
import { ShortagePage } from '../features/matching-employers/components/ShortagePage';
import { VacanciesPage } from '../features/matching-employers/components/VacanciesPage';
import { VacancyPage } from '../features/matching-employers/components/VacancyPage';
import { CohortPage } from '../features/matching-training/components/CohortPage';
import { PositionPage } from '../features/matching-training/components/PositionPage';
import { ProgrammePage } from '../features/matching-training/components/ProgrammePage';
import { TrainingPage } from '../features/matching-training/components/TrainingPage';
import { MapPage } from '../features/map/components/MapPage';
import { EditMicroAssetPage, NewMicroAssetPage } from '../features/micro-assets/components/MicroAssetFormPage';
import { MicroAssetPage } from '../features/micro-assets/components/MicroAssetPage';
import { MicroAssetsPage } from '../features/micro-assets/components/MicroAssetsPage';
import { OpportunitiesPage } from '../features/opportunities/components/OpportunitiesPage';
import { EditOpportunityPage, NewOpportunityPage } from '../features/opportunities/components/OpportunityFormPage';
import { OpportunityPage } from '../features/opportunities/components/OpportunityPage';
import { MeetingPage } from '../features/partnership/components/MeetingPage';
import { MeetingsPage } from '../features/partnership/components/MeetingsPage';
import { NewMeetingPage } from '../features/partnership/components/NewMeetingPage';
import { NewTaskPage } from '../features/partnership/components/NewTaskPage';
import { EnterprisesLayout } from '../features/enterprises/components/EnterprisesLayout';
import { ContractPage } from '../features/enterprises-contracts/components/ContractPage';
import { EditContractPage, NewContractPage } from '../features/enterprises-contracts/components/ContractFormPage';
import { ContractsPage } from '../features/enterprises-contracts/components/ContractsPage';
import { LedgerPage } from '../features/enterprises-contracts/components/LedgerPage';
import { MeasuresPage } from '../features/enterprises-contracts/components/MeasuresPage';
import { ChangesPage } from '../features/enterprises/components/ChangesPage';
import { ConsortiaPage } from '../features/enterprises/components/ConsortiaPage';
import { ConsortiumPage } from '../features/enterprises/components/ConsortiumPage';
import { EnterprisePage } from '../features/enterprises/components/EnterprisePage';
import { EnterprisesPage } from '../features/enterprises/components/EnterprisesPage';
import { GuidePage } from '../features/enterprises/components/GuidePage';
import { LeadsPage } from '../features/enterprises/components/LeadsPage';
import { NewEnterprisePage } from '../features/enterprises/components/NewEnterprisePage';
import { PublicDirectoryPage } from '../features/enterprises/components/PublicDirectoryPage';
import { StatisticsPage } from '../features/enterprises/components/StatisticsPage';
import { CalendarPage } from '../features/enterprises-startups/components/CalendarPage';
import { CohortPage as StartupCohortPage } from '../features/enterprises-startups/components/CohortPage';
import { EventPage } from '../features/enterprises-startups/components/EventPage';
import { MentorPage } from '../features/enterprises-startups/components/MentorPage';
import { MentorsPage } from '../features/enterprises-startups/components/MentorsPage';
import { NetworkPage } from '../features/enterprises-startups/components/NetworkPage';
import { RelationshipPage } from '../features/enterprises-startups/components/RelationshipPage';
import { StartupPage } from '../features/enterprises-startups/components/StartupPage';
import { StartupsPage } from '../features/enterprises-startups/components/StartupsPage';
import { PartnershipLayout } from '../features/partnership/components/PartnershipLayout';
import { TaskBoard } from '../features/partnership/components/TaskBoard';
import { TaskPage } from '../features/partnership/components/TaskPage';
import { TasksPage } from '../features/partnership/components/TasksPage';
import { ActivityPage } from '../features/partnership/components/ActivityPage';
import { NewReferralPage } from '../features/partnership/components/NewReferralPage';
import { ReferralPage } from '../features/partnership/components/ReferralPage';
import { ReferralsPage } from '../features/partnership/components/ReferralsPage';
import { ResidentConsentsPage } from '../features/partnership/components/ResidentConsentsPage';
import { BodiesPage } from '../features/partnership/components/BodiesPage';
import { BodyPage } from '../features/partnership/components/BodyPage';
import { ChampionPage } from '../features/partnership/components/ChampionPage';
import { ChampionsPage } from '../features/partnership/components/ChampionsPage';
import { StoriesPage } from '../features/partnership/components/StoriesPage';
import { StoryFormPage } from '../features/partnership/components/StoryFormPage';
import { StoryPage } from '../features/partnership/components/StoryPage';
import { WorkPackagePage } from '../features/partnership/components/WorkPackagePage';
import { WorkPackagesPage } from '../features/partnership/components/WorkPackagesPage';
import { RoundupPage } from '../features/partnership/components/RoundupPage';
import { RoundupsPage } from '../features/partnership/components/RoundupsPage';
import { PartnersPage } from '../features/partners/components/PartnersPage';
import { ProfilePage } from '../features/profile/components/ProfilePage';
import { DeviceTokenPage } from '../features/research/components/DeviceTokenPage';
import { FormPage } from '../features/research/components/FormPage';
import { FormsPage } from '../features/research/components/FormsPage';
import { ImportFormPage } from '../features/research/components/ImportFormPage';
import { LazyCollectPage, LazyFillFormPage } from '../features/research/components/lazyPages';
import { LazyFindingsMapPage, LazyMonitoringPage } from '../features/research-findings/components/lazyPages';
import { ResearchLayout } from '../features/research/components/ResearchLayout';
import { ResponsesPage } from '../features/research/components/ResponsesPage';
import { CohortPage as ResearchCohortPage } from '../features/research-programme/components/CohortPage';
import { CohortsPage as ResearchCohortsPage } from '../features/research-programme/components/CohortsPage';
import { CommunityReportsPage } from '../features/research-programme/components/CommunityReportsPage';
import { InterviewPage } from '../features/research-programme/components/InterviewPage';
import { InterviewsPage } from '../features/research-programme/components/InterviewsPage';
import { LazyFunnelPage } from '../features/research-programme/components/lazyPages';
import { ImpactLayout } from '../features/impact/components/ImpactLayout';
import {
  LazyImpactAreasPage,
  LazyImpactOverviewPage,
  LazyIndicatorEditPage,
  LazyIndicatorPage,
} from '../features/impact/components/lazyPages';
import { OpenDataPage } from '../features/impact/components/OpenDataPage';
import { PlanPage } from '../features/impact/components/PlanPage';
import { PlansPage } from '../features/impact/components/PlansPage';
import { NewInterviewPage } from '../features/research-programme/components/NewInterviewPage';
import { NewReportPage } from '../features/research-programme/components/NewReportPage';
import { RecruitmentPage } from '../features/research-programme/components/RecruitmentPage';
import { ResearcherPage } from '../features/research-programme/components/ResearcherPage';
import { ResearchersPage } from '../features/research-programme/components/ResearchersPage';
import { ThemesPage } from '../features/research-programme/components/ThemesPage';
import { SearchPage } from '../features/search/components/SearchPage';
import { UsersPage } from '../features/users/components/UsersPage';
import { AssetsLayout } from './layout/AssetsLayout';
import { PublicLayout } from './layout/PublicLayout';
import { RouteError } from './layout/RouteError';
import { SignedInLayout } from './layout/SignedInLayout';

const guard = (permission: string, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

/** Paths are stable: the browser tests and bookmarks rely on them. */
export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: '/sign-in', element: <SignInPage /> },
          { path: '/refer/:partner', element: <SelfReferralPage /> },
          { path: '/guide', element: <GuidePage /> },
          { path: '/directory', element: <PublicDirectoryPage /> },
          { path: '/directory/statistics', element: <StatisticsPage /> },
          { path: '/training/position/:token', element: <PositionPage /> },
        ],
      },
      {
        element: <SignedInLayout />,
        children: [
          { index: true, element: <DashboardPage /> },
          { path: 'profile', element: <ProfilePage /> },
          {
            path: 'partners',
            element: (
              <RequirePermission permission="partners.list">
                <PartnersPage />
              </RequirePermission>
            ),
          },
          {
            path: 'admin/users',
            element: (
              <RequirePermission permission="users.list">
                <UsersPage />
              </RequirePermission>
            ),
          },
          {
            path: 'admin/audit',
            element: (
              <RequirePermission permission="audit.list">
                <AuditPage />
              </RequirePermission>
            ),
          },
          {
            path: 'assets',
            element: <AssetsLayout />,
            children: [
              { index: true, element: guard('macro-assets.list', <MacroAssetsPage />) },
              { path: 'macro-assets', element: <Navigate to="/assets" replace /> },
              { path: 'macro-assets/:id', element: guard('macro-assets.read', <MacroAssetPage />) },
              { path: 'opportunities', element: guard('opportunities.list', <OpportunitiesPage />) },
              { path: 'opportunities/new', element: guard('opportunities.create', <NewOpportunityPage />) },
              { path: 'opportunities/:id', element: guard('opportunities.read', <OpportunityPage />) },
              { path: 'opportunities/:id/edit', element: guard('opportunities.update', <EditOpportunityPage />) },
              { path: 'micro-assets', element: guard('micro-assets.list', <MicroAssetsPage />) },
              { path: 'micro-assets/new', element: guard('micro-assets.create', <NewMicroAssetPage />) },
              { path: 'micro-assets/:id', element: guard('micro-assets.read', <MicroAssetPage />) },
              { path: 'micro-assets/:id/edit', element: guard('micro-assets.update', <EditMicroAssetPage />) },
              { path: 'areas/:slug', element: guard('map.read', <AreaPage />) },
              { path: 'duplicates', element: guard('duplicates.list', <DuplicatesPage />) },
              { path: 'map', element: guard('map.read', <MapPage />) },
              { path: 'gaps', element: guard('gaps.read', <GapsPage />) },
              { path: 'import', element: guard('exports.run', <ImportPage />) },
            ],
          },
          { path: 'search', element: guard('search.read', <SearchPage />) },
          {
            path: 'research',
            element: <ResearchLayout />,
            children: [
              { index: true, element: guard('research.forms.list', <FormsPage />) },
              { path: 'forms', element: <Navigate to="/research" replace /> },
              { path: 'forms/import', element: guard('research.forms.manage', <ImportFormPage />) },
              { path: 'forms/:id', element: guard('research.forms.read', <FormPage />) },
              { path: 'collect', element: guard('research.submissions.create', <LazyCollectPage />) },
              { path: 'collect/:id', element: guard('research.submissions.create', <LazyFillFormPage />) },
              { path: 'responses', element: guard('research.submissions.list', <ResponsesPage />) },
              { path: 'device', element: guard('research.device-tokens.manage', <DeviceTokenPage />) },
              { path: 'researchers', element: guard('research.researchers.list', <ResearchersPage />) },
              { path: 'researchers/cohorts', element: guard('research.cohorts.list', <ResearchCohortsPage />) },
              { path: 'researchers/cohorts/:id', element: guard('research.cohorts.list', <ResearchCohortPage />) },
              { path: 'researchers/recruitment', element: guard('research.recruitment.list', <RecruitmentPage />) },
              { path: 'researchers/funnel', element: guard('research.funnel.read', <LazyFunnelPage />) },
              {
                path: 'researchers/reports',
                element: guard('research.community-reports.list', <CommunityReportsPage />),
              },
              {
                path: 'researchers/reports/new',
                element: guard('research.community-reports.create', <NewReportPage />),
              },
              { path: 'researchers/:id', element: guard('research.researchers.read', <ResearcherPage />) },
              { path: 'interviews', element: guard('research.interviews.list', <InterviewsPage />) },
              { path: 'interviews/new', element: guard('research.interviews.write', <NewInterviewPage />) },
              { path: 'interviews/themes', element: guard('research.themes.read', <ThemesPage />) },
              { path: 'interviews/:id', element: guard('research.interviews.read', <InterviewPage />) },
              { path: 'monitoring', element: guard('research.monitoring.read', <LazyMonitoringPage />) },
              { path: 'forms/:id/findings', element: guard('research.findings.read', <LazyFindingsMapPage />) },
            ],
          },
          {
            path: 'matching',
            element: <MatchingLayout />,
            children: [
              { index: true, element: <MatchingHome /> },
              { path: 'candidates/new', element: guard('candidates.create', <CandidateFormPage />) },
              {
                path: 'candidates/:id',
                element: guard(
                  'candidates.read',
                  <CandidatePage
                    more={(id) => (
                      <>
                        <CandidateDuplicates candidateId={id} />
                        <CandidateVacancies candidateId={id} />
                      </>
                    )}
                  />,
                ),
              },
              { path: 'pipeline', element: guard('pipeline.list', <PipelinePage />) },
              { path: 'duplicates', element: guard('candidates.duplicates', <CandidateDuplicatesPage />) },
              { path: 'candidates/:id/compare/:other', element: guard('candidates.duplicates', <ComparePage />) },
              { path: 'fairness', element: guard('fairness.read', <FairnessPage />) },
              { path: 'training', element: guard('training.read', <TrainingPage />) },
              { path: 'training/cohorts/:id', element: guard('training.read', <CohortPage />) },
              { path: 'training/:slug', element: guard('training.read', <ProgrammePage />) },
              { path: 'vacancies', element: guard('vacancies.list', <VacanciesPage />) },
              { path: 'vacancies/new', element: guard('vacancies.create', <NewVacancyPage />) },
              { path: 'vacancies/:id', element: guard('vacancies.read', <VacancyPage />) },
              { path: 'shortage', element: guard('shortage.read', <ShortagePage />) },
            ],
          },
          {
            path: 'enterprises',
            element: <EnterprisesLayout />,
            children: [
              { index: true, element: guard('enterprises.list', <EnterprisesPage />) },
              { path: 'new', element: guard('enterprises.create', <NewEnterprisePage />) },
              { path: 'e/:id', element: guard('enterprises.read', <EnterprisePage />) },
              { path: 'changes', element: guard('enterprises.approve', <ChangesPage />) },
              { path: 'leads', element: guard('guide.leads.list', <LeadsPage />) },
              { path: 'consortia', element: guard('consortia.list', <ConsortiaPage />) },
              { path: 'consortia/:id', element: guard('consortia.read', <ConsortiumPage />) },
              { path: 'startups', element: guard('startups.list', <StartupsPage />) },
              { path: 'startups/cohorts/:id', element: guard('startups.read', <StartupCohortPage />) },
              { path: 'startups/s/:id', element: guard('startups.read', <StartupPage />) },
              { path: 'mentors', element: guard('mentors.list', <MentorsPage />) },
              { path: 'mentors/:id', element: guard('mentors.list', <MentorPage />) },
              { path: 'mentoring/:id', element: guard('mentoring.read', <RelationshipPage />) },
              { path: 'network', element: guard('network.list', <NetworkPage />) },
              { path: 'events', element: guard('calendar.list', <CalendarPage />) },
              { path: 'events/:id', element: guard('calendar.list', <EventPage />) },
              { path: 'statistics', element: guard('enterprises.list', <StatisticsPage />) },
              { path: 'contracts', element: guard('contracts.list', <ContractsPage />) },
              { path: 'contracts/new', element: guard('contracts.create', <NewContractPage />) },
              { path: 'contracts/:id', element: guard('contracts.read', <ContractPage />) },
              { path: 'contracts/:id/edit', element: guard('contracts.update', <EditContractPage />) },
              { path: 'ledger', element: guard('ledger.read', <LedgerPage />) },
              { path: 'social-value', element: guard('social-value.list', <MeasuresPage />) },
            ],
          },
          {
            path: 'partnership',
            element: <PartnershipLayout />,
            children: [
              { index: true, element: guard('tasks.list', <TasksPage />) },
              { path: 'my-tasks', element: guard('tasks.list', <TasksPage key="mine" mine />) },
              { path: 'board', element: guard('tasks.list', <TaskBoard />) },
              { path: 'tasks/new', element: guard('tasks.create', <NewTaskPage />) },
              { path: 'tasks/:id', element: guard('tasks.read', <TaskPage />) },
              { path: 'meetings', element: guard('meetings.list', <MeetingsPage />) },
              { path: 'meetings/new', element: guard('meetings.manage', <NewMeetingPage />) },
              { path: 'meetings/:id', element: guard('meetings.read', <MeetingPage />) },
              { path: 'referrals', element: guard('referrals.list', <ReferralsPage />) },
              { path: 'referrals/new', element: guard('referrals.create', <NewReferralPage />) },
              { path: 'referrals/:id', element: guard('referrals.read', <ReferralPage />) },
              { path: 'work-packages', element: guard('work-packages.list', <WorkPackagesPage />) },
              { path: 'work-packages/:slug', element: guard('work-packages.read', <WorkPackagePage />) },
              { path: 'bodies', element: guard('governance-bodies.list', <BodiesPage />) },
              { path: 'bodies/:slug', element: guard('governance-bodies.read', <BodyPage />) },
              { path: 'stories', element: guard('stories.list', <StoriesPage />) },
              { path: 'stories/new', element: guard('stories.manage', <StoryFormPage />) },
              { path: 'stories/:id', element: guard('stories.list', <StoryPage />) },
              { path: 'stories/:id/edit', element: guard('stories.manage', <StoryFormPage />) },
              { path: 'champions', element: guard('champions.list', <ChampionsPage />) },
              { path: 'champions/:id', element: guard('champions.list', <ChampionPage />) },
              {
                path: 'residents/:resident/consents',
                element: guard('residents.consents.read', <ResidentConsentsPage />),
              },
              { path: 'activity', element: guard('activity.list', <ActivityPage />) },
              { path: 'roundups', element: guard('roundups.list', <RoundupsPage />) },
              { path: 'roundups/:id', element: guard('roundups.list', <RoundupPage />) },
            ],
          },
          {
            path: 'impact',
            element: guard('impact.read', <ImpactLayout />),
            children: [
              { index: true, element: <LazyImpactOverviewPage /> },
              { path: 'indicators/:code', element: <LazyIndicatorPage /> },
              { path: 'indicators/:code/edit', element: guard('impact.manage', <LazyIndicatorEditPage />) },
              { path: 'areas', element: <LazyImpactAreasPage /> },
              { path: 'open-data', element: <OpenDataPage /> },
              { path: 'plans', element: guard('impact.plans.manage', <PlansPage />) },
              { path: 'plans/:id', element: guard('impact.plans.manage', <PlanPage />) },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
