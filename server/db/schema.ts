import type { ColumnType, Generated } from 'kysely';

/** Table types for Kysely. Keep in step with migrations/. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string | undefined, string>;

export interface ProgrammeTable {
  id: Generated<number>;
  slug: string;
  name: string;
  city: string;
  settings: Json<Record<string, unknown>>;
  loaded_at: Generated<Date>;
}

export interface PartnersTable {
  id: Generated<string>;
  merged_into_id: Generated<string | null>;
  slug: string;
  name: string;
  kind: string;
  website: string | null;
  description: Generated<string>;
  created_at: Generated<Date>;
}

export interface UsersTable {
  id: Generated<string>;
  email: string;
  display_name: string;
  password_hash: string;
  role: string;
  partner_id: string;
  locale: string | null;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  disabled: Generated<boolean>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: Generated<Date>;
  actor_user_id: string | null;
  actor_email: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  partner_id: string | null;
  ip: string | null;
  request_id: string | null;
  detail: Json<Record<string, unknown>>;
}

export interface AreasTable {
  id: Generated<string>;
  slug: string;
  name: string;
  kind: string;
  code: string | null;
  description: Generated<string>;
  boundary: Json | null;
  centre_lat: number | null;
  centre_lng: number | null;
  min_lat: number | null;
  min_lng: number | null;
  max_lat: number | null;
  max_lng: number | null;
}

export interface SitesTable {
  id: Generated<string>;
  slug: string;
  name: string;
  kind: string;
  area_id: string | null;
  lat: number;
  lng: number;
  description: Generated<string>;
}

export interface WorkPackagesTable {
  id: Generated<string>;
  slug: string;
  code: string;
  name: string;
  lead_partner_id: string;
  description: Generated<string>;
}

export interface MacroAssetsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  kind: string;
  owner_partner_id: string;
  investment_value: ColumnType<string | null, string | number | null, string | number | null>;
  status: string;
  lat: number | null;
  lng: number | null;
  boundary: Json | null;
  group_name: string | null;
  site_id: string | null;
  phases: Json<unknown[]>;
  description: Generated<string>;
  created_at: Generated<Date>;
}

export interface ResidentsTable {
  id: Generated<string>;
  reference: string;
  partner_id: string;
  display_name: string;
  area_id: string | null;
  languages: Json<string[]>;
  immigration_status_enc: string | null;
  notes: Generated<string>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface OccupationsTable {
  code: string;
  isco08: string;
  soc2020: string;
  sector: string;
  regulated: Generated<boolean>;
  regulator: string | null;
  labels: Json<Record<string, string>>;
  synonyms: Json<Record<string, string[]>>;
  search_text: Generated<string>;
  updated_at: Generated<Date>;
}

export interface TaxonomyVersionsTable {
  name: string;
  version: string;
  loaded_at: Generated<Date>;
}

export interface OpportunitiesTable {
  id: Generated<string>;
  partner_id: string;
  macro_asset_id: string | null;
  kind: string;
  title: string;
  description: Generated<string>;
  qualifications: Json<string[]>;
  english_level: string | null;
  legal_gates: Json<string[]>;
  area_id: string | null;
  lat: number | null;
  lng: number | null;
  quantity: Generated<number>;
  value: ColumnType<string | null, string | number | null, string | number | null>;
  opens_on: ColumnType<string | null, string | null, string | null>;
  closes_on: ColumnType<string | null, string | null, string | null>;
  status: Generated<string>;
  version: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface OpportunityOccupationsTable {
  opportunity_id: string;
  occupation_code: string;
}

export interface OpportunityChangesTable {
  id: Generated<number>;
  opportunity_id: string;
  version: number;
  at: Generated<Date>;
  actor_user_id: string | null;
  actor_email: string | null;
  change: string;
  before: Json<Record<string, unknown>> | null;
  after: Json<Record<string, unknown>> | null;
}

export interface MicroAssetsTable {
  id: Generated<string>;
  partner_id: string;
  category: string;
  kind: string;
  name: string;
  description: Generated<string>;
  occupation_code: string | null;
  owner_type: string;
  resident_id: string | null;
  owner_partner_id: string | null;
  area_id: string | null;
  lat: number | null;
  lng: number | null;
  provenance: string;
  source_ref: string | null;
  visibility: Generated<string>;
  sensitive: Generated<boolean>;
  merged_into_id: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface MergesTable {
  id: Generated<number>;
  entity: string;
  kept_id: string;
  merged_id: string;
  at: Generated<Date>;
  actor_user_id: string | null;
  snapshot: Json<Record<string, unknown>>;
}

/** Derived (rebuilt by triggers, not backed up): live micro-assets per area, occupation, kind and owner type. */
export interface MicroAssetCountsTable {
  area_id: string | null;
  occupation_code: string | null;
  kind: string;
  owner_type: string;
  n: number;
}

export interface ImportsTable {
  id: Generated<string>;
  kind: string;
  format: string;
  filename: string;
  status: Generated<string>;
  total_rows: Generated<number>;
  processed_rows: Generated<number>;
  error_count: Generated<number>;
  imported_count: number | null;
  report: Json<Record<string, unknown>>;
  content: string | null;
  partner_id: string | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  finished_at: Timestamp | null;
}

/** Derived, like micro_asset_counts: live micro-assets per area and owner type (for the map). */
export interface AreaAssetCountsTable {
  area_id: string | null;
  owner_type: string;
  n: number;
}

/** Derived: each occupation's labels and synonyms, one per row (for search). */
export interface OccupationTermsTable {
  code: string;
  term: string;
}

export interface JobsTable {
  id: Generated<number>;
  kind: string;
  payload: Json<Record<string, unknown>>;
  unique_key: string | null;
  status: Generated<'queued' | 'running' | 'done' | 'failed'>;
  run_at: Timestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_until: Timestamp | null;
  last_error: string | null;
  created_at: Generated<Date>;
  finished_at: Timestamp | null;
}

/** A mail attachment as stored: text content (an iCalendar invitation, a CSV) or base64 for binary. */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
  encoding?: 'base64';
}

export interface MailOutboxTable {
  id: Generated<string>;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  attachments: Json<MailAttachment[]>;
  language: Generated<string>;
  purpose: string;
  dedupe_key: string | null;
  status: Generated<'queued' | 'sent' | 'failed' | 'bounced'>;
  attempts: Generated<number>;
  last_error: string | null;
  message_id: string | null;
  created_at: Generated<Date>;
  sent_at: Timestamp | null;
}

/** Partnership coordination: governance bodies, meetings, tasks (migration 0008). */
export interface GovernanceBodiesTable {
  id: Generated<string>;
  slug: string;
  name: string;
  kind: 'board' | 'steering_group' | 'macro_asset_group' | 'custom';
  macro_asset_id: string | null;
  description: Generated<string>;
  created_at: Generated<Date>;
}

export interface GovernanceBodyMembersTable {
  id: Generated<string>;
  body_id: string;
  user_id: string | null;
  partner_id: string | null;
}

export interface AgendaItem {
  title: string;
  notes: string;
}

export interface MeetingPaper {
  title: string;
  url: string;
}

export interface MeetingsTable {
  id: Generated<string>;
  body_id: string;
  title: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  location: Generated<string>;
  minutes: Generated<string>;
  agenda: Json<AgendaItem[]>;
  papers: Json<MeetingPaper[]>;
  sequence: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface MeetingAttendeesTable {
  meeting_id: string;
  user_id: string;
  status: 'invited' | 'attended' | 'apologies';
}

export interface MeetingDecisionsTable {
  id: Generated<string>;
  meeting_id: string;
  text: string;
  created_at: Generated<Date>;
}

export interface TasksTable {
  id: Generated<string>;
  title: string;
  description: Generated<string>;
  owner_user_id: string;
  owner_partner_id: string;
  due_on: ColumnType<string | null, string | null | undefined, string | null>;
  status: Generated<'todo' | 'doing' | 'done' | 'cancelled'>;
  work_package_id: string | null;
  meeting_id: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface TaskLinksTable {
  task_id: string;
  record_type: 'macro_asset' | 'opportunity' | 'micro_asset';
  record_id: string;
}

export interface TaskCommentsTable {
  id: Generated<string>;
  task_id: string;
  author_user_id: string | null;
  body: string;
  created_at: Generated<Date>;
}

export interface DB {
  jobs: JobsTable;
  mail_outbox: MailOutboxTable;
  governance_bodies: GovernanceBodiesTable;
  governance_body_members: GovernanceBodyMembersTable;
  meetings: MeetingsTable;
  meeting_attendees: MeetingAttendeesTable;
  meeting_decisions: MeetingDecisionsTable;
  tasks: TasksTable;
  task_links: TaskLinksTable;
  task_comments: TaskCommentsTable;
  programme: ProgrammeTable;
  partners: PartnersTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_events: AuditEventsTable;
  areas: AreasTable;
  sites: SitesTable;
  work_packages: WorkPackagesTable;
  macro_assets: MacroAssetsTable;
  residents: ResidentsTable;
  occupations: OccupationsTable;
  taxonomy_versions: TaxonomyVersionsTable;
  opportunities: OpportunitiesTable;
  opportunity_occupations: OpportunityOccupationsTable;
  opportunity_changes: OpportunityChangesTable;
  micro_assets: MicroAssetsTable;
  merges: MergesTable;
  imports: ImportsTable;
  'derived.micro_asset_counts': MicroAssetCountsTable;
  'derived.area_asset_counts': AreaAssetCountsTable;
  'derived.occupation_terms': OccupationTermsTable;
}
