import type { Deps } from '../../deps';
import { inTransaction } from '../../db/tx';
import type { RequestContext } from '../../http/context';
import { notFound } from '../../http/errors';
import { isUuid } from '../../lib/ids';
import { getPartner } from '../identity/identity.directory.service';
import { recordAudit } from '../privacy/privacy.service';
import { unknownRef } from './coordination.errors';
import * as repo from './roundup.repo';

/** Partner contacts: who receives the weekly round-up for each partner, and in which language. */
export interface ContactView {
  id: string;
  partner: { id: string; slug: string; name: string };
  name: string;
  email: string;
  language: string;
}

export async function listContacts(deps: Deps): Promise<{ items: ContactView[] }> {
  const rows = await repo.listContacts(deps.db);
  return {
    items: rows.map((r) => ({
      id: r.id,
      partner: { id: r.partner_id, slug: r.partner_slug, name: r.partner_name },
      name: r.name,
      email: r.email,
      language: r.language,
    })),
  };
}

export async function addContact(
  deps: Deps,
  ctx: RequestContext,
  input: { partner: string; name: string; email: string; language: string },
): Promise<{ id: string }> {
  const partner = await getPartner(deps, input.partner).catch(() => {
    throw unknownRef('body.partner', `no partner ${input.partner}`);
  });
  return inTransaction(deps.db, async (trx) => {
    const { id } = await repo.insertContact(trx, {
      partner_id: partner.id,
      name: input.name,
      email: input.email.toLowerCase(),
      language: input.language,
    });
    await recordAudit(trx, ctx, {
      action: 'partner-contact.add',
      entity: 'partner_contact',
      entityId: id,
      partnerId: partner.id,
    });
    return { id };
  });
}

export async function removeContact(deps: Deps, ctx: RequestContext, id: string): Promise<void> {
  const res = isUuid(id) ? await repo.deleteContact(deps.db, id) : undefined;
  if (!res || Number(res.numDeletedRows) === 0) throw notFound('Contact');
  await recordAudit(deps.db, ctx, { action: 'partner-contact.remove', entity: 'partner_contact', entityId: id });
}
