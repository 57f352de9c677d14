import type { ListQuery } from '../../lib/paging';
import type { EnterpriseSort } from './enterprises.repo';

/** The staff directory's list query (the route's zod schema produces it). */
export interface EnterprisesQuery extends ListQuery<EnterpriseSort> {
  market?: string | undefined;
  legalForm?: string | undefined;
  stage?: 'idea' | 'start_up' | 'established' | undefined;
  area?: string | undefined;
  status?: 'pending' | 'approved' | undefined;
  listed?: 'yes' | 'no' | undefined;
}
