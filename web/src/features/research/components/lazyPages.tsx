import { lazy, Suspense } from 'react';
import { PageLoader } from '../../../components/PageLoader';
import { useOfflineWarmup } from '../offline/warmup';

// The field pages bring IndexedDB storage (Dexie) and, when a form opens, ODK's XForm engine: they load on
// first visit (and are precached by the service worker) so other pages do not carry them.
const Collect = lazy(() => import('./CollectPage').then((m) => ({ default: m.CollectPage })));
const Fill = lazy(() => import('./FillFormPage').then((m) => ({ default: m.FillFormPage })));

export function LazyCollectPage() {
  useOfflineWarmup();
  return (
    <Suspense fallback={<PageLoader />}>
      <Collect />
    </Suspense>
  );
}

export function LazyFillFormPage() {
  useOfflineWarmup();
  return (
    <Suspense fallback={<PageLoader />}>
      <Fill />
    </Suspense>
  );
}
