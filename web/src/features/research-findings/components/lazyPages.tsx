import { lazy, Suspense } from 'react';
import { PageLoader } from '../../../components/PageLoader';

// Monitoring draws its charts with Observable Plot (d3 underneath): it loads on first visit only.
const Monitoring = lazy(() => import('./MonitoringPage').then((m) => ({ default: m.MonitoringPage })));
const FindingsMap = lazy(() => import('./FindingsMapPage').then((m) => ({ default: m.FindingsMapPage })));

export function LazyMonitoringPage() {
  return (
    <Suspense fallback={<PageLoader />}>
      <Monitoring />
    </Suspense>
  );
}

export function LazyFindingsMapPage() {
  return (
    <Suspense fallback={<PageLoader />}>
      <FindingsMap />
    </Suspense>
  );
}
