/**
 * Money is sent as an exact decimal string in pounds sterling ("350000000" or "1250.50"). Whole amounts are
 * shown without pence; the number is formatted in the UI language with the £ sign.
 */
export function formatPounds(value: string | number | null | undefined, language: string): string | null {
  if (value === null || value === undefined || value === '') return null;
  const amount = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(amount)) return String(value);
  const whole = Number.isInteger(amount);
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'GBP',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount);
}
