/** Locale-aware formatting helpers; the language code comes from i18next so numbers follow the UI language. */

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

/** Turns a machine value such as "nhs_trust" into readable words when no translation exists. */
export function humanise(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Only same-site paths are allowed as a return address after sign-in (no open redirects). */
export function safeReturnPath(path: string | null | undefined): string {
  if (!path || !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return '/';
  return path;
}

/**
 * Wraps a name or address in Unicode isolates (FSI…PDI) before it is placed inside a translated
 * sentence, so "Morgan Example (demo)" keeps its brackets in Arabic or Urdu text.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
