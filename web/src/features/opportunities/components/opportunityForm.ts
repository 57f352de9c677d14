/**
 * The opportunity form's values, its checks (the same rules the server applies, so most mistakes are caught
 * before sending) and the request bodies it produces. Pure: unit-tested without a browser.
 */
import { placeProblems, type FieldProblem, type PlacedProblems } from '../../../lib/problems';
import type { Opportunity } from '../api/opportunities';

export type OccupationChoice = { code: string; label: string };

export type FormValues = {
  kind: string;
  title: string;
  description: string;
  partner: string;
  macroAsset: string;
  occupations: OccupationChoice[];
  qualifications: string[];
  englishLevel: string;
  legalGates: string[];
  area: string;
  lat: string;
  lng: string;
  quantity: string;
  value: string;
  opensOn: string;
  closesOn: string;
  status: string;
};

export type FieldName = keyof FormValues;

/** A client-side problem, named by its translation key under opportunityForm.errors. */
export type ErrorCode =
  'required' | 'tooLong' | 'quantity' | 'money' | 'negative' | 'date' | 'datesOrder' | 'latLngPair' | 'lat' | 'lng';

export const emptyValues: FormValues = {
  kind: 'vacancy',
  title: '',
  description: '',
  partner: '',
  macroAsset: '',
  occupations: [],
  qualifications: [],
  englishLevel: '',
  legalGates: [],
  area: '',
  lat: '',
  lng: '',
  quantity: '1',
  value: '',
  opensOn: '',
  closesOn: '',
  status: 'open',
};

export function valuesFromOpportunity(o: Opportunity): FormValues {
  return {
    kind: o.kind,
    title: o.title,
    description: o.description ?? '',
    partner: o.publisher.partner.slug,
    macroAsset: o.publisher.macroAsset?.slug ?? '',
    occupations: o.occupations.map(({ code, label }) => ({ code, label })),
    qualifications: o.qualifications,
    englishLevel: o.englishLevel ?? '',
    legalGates: o.legalGates,
    area: o.area?.slug ?? '',
    lat: o.location ? String(o.location.lat) : '',
    lng: o.location ? String(o.location.lng) : '',
    quantity: o.quantity != null ? String(o.quantity) : '1',
    value: o.value ?? '',
    opensOn: o.opensOn ?? '',
    closesOn: o.closesOn ?? '',
    status: o.status,
  };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const amount = /^[0-9]{1,12}(\.[0-9]{1,2})?$/;

function numberIn(text: string, min: number, max: number): boolean {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) && value >= min && value <= max;
}

export function validate(values: FormValues): Partial<Record<FieldName, ErrorCode>> {
  const errors: Partial<Record<FieldName, ErrorCode>> = {};
  const title = values.title.trim();
  if (!values.kind) errors.kind = 'required';
  if (!title) errors.title = 'required';
  else if (title.length > 200) errors.title = 'tooLong';
  if (values.description.length > 5000) errors.description = 'tooLong';
  const quantity = Number(values.quantity);
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 100_000) errors.quantity = 'quantity';
  const value = values.value.trim();
  if (value.startsWith('-')) errors.value = 'negative';
  else if (value && !amount.test(value)) errors.value = 'money';
  if (values.opensOn && !isoDate.test(values.opensOn)) errors.opensOn = 'date';
  if (values.closesOn && !isoDate.test(values.closesOn)) errors.closesOn = 'date';
  else if (values.opensOn && values.closesOn && values.closesOn < values.opensOn) errors.closesOn = 'datesOrder';
  const lat = values.lat.trim();
  const lng = values.lng.trim();
  if ((lat === '') !== (lng === '')) errors[lat ? 'lng' : 'lat'] = 'latLngPair';
  else if (lat) {
    if (!numberIn(lat, -90, 90)) errors.lat = 'lat';
    if (!numberIn(lng, -180, 180)) errors.lng = 'lng';
  }
  return errors;
}

/** Every field as the API wants it; empty optional fields become null. */
function fullBody(values: FormValues): Record<string, unknown> {
  const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    kind: values.kind,
    title: values.title.trim(),
    description: values.description.trim(),
    partner: orNull(values.partner),
    macroAsset: orNull(values.macroAsset),
    occupations: values.occupations.map((occupation) => occupation.code),
    qualifications: values.qualifications.map((q) => q.trim()).filter(Boolean),
    englishLevel: orNull(values.englishLevel),
    legalGates: values.legalGates,
    area: orNull(values.area),
    location: values.lat.trim() && values.lng.trim() ? { lat: Number(values.lat), lng: Number(values.lng) } : null,
    quantity: Number(values.quantity),
    value: orNull(values.value),
    opensOn: orNull(values.opensOn),
    closesOn: orNull(values.closesOn),
    status: values.status,
  };
}

/** POST: empty optional fields are left out so the server's defaults apply. */
export function createBody(values: FormValues): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fullBody(values)).filter(([, value]) => value !== null));
}

/** PATCH: only what changed since the form was loaded (null clears a field), with the version it was loaded at. */
export function updateBody(initial: FormValues, values: FormValues, version: number): Record<string, unknown> {
  const before = fullBody(initial);
  const after = fullBody(values);
  const changed = Object.entries(after).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key]));
  // The publishing partner cannot be cleared, only changed.
  return { version, ...Object.fromEntries(changed.filter(([key, value]) => !(key === 'partner' && value === null))) };
}

const fieldNames = new Set<string>(Object.keys(emptyValues));

/**
 * The server's field errors (problem+json errors[].path such as "body.closesOn", "body.occupations.2" or
 * "body.location.lat") placed on the form field they belong to; the rest are returned for a general message.
 */
export function serverFieldErrors(errors: readonly FieldProblem[]): PlacedProblems<FieldName> {
  return placeProblems(errors, ([name, sub]) => {
    const field = name === 'location' ? (sub === 'lng' ? 'lng' : 'lat') : name;
    return field && fieldNames.has(field) ? (field as FieldName) : undefined;
  });
}
