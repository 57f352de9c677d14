import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EditableContract } from '../api/contractWrite';
import {
  capabilityList,
  checkContract,
  contractBody,
  emptyContract,
  placeServerErrors,
  valuesFromContract,
  type ContractValues,
} from './contractForm';

const catering: ContractValues = {
  ...emptyContract,
  title: 'Outpatients café catering',
  market: 'food',
  capabilities: 'hot meals, event catering, hot meals',
  value: '60,000',
  area: 'ladywood',
  opensOn: '2027-01-04',
  closesOn: '2027-02-01',
  item: 'Café and patient meals',
  cpv: '55520000',
};

describe('the contract form', () => {
  it('accepts a complete contract and sends what the API wants', () => {
    expect(checkContract(catering)).toEqual({});
    expect(contractBody(catering)).toMatchObject({
      kind: 'contract',
      market: 'food',
      capabilities: ['hot meals', 'event catering'],
      value: 60000,
      area: 'ladywood',
      macroAsset: null,
      contract: {
        procurementMethod: 'open',
        items: [{ description: 'Café and patient meals', classification: { scheme: 'CPV', id: '55520000' } }],
      },
    });
    expect(contractBody(catering)).not.toHaveProperty('grant');
    expect(contractBody(catering, 3)).toMatchObject({ version: 3 });
  });

  it('mirrors the server: title, market, money, dates in order, CPV, outside funders need an org-id', () => {
    expect(checkContract({ ...catering, title: ' ' }).title).toBe('required');
    expect(checkContract({ ...catering, market: '' }).market).toBe('required');
    expect(checkContract({ ...catering, value: '-5' }).value).toBe('money');
    expect(checkContract({ ...catering, value: '12.345' }).value).toBe('money');
    expect(checkContract({ ...catering, closesOn: '2026-12-01' }).closesOn).toBe('datesOrder');
    expect(checkContract({ ...catering, cpv: '5552' }).cpv).toBe('cpv');
    const grant = { ...catering, kind: 'grant' as const, funderName: 'Test Foundation' };
    expect(checkContract(grant).funderOrgId).toBe('required');
    expect(checkContract({ ...grant, funderOrgId: 'charity 1' }).funderOrgId).toBe('orgId');
    expect(checkContract({ ...grant, funderOrgId: 'GB-CHC-1000147' })).toEqual({});
    expect(contractBody({ ...grant, funderOrgId: 'GB-CHC-1000147', funder: 'ignored' })).toMatchObject({
      grant: { funderName: 'Test Foundation', funderOrgId: 'GB-CHC-1000147', funder: undefined },
    });
  });

  it("puts the server's problems on their fields, nested OCDS and 360Giving paths included", () => {
    const placed = placeServerErrors([
      { path: 'body.market', message: 'unknown market spaceships' },
      { path: 'body.grant.funderOrgId', message: 'an outside funder needs its org-id' },
      { path: 'body.contract.items.0.classification.id', message: 'too long' },
      { path: 'body.contract', message: 'a grant has no contract details' },
      { path: 'querystring.x', message: 'other' },
    ]);
    expect(placed.fields).toEqual({
      market: 'unknown market spaceships',
      funderOrgId: 'an outside funder needs its org-id',
      cpv: 'too long',
    });
    expect(placed.other).toEqual(['a grant has no contract details', 'other']);
  });

  it('places any problem list on known fields or in the general list, never dropping all of them', () => {
    const path = fc.array(fc.constantFrom('body', 'contract', 'grant', 'items', '0', 'market', 'funder', 'x'), {
      maxLength: 5,
    });
    fc.assert(
      fc.property(fc.array(fc.record({ path: path.map((p) => p.join('.')), message: fc.string() })), (errors) => {
        const { fields, other } = placeServerErrors(errors);
        for (const f of Object.keys(fields)) expect(Object.keys(emptyContract)).toContain(f);
        expect(other.length).toBeLessThanOrEqual(errors.length);
        expect(Object.keys(fields).length + other.length > 0).toBe(errors.length > 0);
      }),
    );
  });

  it('lists capabilities once each, trimmed, without blanks', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 })), (parts) => {
        const list = capabilityList(parts.join(','));
        expect(new Set(list).size).toBe(list.length);
        for (const c of list) expect(c).toBe(c.trim());
        expect(list).not.toContain('');
      }),
    );
  });

  it('starts the edit form from the server copy, the ward by its slug', () => {
    const c: EditableContract = {
      id: 'c1',
      kind: 'grant',
      title: 'Food micro-grants',
      description: '',
      status: 'open',
      value: 5000,
      market: 'food',
      capabilities: ['food'],
      area: { id: 'a1', name: 'Ladywood' },
      opensOn: null,
      closesOn: '2027-02-01',
      macroAsset: null,
      partner: { id: 'p1', name: 'Council' },
      version: 2,
      contract: null,
      grant: {
        identifier: '360G-useit-c1',
        funder: { name: 'Test Foundation', orgId: 'GB-CHC-1000147', partner: null },
        grantProgramme: 'Food',
        plannedStart: null,
        plannedEnd: null,
      },
    };
    const v = valuesFromContract(c, new Map([['a1', 'ladywood']]));
    expect(v).toMatchObject({ kind: 'grant', area: 'ladywood', value: '5000', funderName: 'Test Foundation' });
    expect(checkContract(v)).toEqual({});
    expect(contractBody(v, 2)).toMatchObject({ version: 2, grant: { funderOrgId: 'GB-CHC-1000147' } });
  });
});
