/**
 * The contract-or-grant form's values, its checks (the server's rules, caught before sending), the request body
 * it produces and where the server's field errors go. Pure: unit-tested without a browser.
 */
import { placeProblems, type FieldProblem, type PlacedProblems } from '../../../lib/problems';
import type { EditableContract } from '../api/contractWrite';

export type ContractValues = {
  kind: 'contract' | 'grant';
  title: string;
  description: string;
  status: string;
  macroAsset: string;
  market: string;
  capabilities: string;
  value: string;
  area: string;
  opensOn: string;
  closesOn: string;
  /** contract (OCDS) */
  buyer: string;
  procurementMethod: string;
  mainCategory: string;
  item: string;
  cpv: string;
  /** grant (360Giving): a partner funder, or an outside funder with its org-id */
  funder: string;
  funderName: string;
  funderOrgId: string;
  grantProgramme: string;
  plannedStart: string;
  plannedEnd: string;
};
export type ContractField = keyof ContractValues;
export type ContractProblem = 'required' | 'tooLong' | 'money' | 'date' | 'datesOrder' | 'orgId' | 'cpv' | 'tooMany';

export const emptyContract: ContractValues = {
  kind: 'contract',
  title: '',
  description: '',
  status: 'open',
  macroAsset: '',
  market: '',
  capabilities: '',
  value: '',
  area: '',
  opensOn: '',
  closesOn: '',
  buyer: '',
  procurementMethod: 'open',
  mainCategory: 'services',
  item: '',
  cpv: '',
  funder: '',
  funderName: '',
  funderOrgId: '',
  grantProgramme: '',
  plannedStart: '',
  plannedEnd: '',
};

/** The edit form starts from the server's copy; wards are named by slug in requests, so ids are looked up. */
export function valuesFromContract(c: EditableContract, areaSlugs: Map<string, string>): ContractValues {
  const item = c.contract?.items[0];
  const outside = c.grant && !c.grant.funder.partner;
  return {
    ...emptyContract,
    kind: c.kind,
    title: c.title,
    description: c.description,
    status: c.status,
    macroAsset: c.macroAsset?.id ?? '',
    market: c.market,
    capabilities: c.capabilities.join(', '),
    value: c.value === null ? '' : String(c.value),
    area: c.area ? (areaSlugs.get(c.area.id) ?? '') : '',
    opensOn: c.opensOn ?? '',
    closesOn: c.closesOn ?? '',
    buyer: c.contract?.buyer.id ?? '',
    procurementMethod: c.contract?.procurementMethod ?? 'open',
    mainCategory: c.contract?.mainCategory ?? 'services',
    item: item?.description ?? '',
    cpv: item?.classification?.id ?? '',
    funder: c.grant?.funder.partner?.id ?? '',
    funderName: outside ? c.grant!.funder.name : '',
    funderOrgId: outside ? c.grant!.funder.orgId : '',
    grantProgramme: c.grant?.grantProgramme ?? '',
    plannedStart: c.grant?.plannedStart ?? '',
    plannedEnd: c.grant?.plannedEnd ?? '',
  };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const pounds = /^[0-9]{1,10}(\.[0-9]{1,2})?$/;
const orgId = /^([A-Z]{2}-[A-Za-z0-9]{2,10}|360G-[A-Za-z0-9]{1,20})-[A-Za-z0-9._-]{1,60}$/;

export const capabilityList = (text: string) => [
  ...new Set(
    text
      .split(/[,\n]/)
      .map((c) => c.trim())
      .filter(Boolean),
  ),
];

export function checkContract(v: ContractValues): Partial<Record<ContractField, ContractProblem>> {
  const p: Partial<Record<ContractField, ContractProblem>> = {};
  if (!v.title.trim()) p.title = 'required';
  else if (v.title.trim().length > 140) p.title = 'tooLong';
  if (v.description.length > 5000) p.description = 'tooLong';
  if (!v.market) p.market = 'required';
  const caps = capabilityList(v.capabilities);
  if (caps.length > 20) p.capabilities = 'tooMany';
  else if (caps.some((c) => c.length < 2 || c.length > 60)) p.capabilities = 'tooLong';
  if (v.value.trim() && !pounds.test(v.value.trim().replace(/,/g, ''))) p.value = 'money';
  for (const f of ['opensOn', 'closesOn', 'plannedStart', 'plannedEnd'] as const)
    if (v[f] && !isoDate.test(v[f])) p[f] = 'date';
  if (!p.closesOn && v.opensOn && v.closesOn && v.closesOn < v.opensOn) p.closesOn = 'datesOrder';
  if (v.kind === 'contract' && v.cpv.trim() && !/^[0-9]{8}(-[0-9])?$/.test(v.cpv.trim())) p.cpv = 'cpv';
  if (v.kind === 'contract' && v.cpv.trim() && !v.item.trim()) p.item = 'required';
  if (v.kind === 'grant') {
    if (!p.plannedEnd && v.plannedStart && v.plannedEnd && v.plannedEnd < v.plannedStart) p.plannedEnd = 'datesOrder';
    if (v.funderName.trim() && !v.funderOrgId.trim()) p.funderOrgId = 'required';
    else if (v.funderOrgId.trim() && !orgId.test(v.funderOrgId.trim())) p.funderOrgId = 'orgId';
  }
  return p;
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);
const orUndefined = (s: string) => (s.trim() ? s.trim() : undefined);

/** The request body: POST to publish, or PUT (with the version read) to replace an existing one's form. */
export function contractBody(v: ContractValues, version?: number): Record<string, unknown> {
  const item = v.item.trim()
    ? [{ description: v.item.trim(), ...(v.cpv.trim() ? { classification: { scheme: 'CPV', id: v.cpv.trim() } } : {}) }]
    : [];
  const outside = v.funderName.trim() !== '';
  const body: Record<string, unknown> = {
    kind: v.kind,
    title: v.title.trim(),
    description: v.description.trim(),
    status: v.status,
    macroAsset: orNull(v.macroAsset),
    market: v.market,
    capabilities: capabilityList(v.capabilities),
    value: v.value.trim() ? Number(v.value.trim().replace(/,/g, '')) : null,
    area: orNull(v.area),
    opensOn: orNull(v.opensOn),
    closesOn: orNull(v.closesOn),
    ...(v.kind === 'contract'
      ? {
          contract: {
            buyer: orUndefined(v.buyer),
            procurementMethod: v.procurementMethod,
            mainCategory: v.mainCategory,
            items: item,
          },
        }
      : {
          grant: {
            funder: outside ? undefined : orUndefined(v.funder),
            funderName: outside ? v.funderName.trim() : undefined,
            funderOrgId: orUndefined(v.funderOrgId),
            grantProgramme: orUndefined(v.grantProgramme),
            plannedStart: orNull(v.plannedStart),
            plannedEnd: orNull(v.plannedEnd),
          },
        }),
  };
  return version === undefined ? body : { ...body, version };
}

const nested: Record<string, ContractField> = {
  'contract.buyer': 'buyer',
  'contract.procurementMethod': 'procurementMethod',
  'contract.mainCategory': 'mainCategory',
  'contract.items': 'item',
  'grant.funder': 'funder',
  'grant.funderName': 'funderName',
  'grant.funderOrgId': 'funderOrgId',
  'grant.grantProgramme': 'grantProgramme',
  'grant.plannedStart': 'plannedStart',
  'grant.plannedEnd': 'plannedEnd',
};

/** problem+json errors[].path ("body.market", "body.grant.funderOrgId", "body.contract.items.0.classification.id") */
export function placeServerErrors(errors: readonly FieldProblem[]): PlacedProblems<ContractField> {
  return placeProblems(errors, (segments) => {
    const [first, second] = segments;
    const field =
      first === 'contract' || first === 'grant'
        ? segments.includes('classification')
          ? 'cpv'
          : nested[`${first}.${second}`]
        : first;
    return field && field in emptyContract ? (field as ContractField) : undefined;
  });
}
