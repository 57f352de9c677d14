import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { inScope, partnerScope, type Action } from '../../http/policy';
import { isUuid } from '../../lib/ids';
import type { PartnerView } from '../identity/identity.directory.service';
import { listAreas } from '../places/places.service';
import { assertResidentVisible, type ResidentRef } from '../residents/residents.service';
import * as assetsRepo from './assets.repo';
import * as occupationsRepo from './occupations.repo';
import type { Ref } from './opportunities.mappers';
import { partnerRef } from './refs.service';

/**
 * References named by many rows of an import, looked up once each (per file, per transaction) with the same
 * meaning as refs.service: slugs or ids of partners and macro-assets, area slugs, occupation codes, residents.
 * A problem is returned as { field, message } for the row, where the API would throw.
 */
export interface FieldProblem {
  field: string;
  message: string;
}
export type Resolved<T> = { ok: true; value: T } | { ok: false; problem: FieldProblem };

const fail = (field: string, message: string): Resolved<never> => ({ ok: false, problem: { field, message } });

export type MacroAssetRef = Ref & { ownerSlug: string };

export class RefResolver {
  private readonly partners = new Map<string, Promise<PartnerView | null>>();
  private readonly macroAssets = new Map<string, Promise<MacroAssetRef | null>>();
  private readonly residents = new Map<string, Promise<ResidentRef | null>>();
  private readonly occupations = new Map<string, string | null>();
  private areas: Promise<Map<string, Ref>> | undefined;

  constructor(
    private readonly deps: Deps,
    private readonly ctx: RequestContext,
  ) {}

  private cached<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
    let hit = map.get(key);
    if (!hit) map.set(key, (hit = load()));
    return hit;
  }

  partner(idOrSlug: string): Promise<PartnerView | null> {
    return this.cached(this.partners, idOrSlug, () =>
      partnerRef(this.deps, idOrSlug, 'partner').catch((err: unknown) => {
        if (err instanceof AppError && err.code === 'unprocessable') return null;
        throw err;
      }),
    );
  }

  macroAsset(idOrSlug: string): Promise<MacroAssetRef | null> {
    return this.cached(this.macroAssets, idOrSlug, async () => {
      const row = await assetsRepo.findMacroAsset(this.deps.db, idOrSlug, isUuid(idOrSlug));
      return row ? { id: row.id, slug: row.slug, name: row.name, ownerSlug: row.owner_slug } : null;
    });
  }

  async area(slug: string): Promise<Ref | null> {
    this.areas ??= listAreas(this.deps, { page: 1, pageSize: 100_000, sort: 'name' }).then(
      (page) => new Map(page.items.map((a) => [a.slug, { id: a.id, slug: a.slug, name: a.name }])),
    );
    return (await this.areas).get(slug) ?? null;
  }

  resident(id: string): Promise<ResidentRef | null> {
    return this.cached(this.residents, id, () =>
      assertResidentVisible(this.deps, this.ctx, id).catch((err: unknown) => {
        if (err instanceof AppError && err.code === 'not_found') return null;
        throw err;
      }),
    );
  }

  /** Looks up every code of a chunk not seen before, in one query; then answers from memory. */
  async loadOccupations(codes: Iterable<string>): Promise<void> {
    const fresh = [...new Set(codes)].filter((c) => !this.occupations.has(c));
    if (fresh.length === 0) return;
    const found = await occupationsRepo.findOccupations(this.deps.db, fresh);
    for (const c of fresh) this.occupations.set(c, null);
    for (const r of found) this.occupations.set(r.code, r.labels.en ?? r.code);
  }

  occupationLabel(code: string): string | null {
    return this.occupations.get(code) ?? null;
  }

  /** The partner a record is filed under: the same rule as refs.service owningPartner. */
  async owningPartner(
    action: Action,
    requested: string | undefined,
    fallback?: string,
  ): Promise<Resolved<PartnerView>> {
    const actor = this.ctx.actor;
    const named = actor ? requested : (requested ?? fallback);
    if (!named) {
      if (!actor) return fail('partner', 'is required (name the partner in the partner column)');
      const own = await this.partner(actor.partnerId);
      return own ? { ok: true, value: own } : fail('partner', 'your partner no longer exists');
    }
    const partner = await this.partner(named);
    if (!partner) return fail('partner', `unknown partner ${named}`);
    if (actor && !inScope(partnerScope(actor, action), partner.id))
      return fail('partner', 'you can only file records under your own partner');
    return { ok: true, value: partner };
  }
}
