/**
 * The micro-asset form's values, its checks (the server's own rules, so most mistakes are caught before sending)
 * and the request bodies it produces. Pure: unit-tested without a browser.
 */
import { placeProblems, type FieldProblem, type PlacedProblems } from '../../../lib/problems';
import { microAssetKinds, type MicroAsset } from '../api/microAssets';

export type OccupationValue = { code: string; label: string };

export type FormValues = {
  category: string;
  kind: string;
  name: string;
  description: string;
  occupation: OccupationValue | null;
  ownerType: string;
  ownerResident: string;
  ownerPartner: string;
  ownerArea: string;
  area: string;
  lat: string;
  lng: string;
  provenance: string;
  sourceRef: string;
  visibility: string;
  sensitive: boolean;
};

export type FieldName = keyof FormValues;

/** A client-side problem, named by its translation key under microAssetForm.errors. */
export type ErrorCode = 'required' | 'tooLong' | 'kind' | 'latLngPair' | 'lat' | 'lng';

export const emptyValues: FormValues = {
  category: 'community',
  kind: 'group',
  name: '',
  description: '',
  occupation: null,
  ownerType: 'partner',
  ownerResident: '',
  ownerPartner: '',
  ownerArea: '',
  area: '',
  lat: '',
  lng: '',
  provenance: 'partner_report',
  sourceRef: '',
  visibility: 'partners',
  sensitive: false,
};

export function valuesFromMicroAsset(a: MicroAsset): FormValues {
  return {
    category: a.category,
    kind: a.kind,
    name: a.name,
    description: a.description ?? '',
    occupation: a.occupation ? { code: a.occupation.code, label: a.occupation.label } : null,
    ownerType: a.owner.type,
    ownerResident: a.owner.resident?.reference ?? '',
    ownerPartner: a.owner.partner?.slug ?? '',
    ownerArea: a.owner.area?.slug ?? '',
    area: a.area?.slug ?? '',
    lat: a.location ? String(a.location.lat) : '',
    lng: a.location ? String(a.location.lng) : '',
    provenance: a.provenance,
    sourceRef: a.sourceRef ?? '',
    visibility: a.visibility,
    sensitive: a.sensitive,
  };
}

/** The first kind of a category: what the kind becomes when the category changes under it. */
export function kindFor(category: string, kind: string): string {
  const kinds = microAssetKinds[category] ?? [];
  return kinds.includes(kind) ? kind : (kinds[0] ?? '');
}

function numberIn(text: string, min: number, max: number): boolean {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) && value >= min && value <= max;
}

/** Checks before sending. Whether a resident's asset may have a location is the server's to say. */
export function validate(values: FormValues, creating: boolean): Partial<Record<FieldName, ErrorCode>> {
  const errors: Partial<Record<FieldName, ErrorCode>> = {};
  const name = values.name.trim();
  if (!name) errors.name = 'required';
  else if (name.length > 200) errors.name = 'tooLong';
  if (values.description.length > 5000) errors.description = 'tooLong';
  if (!(microAssetKinds[values.category] ?? []).includes(values.kind)) errors.kind = 'kind';
  if (values.sourceRef.trim().length > 500) errors.sourceRef = 'tooLong';
  if (creating) {
    if (values.ownerType === 'resident' && !values.ownerResident.trim()) errors.ownerResident = 'required';
    if (values.ownerType === 'partner' && !values.ownerPartner) errors.ownerPartner = 'required';
    if (values.ownerType === 'area' && !values.ownerArea) errors.ownerArea = 'required';
  }
  const lat = values.lat.trim();
  const lng = values.lng.trim();
  if ((lat === '') !== (lng === '')) errors[lat ? 'lng' : 'lat'] = 'latLngPair';
  else if (lat) {
    if (!numberIn(lat, -90, 90)) errors.lat = 'lat';
    if (!numberIn(lng, -180, 180)) errors.lng = 'lng';
  }
  return errors;
}

/** The fields both POST and PATCH take, as the API wants them; empty optional fields become null. */
function commonBody(values: FormValues): Record<string, unknown> {
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
  const resident = values.ownerType === 'resident';
  return {
    category: values.category,
    kind: values.kind,
    name: values.name.trim(),
    description: values.description.trim(),
    occupationCode: values.occupation?.code ?? null,
    // An area's asset lies in that area: the server takes it from the owner.
    area: values.ownerType === 'area' ? undefined : orNull(values.area),
    location: values.lat.trim() && values.lng.trim() ? { lat: Number(values.lat), lng: Number(values.lng) } : null,
    provenance: values.provenance,
    sourceRef: orNull(values.sourceRef),
    visibility: resident ? 'private' : values.visibility,
    sensitive: values.sensitive,
  };
}

function ownerBody(values: FormValues): Record<string, string> {
  if (values.ownerType === 'resident') return { type: 'resident', resident: values.ownerResident.trim() };
  if (values.ownerType === 'area') return { type: 'area', area: values.ownerArea };
  return { type: 'partner', partner: values.ownerPartner };
}

/** POST: empty optional fields are left out so the server's defaults apply. */
export function createBody(values: FormValues): Record<string, unknown> {
  const body = Object.entries(commonBody(values)).filter(([, value]) => value !== null && value !== undefined);
  return { ...Object.fromEntries(body), owner: ownerBody(values) };
}

/** PATCH: only what changed since the form was loaded (null clears a field), with the copy it was loaded from. */
export function updateBody(initial: FormValues, values: FormValues, updatedAt: string): Record<string, unknown> {
  const before = commonBody(initial);
  const after = commonBody(values);
  const changed = Object.entries(after).filter(
    ([key, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(before[key]),
  );
  return { updatedAt, ...Object.fromEntries(changed) };
}

const direct = new Set<string>(['category', 'kind', 'name', 'description', 'area', 'provenance', 'sourceRef']);
const renamed: Record<string, FieldName> = { occupationCode: 'occupation', visibility: 'visibility' };

function fieldOf(name: string | undefined, sub: string | undefined): FieldName | undefined {
  if (!name) return undefined;
  if (name === 'location') return sub === 'lng' ? 'lng' : 'lat';
  if (name === 'owner') {
    if (sub === 'resident') return 'ownerResident';
    if (sub === 'partner') return 'ownerPartner';
    if (sub === 'area') return 'ownerArea';
    return 'ownerType';
  }
  if (name === 'sensitive') return 'sensitive';
  if (direct.has(name)) return name as FieldName;
  return renamed[name];
}

/**
 * The server's field errors (problem+json errors[].path such as "body.location", "body.owner.resident" or
 * "body.kind") placed on the form field they belong to; the rest are returned for a general message.
 */
export function serverFieldErrors(errors: readonly FieldProblem[]): PlacedProblems<FieldName> {
  return placeProblems(errors, ([name, sub]) => fieldOf(name, sub));
}

/** A source reference that is a web address opens it; others (such as "questionnaire/GI-0024") are shown as text. */
export function sourceHref(sourceRef: string | null | undefined): string | null {
  if (!sourceRef) return null;
  try {
    const url = new URL(sourceRef);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
