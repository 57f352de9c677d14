import { lazy, Suspense, type ReactNode } from 'react';
import { PageLoader } from '../../../components/PageLoader';

// The dashboards draw with Observable Plot and Leaflet: they load on first visit only.
const Overview = lazy(() => import('./OverviewPage').then((m) => ({ default: m.OverviewPage })));
const Indicator = lazy(() => import('./IndicatorPage').then((m) => ({ default: m.IndicatorPage })));
const IndicatorEdit = lazy(() => import('./IndicatorEditPage').then((m) => ({ default: m.IndicatorEditPage })));
const Areas = lazy(() => import('./AreasPage').then((m) => ({ default: m.AreasPage })));

const wrap = (page: ReactNode) => <Suspense fallback={<PageLoader />}>{page}</Suspense>;
export const LazyImpactOverviewPage = () => wrap(<Overview />);
export const LazyIndicatorPage = () => wrap(<Indicator />);
export const LazyImpactAreasPage = () => wrap(<Areas />);
export const LazyIndicatorEditPage = () => wrap(<IndicatorEdit />);
