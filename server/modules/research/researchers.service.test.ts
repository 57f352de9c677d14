import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../http/context';
import { makeResident } from '../../test/asset-factories';
import { harness, makePartner, type Harness } from '../../test/harness';
import { activeResearcherResidentIds, changeStatus, createResearcher } from './researchers.service';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(async () => h?.close());

describe('activeResearcherResidentIds', () => {
  it('names only residents who are active community researchers now', async () => {
    const partner = await makePartner(h.deps);
    const [active, paused, left, partnerRole, none] = await Promise.all(
      Array.from({ length: 5 }, () => makeResident(h.deps.db, partner.id, null)),
    );
    const sign = (residentId: string, role: 'researcher' | 'community_partner' = 'researcher') =>
      createResearcher(h.deps, systemContext, {
        displayName: 'Fictional Person',
        role,
        partner: partner.id,
        residentId,
      });
    await sign(active!.id);
    const p = await sign(paused!.id);
    await changeStatus(h.deps, systemContext, p.id, { status: 'paused', leaveReason: null, version: p.version });
    const l = await sign(left!.id);
    await changeStatus(h.deps, systemContext, l.id, { status: 'left', leaveReason: 'time', version: l.version });
    await sign(partnerRole!.id, 'community_partner');

    const ids = [active!.id, paused!.id, left!.id, partnerRole!.id, none!.id, 'not-a-uuid'];
    expect(await activeResearcherResidentIds(h.deps.db, ids)).toEqual(new Set([active!.id]));
    expect(await activeResearcherResidentIds(h.deps.db, [])).toEqual(new Set());
  });

  it('refuses a stale version and a leaver without a reason', async () => {
    const partner = await makePartner(h.deps);
    const r = await createResearcher(h.deps, systemContext, {
      displayName: 'Fictional Two',
      role: 'researcher',
      partner: partner.id,
    });
    await expect(
      changeStatus(h.deps, systemContext, r.id, { status: 'left', leaveReason: null, version: r.version }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await changeStatus(h.deps, systemContext, r.id, { status: 'paused', leaveReason: null, version: r.version });
    await expect(
      changeStatus(h.deps, systemContext, r.id, { status: 'active', leaveReason: null, version: r.version }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });
});
