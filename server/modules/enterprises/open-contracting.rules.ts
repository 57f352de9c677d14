/**
 * Open data shapes (pure): awarded grants as 360Giving (JSON and its standard CSV column titles) and contracts as
 * OCDS 1.1 release packages. Field names follow the standards (shared/reference/standards-geography.md §3.2–3.3).
 */

export interface GrantAward {
  awardId: string;
  title: string;
  description: string;
  currency: string;
  amountAwarded: number;
  amountAppliedFor: number | null;
  awardDate: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  recipient: { id: string; name: string };
  funder: { id: string; name: string };
  ward: { name: string; code: string | null } | null;
  grantProgramme: string;
  dateModified: string;
}

export const grantIdPrefix = '360G-useit';

export function to360Giving(g: GrantAward) {
  return {
    id: `${grantIdPrefix}-${g.awardId}`,
    title: g.title.slice(0, 140),
    description: g.description || g.title,
    currency: g.currency,
    amountAwarded: g.amountAwarded,
    ...(g.amountAppliedFor !== null ? { amountAppliedFor: g.amountAppliedFor } : {}),
    awardDate: g.awardDate,
    ...(g.plannedStart || g.plannedEnd
      ? {
          plannedDates: [
            {
              ...(g.plannedStart ? { startDate: g.plannedStart } : {}),
              ...(g.plannedEnd ? { endDate: g.plannedEnd } : {}),
            },
          ],
        }
      : {}),
    recipientOrganization: [{ id: g.recipient.id, name: g.recipient.name }],
    fundingOrganization: [{ id: g.funder.id, name: g.funder.name }],
    ...(g.ward
      ? {
          beneficiaryLocation: [
            { name: g.ward.name, ...(g.ward.code ? { geoCode: g.ward.code, geoCodeType: 'WD' } : {}) },
          ],
        }
      : {}),
    ...(g.grantProgramme ? { grantProgramme: [{ title: g.grantProgramme }] } : {}),
    dateModified: g.dateModified,
    dataSource: 'USE-IT platform',
  };
}

/** 360Giving's flattened CSV column titles, in the standard's order. */
export const grantCsvColumns = [
  'Identifier',
  'Title',
  'Description',
  'Currency',
  'Amount Awarded',
  'Amount Applied For',
  'Award Date',
  'Planned Dates:Start Date',
  'Planned Dates:End Date',
  'Recipient Org:Identifier',
  'Recipient Org:Name',
  'Funding Org:Identifier',
  'Funding Org:Name',
  'Beneficiary Location:Name',
  'Beneficiary Location:Geographic Code',
  'Beneficiary Location:Geographic Code Type',
  'Grant Programme:Title',
  'Last Modified',
  'Data Source',
] as const;

export function grantCsvRow(g: GrantAward): (string | number)[] {
  const j = to360Giving(g);
  return [
    j.id,
    j.title,
    j.description,
    j.currency,
    j.amountAwarded,
    g.amountAppliedFor ?? '',
    j.awardDate,
    g.plannedStart ?? '',
    g.plannedEnd ?? '',
    g.recipient.id,
    g.recipient.name,
    g.funder.id,
    g.funder.name,
    g.ward?.name ?? '',
    g.ward?.code ?? '',
    g.ward?.code ? 'WD' : '',
    g.grantProgramme,
    g.dateModified,
    j.dataSource,
  ];
}

/** One CSV cell: quoted when needed, and text starting like a formula is defused with an apostrophe. */
export function csvCell(v: string | number): string {
  const s = String(v);
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const csvText = (head: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [head, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

export interface ContractRelease {
  ocid: string;
  opportunityId: string;
  version: number;
  updatedAt: string;
  title: string;
  description: string;
  status: string;
  value: number | null;
  currency: string;
  procurementMethod: string;
  mainCategory: string;
  opensOn: string | null;
  closesOn: string | null;
  buyer: { id: string; name: string };
  items: {
    id: string;
    description: string;
    classification?: { scheme: string; id: string; description?: string | undefined } | undefined;
    quantity?: number | undefined;
  }[];
  tenderers: number;
  awards: { id: string; date: string; amount: number; supplier: { id: string; name: string } }[];
}

const tenderStatus: Record<string, string> = {
  draft: 'planning',
  open: 'active',
  closed: 'complete',
  filled: 'complete',
  cancelled: 'cancelled',
};

const period = (start: string | null, end: string | null) =>
  start || end
    ? { ...(start ? { startDate: `${start}T00:00:00Z` } : {}), ...(end ? { endDate: `${end}T23:59:59Z` } : {}) }
    : undefined;

export function toOcdsRelease(c: ContractRelease) {
  const supplierParties = c.awards.map((a) => ({
    id: a.supplier.id,
    name: a.supplier.name,
    roles: ['supplier', 'tenderer'],
  }));
  return {
    ocid: c.ocid,
    id: `${c.ocid}-${c.awards.length ? 'award' : 'tender'}-${c.version}`,
    date: c.updatedAt,
    tag: c.awards.length ? ['tender', 'award'] : ['tender'],
    initiationType: 'tender',
    language: 'en',
    parties: [{ id: c.buyer.id, name: c.buyer.name, roles: ['buyer'] }, ...supplierParties],
    buyer: c.buyer,
    tender: {
      id: `${c.ocid}-tender`,
      title: c.title,
      description: c.description,
      status: tenderStatus[c.status] ?? 'active',
      ...(c.value !== null ? { value: { amount: c.value, currency: c.currency } } : {}),
      procurementMethod: c.procurementMethod,
      mainProcurementCategory: c.mainCategory,
      ...(period(c.opensOn, c.closesOn) ? { tenderPeriod: period(c.opensOn, c.closesOn) } : {}),
      items: c.items,
      numberOfTenderers: c.tenderers,
    },
    awards: c.awards.map((a) => ({
      id: a.id,
      status: 'active',
      date: `${a.date}T00:00:00Z`,
      value: { amount: a.amount, currency: c.currency },
      suppliers: [a.supplier],
    })),
  };
}

export function ocdsPackage(
  releases: readonly ContractRelease[],
  publisher: string,
  uri: string,
  publishedDate: string,
) {
  return {
    uri,
    version: '1.1',
    publishedDate,
    publisher: { name: publisher },
    license: 'https://creativecommons.org/licenses/by/4.0/',
    releases: releases.map(toOcdsRelease),
  };
}
