import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Db } from '../../db/tx';
import type { DB } from '../../db/schema';

/** Table types of the research module (migration 2026-11-22-0005-research), kept beside the module. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string | undefined, string>;

export interface ResearchDeviceTokensTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  label: string;
  created_at: Generated<Date>;
  revoked_at: Timestamp | null;
}

export interface ResearchFormsTable {
  id: Generated<string>;
  xform_id: string;
  partner_id: string;
  title: string;
  anonymous: Generated<boolean>;
  status: Generated<string>;
  languages: Json<string[]>;
  voucher_pence: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface ResearchFormVersionsTable {
  id: Generated<string>;
  form_id: string;
  version: string;
  xml: string;
  md5: string;
  schema: Json;
  source: string;
  created_by: string | null;
  created_at: Generated<Date>;
}

export interface ResearchSubmissionsTable {
  id: Generated<string>;
  form_id: string;
  form_version_id: string;
  instance_id: string;
  xml_sha256: string;
  xml: string;
  answer_row: Generated<string>;
  channel: string;
  anonymous: boolean;
  researcher_id: string | null;
  device_id: string | null;
  area_id: string | null;
  language: string | null;
  complete: boolean;
  received_at: Timestamp;
}

export interface ResearchAttachmentsTable {
  submission_id: string;
  name: string;
  content_type: string;
  size: number;
  sha256: string;
  content: string;
}

export interface ResearchVoucherEntriesTable {
  id: Generated<string>;
  researcher_id: string;
  kind: string;
  amount_pence: number;
  form_id: string | null;
  note: Generated<string>;
  entered_on: ColumnType<string, string, string>;
  entered_by: string | null;
}

export interface ResearchPrizeEntriesTable {
  id: Generated<string>;
  form_id: string;
  contact_hash: string;
  contact_sealed: string;
  prize_draw: boolean;
  follow_up_consent: boolean;
  entered_on: ColumnType<string, string, string>;
}

export interface ResearchPrizeDrawsTable {
  id: Generated<string>;
  form_id: string;
  seed_phrase: string;
  seed: string;
  winner_count: number;
  entry_hashes: Json<string[]>;
  winners: Json<string[]>;
  drawn_at: Generated<Date>;
  drawn_by: string | null;
}

// A type alias (not an interface) so it satisfies Kysely's withTables<Record<string, ...>> constraint.
export type ResearchTables = {
  research_device_tokens: ResearchDeviceTokensTable;
  research_forms: ResearchFormsTable;
  research_form_versions: ResearchFormVersionsTable;
  research_submissions: ResearchSubmissionsTable;
  research_attachments: ResearchAttachmentsTable;
  research_voucher_entries: ResearchVoucherEntriesTable;
  research_prize_entries: ResearchPrizeEntriesTable;
  research_prize_draws: ResearchPrizeDrawsTable;
};

export type ResearchDb = Kysely<DB & ResearchTables>;

/** The shared database handle (or transaction), typed with the research tables as well. */
export const rdb = (db: Db): ResearchDb => db.withTables<ResearchTables>();
