import { createBrowserRouter } from 'react-router';
import { ComingSoonPage } from '../components/ComingSoonPage';
import { NotFoundPage } from '../components/NotFoundPage';
import { RequirePermission } from '../components/RequirePermission';
import { AuditPage } from '../features/audit/components/AuditPage';
import { SignInPage } from '../features/auth/components/SignInPage';
import { DashboardPage } from '../features/dashboard/components/DashboardPage';
import { PartnersPage } from '../features/partners/components/PartnersPage';
import { ProfilePage } from '../features/profile/components/ProfilePage';
import { UsersPage } from '../features/users/components/UsersPage';
import { PublicLayout } from './layout/PublicLayout';
import { RouteError } from './layout/RouteError';
import { SignedInLayout } from './layout/SignedInLayout';

/** Paths are stable: the browser tests and bookmarks rely on them. */
export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicLayout />,
        children: [{ path: '/sign-in', element: <SignInPage /> }],
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
          { path: 'assets', element: <ComingSoonPage module="assets" /> },
          { path: 'research', element: <ComingSoonPage module="research" /> },
          { path: 'matching', element: <ComingSoonPage module="matching" /> },
          { path: 'enterprises', element: <ComingSoonPage module="enterprises" /> },
          { path: 'partnership', element: <ComingSoonPage module="partnership" /> },
          { path: 'impact', element: <ComingSoonPage module="impact" /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
