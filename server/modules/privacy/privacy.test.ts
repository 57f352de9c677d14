import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, makePartner, makeUser, signedInClient, type Client, type Harness } from '../../test/harness';
import { decryptField, encryptField } from './privacy.crypto';

interface AuditPage {
  items: {
    action: string;
    entity: string;
    entityId: string | null;
    actor: { email: string } | null;
    ip: string | null;
    requestId: string | null;
  }[];
  total: number;
}

describe('audit log and special-category fields', () => {
  let h: Harness;
  let admin: Client;
  let caseworker: Client;
  let caseworkerEmail: string;
  beforeAll(async () => {
    h = await harness();
    const partner = await makePartner(h.deps);
    admin = await signedInClient(h, (await makeUser(h.deps, 'programme_admin', partner.slug)).email);
    caseworkerEmail = (await makeUser(h.deps, 'caseworker', partner.slug)).email;
    caseworker = await signedInClient(h, caseworkerEmail);
  });
  afterAll(() => h.close());

  it('records every write and every sensitive read with who, what, when and from where', async () => {
    const created = await caseworker.request(
      'POST',
      '/api/v1/residents',
      { reference: 'A-1', displayName: 'Audit Example (demo)', immigrationStatus: 'refugee' },
      { 'x-request-id': 'req-audit-1' },
    );
    const id = (created.json() as { id: string }).id;
    await caseworker.request('GET', `/api/v1/residents/${id}`, undefined, { 'x-request-id': 'req-audit-2' });
    const page = (
      await admin.request('GET', `/api/v1/audit?entity=resident&entityId=${id}&sort=at`)
    ).json() as AuditPage;
    expect(page.items.map((e) => e.action)).toEqual(['resident.create', 'resident.read']);
    for (const e of page.items) {
      expect(e.actor?.email).toBe(caseworkerEmail);
      expect(e.ip).toBeTruthy();
    }
    expect(page.items.map((e) => e.requestId)).toEqual(['req-audit-1', 'req-audit-2']);
  });

  it('lets admins filter by action and actor, and page', async () => {
    const signIns = (
      await admin.request('GET', `/api/v1/audit?action=auth.sign-in&actor=${encodeURIComponent(caseworkerEmail)}`)
    ).json() as AuditPage;
    expect(signIns.total).toBe(1);
    const paged = (await admin.request('GET', '/api/v1/audit?pageSize=2&page=1')).json() as AuditPage;
    expect(paged.items).toHaveLength(2);
    expect(paged.total).toBeGreaterThan(2);
    const future = (await admin.request('GET', '/api/v1/audit?from=2999-01-01')).json() as AuditPage;
    expect(future.total).toBe(0);
  });

  it('stores special-category fields encrypted, never as plain text', async () => {
    await caseworker.request('POST', '/api/v1/residents', {
      reference: 'A-2',
      displayName: 'Cipher Example (demo)',
      immigrationStatus: 'asylum_seeker',
    });
    const row = await h.deps.db
      .selectFrom('residents')
      .select('immigration_status_enc')
      .where('reference', '=', 'A-2')
      .executeTakeFirstOrThrow();
    expect(row.immigration_status_enc).not.toContain('asylum');
    expect(decryptField(h.deps.fieldKey, row.immigration_status_enc!)).toBe('asylum_seeker');
  });

  it('fails to decrypt a tampered value rather than reading something else', () => {
    const sealed = encryptField(Buffer.alloc(32, 1), 'refugee');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('settled').toString('base64url');
    expect(() => decryptField(Buffer.alloc(32, 1), parts.join('.'))).toThrow();
    expect(() => decryptField(Buffer.alloc(32, 2), sealed)).toThrow();
  });
});
