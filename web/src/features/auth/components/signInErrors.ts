import type { TFunction } from 'i18next';
import { isApiError } from '../../../lib/api';

const knownCodes = new Set(['invalid_credentials', 'account_locked', 'rate_limited']);

/** Known refusals get a translated explanation; anything else shows the server's detail. */
export function signInErrorMessage(t: TFunction, error: unknown): string {
  if (!isApiError(error)) return t('signIn.errors.generic');
  if (knownCodes.has(error.code)) return t(`signIn.errors.${error.code}`);
  if (error.status === 0) return t('errors.network');
  return error.detail || t('signIn.errors.generic');
}
