import type { Config } from './config';
import type { Db } from './db/tx';
import type { Logger } from './lib/logger';

/** What services need from the outside world; built once in main.ts, or per test file. */
export interface Deps {
  db: Db;
  config: Config;
  log: Logger;
  /** 32-byte key for special-category fields */
  fieldKey: Buffer;
}
