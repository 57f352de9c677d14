import type { TFunction } from 'i18next';
import { humanise } from './format';

/** A role's translated name; a role the web app does not know yet falls back to readable words. */
export function roleLabel(t: TFunction, role: string): string {
  return t(`roles.${role}`, { defaultValue: humanise(role) });
}
