import type { TFunction } from 'i18next';
import { humanise } from './format';

/** The translated name of a machine value (a kind, a status); a value the web app does not know yet is humanised. */
export function valueLabel(t: TFunction, prefix: string, value: string): string {
  return t(`${prefix}.${value}`, { defaultValue: humanise(value) });
}
