import { Outlet } from 'react-router';
import { SectionNav, type Section } from '../../../components/SectionNav';

const sections: Section[] = [
  {
    to: '/partnership',
    labelKey: 'partnership.nav.tasks',
    permission: 'tasks.list',
    exact: true,
    also: ['/partnership/tasks'],
  },
  { to: '/partnership/board', labelKey: 'partnership.nav.board', permission: 'tasks.list' },
  { to: '/partnership/my-tasks', labelKey: 'partnership.nav.mine', permission: 'tasks.list' },
  { to: '/partnership/meetings', labelKey: 'partnership.nav.meetings', permission: 'meetings.list' },
  { to: '/partnership/referrals', labelKey: 'coordination.nav.referrals', permission: 'referrals.list' },
  { to: '/partnership/activity', labelKey: 'coordination.nav.activity', permission: 'activity.list' },
  { to: '/partnership/roundups', labelKey: 'coordination.nav.roundups', permission: 'roundups.list' },
  { to: '/partnership/work-packages', labelKey: 'coordination.nav.workPackages', permission: 'work-packages.list' },
  { to: '/partnership/bodies', labelKey: 'coordination.nav.bodies', permission: 'governance-bodies.list' },
  { to: '/partnership/stories', labelKey: 'coordination.nav.stories', permission: 'stories.list' },
  { to: '/partnership/champions', labelKey: 'coordination.nav.champions', permission: 'champions.list' },
];

/**
 * Every partnership page shares its sub-navigation: tasks, the board, my tasks, meetings, referrals, activity,
 * round-ups, work packages, governance bodies, the story library and champions.
 */
export function PartnershipLayout() {
  return (
    <>
      <SectionNav labelKey="partnership.nav.label" sections={sections} />
      <Outlet />
    </>
  );
}
