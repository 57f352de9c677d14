import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config';
import { newFieldKey, parseFieldKey } from '../modules/privacy/privacy.crypto';

/**
 * The field-encryption key: ENCRYPTION_KEY when set (production), otherwise a key file made once in
 * DATA_DIR so the embedded default needs no setup. Losing the key loses the special-category fields.
 */
export function loadFieldKey(config: Config): { key: Buffer; source: 'env' | 'file' } {
  if (config.ENCRYPTION_KEY) return { key: parseFieldKey(config.ENCRYPTION_KEY), source: 'env' };
  const path = join(config.DATA_DIR, 'field-key');
  if (!existsSync(path)) {
    mkdirSync(config.DATA_DIR, { recursive: true });
    writeFileSync(path, `${newFieldKey()}\n`, { mode: 0o600 });
    chmodSync(path, 0o600);
  }
  return { key: parseFieldKey(readFileSync(path, 'utf8').trim()), source: 'file' };
}
