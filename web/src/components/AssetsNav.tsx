import { SectionNav, type Section } from './SectionNav';

/** The sections of "Assets & map"; a section is shown only to users who may read it. */
export const assetSections: Section[] = [
  {
    to: '/assets',
    labelKey: 'assets.nav.macroAssets',
    permission: 'macro-assets.list',
    exact: true,
    also: ['/assets/macro-assets'],
  },
  { to: '/assets/opportunities', labelKey: 'assets.nav.opportunities', permission: 'opportunities.list' },
  { to: '/assets/micro-assets', labelKey: 'assets.nav.microAssets', permission: 'micro-assets.list' },
  { to: '/assets/map', labelKey: 'assets.nav.map', permission: 'map.read' },
  { to: '/assets/gaps', labelKey: 'assets.nav.gaps', permission: 'gaps.read' },
  { to: '/assets/duplicates', labelKey: 'assets.nav.duplicates', permission: 'duplicates.list' },
  { to: '/assets/import', labelKey: 'imports.nav', permission: 'exports.run' },
];

/** Sub-navigation drawn above every assets page. */
export function AssetsNav() {
  return <SectionNav labelKey="assets.nav.label" sections={assetSections} />;
}
