import { lazy, Suspense } from 'react';
import { PageLoader } from '../../../components/PageLoader';

// The funnel draws with Observable Plot (d3 underneath): it loads on first visit only.
const Funnel = lazy(() => import('./FunnelPage').then((m) => ({ default: m.FunnelPage })));

export function LazyFunnelPage() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Funnel />
    </Suspense>
  );
}
