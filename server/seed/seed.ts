import { randomBytes } from 'node:crypto';
import type { Deps } from '../deps';
import { inTransaction } from '../db/tx';
import { systemContext } from '../http/context';
import type { Role } from '../http/policy';
import { createMacroAsset } from '../modules/assets/assets.service';
import { createMicroAsset, type Owner } from '../modules/assets/micro-assets.service';
import { importTaxonomy } from '../modules/assets/occupations.service';
import { createOpportunity } from '../modules/assets/opportunities.service';
import { createPartner, createUser, hashPassword } from '../modules/identity/identity.directory.service';
import { seedGovernanceBodies } from '../modules/partnership/governance.service';
import { createWorkPackage, hasProgramme, setProgramme } from '../modules/partnership/partnership.service';
import { seedCoordinationDemo } from '../modules/partnership/roundup.seed';
import { seedEmployers } from '../modules/matching/employers.service';
import { createArea, createSite } from '../modules/places/places.service';
import { createResident } from '../modules/residents/residents.service';
import { readDemoCandidates, seedDemoCandidates } from '../modules/matching/candidates.seed';
import { readTrainingPack, seedTraining } from '../modules/matching/training.seed';
import { readProgrammePack, seedResearchProgramme } from '../modules/research/researchers.seed';
import { readDemoEnterprises, seedDemoEnterprises } from '../modules/enterprises/enterprises.seed';
import { seedDemoContracts, seedSocialValue } from '../modules/enterprises/contracts.seed';
import { readDemoStartups, seedDemoStartups } from '../modules/enterprises/startups.seed';
import { readDemoBaseline, seedDemoBaseline } from '../modules/enterprises/directory.seed';
import { readIndicatorsPack, seedIndicators } from '../modules/impact/impact.seed';
import { packDirectory, readCityPack, type CityPack } from './city-pack';
import { defaultTaxonomyPath, readTaxonomyFile } from './taxonomy-file';

/** The one demo password, printed at start-up and in the README. The demo people are fictional. */
export const DEMO_PASSWORD = 'useit-demo-2026';

export interface SeedResult {
  programme: string;
  demo: boolean;
  admin: { email: string; password: string };
  counts: Record<string, number>;
}

/**
 * Loads a city pack into an empty programme in one transaction: it all lands, or nothing does.
 * With demo, the pack's fictional people come too; without, one admin with a fresh random password.
 */
export async function seedProgramme(deps: Deps, options: { pack: string; demo: boolean }): Promise<SeedResult> {
  const pack = readCityPack(options.pack);
  const taxonomy = readTaxonomyFile(defaultTaxonomyPath);
  if (await hasProgramme(deps))
    throw new Error('A programme is already loaded; restore a backup or use a fresh database');
  return inTransaction(deps.db, async (trx) => {
    const d: Deps = { ...deps, db: trx };
    const ctx = systemContext;
    const { programme: p } = pack;
    await setProgramme(d, ctx, {
      slug: p.slug,
      name: p.name,
      city: p.city,
      settings: {
        country: p.country,
        timezone: p.timezone,
        currency: p.currency,
        defaultLocale: p.defaultLocale,
        locales: p.locales,
        map: p.map,
        description: p.description,
      },
    });
    for (const partner of pack.partners) await createPartner(d, ctx, { ...partner, website: partner.website ?? null });
    for (const f of pack.areas.features) await createArea(d, ctx, { ...f.properties, boundary: f.geometry });
    for (const site of pack.sites) await createSite(d, ctx, site);
    for (const wp of pack.workPackages) await createWorkPackage(d, ctx, wp);
    for (const a of pack.macroAssets) await createMacroAsset(d, ctx, a);
    await seedGovernanceBodies(d, ctx, pack.macroAssets);
    await seedEmployers(d, ctx, pack.partners, pack.macroAssets);
    const occupations = await importTaxonomy(d, ctx, taxonomy);
    const training = readTrainingPack(packDirectory(options.pack));
    if (training) await seedTraining(d, ctx, training, options.demo);
    const { admin, residentIds } = await seedPeople(d, pack, options.demo);
    if (options.demo) await seedDemoAssets(d, pack, residentIds);
    const demoCandidates = options.demo ? readDemoCandidates(packDirectory(options.pack)) : null;
    if (demoCandidates) await seedDemoCandidates(d, ctx, demoCandidates);
    const researchProgramme = options.demo ? readProgrammePack(packDirectory(options.pack)) : null;
    if (researchProgramme) await seedResearchProgramme(d, ctx, researchProgramme, residentIds);
    if (options.demo && pack.workPackages.some((w) => w.slug === 'social-enterprise'))
      await seedCoordinationDemo(d, ctx);
    const demoEnterprises = options.demo ? readDemoEnterprises(packDirectory(options.pack)) : null;
    if (demoEnterprises) await seedDemoEnterprises(d, ctx, demoEnterprises);
    await seedSocialValue(d, packDirectory(options.pack));
    if (demoEnterprises) await seedDemoContracts(d, ctx, packDirectory(options.pack));
    const demoStartups = demoEnterprises ? readDemoStartups(packDirectory(options.pack)) : null;
    if (demoStartups) await seedDemoStartups(d, ctx, demoStartups);
    const demoBaseline = demoEnterprises ? readDemoBaseline(packDirectory(options.pack)) : null;
    if (demoBaseline) await seedDemoBaseline(d, ctx, demoBaseline);
    const indicators = readIndicatorsPack(packDirectory(options.pack));
    if (indicators) await seedIndicators(d, ctx, indicators, options.demo);
    return {
      programme: p.name,
      demo: options.demo,
      admin,
      counts: {
        partners: pack.partners.length,
        areas: pack.areas.features.length,
        sites: pack.sites.length,
        workPackages: pack.workPackages.length,
        macroAssets: pack.macroAssets.length,
        users: options.demo ? pack.demoUsers.length : 1,
        residents: options.demo ? pack.demoResidents.length : 0,
        occupations: occupations.total,
        opportunities: options.demo ? pack.demoOpportunities.length : 0,
        microAssets: options.demo ? pack.demoMicroAssets.length : 0,
      },
    };
  });
}

interface SeededPeople {
  admin: { email: string; password: string };
  /** demo residents' ids by their reference, for the micro-assets that belong to them */
  residentIds: Map<string, string>;
}

async function seedPeople(d: Deps, pack: CityPack, demo: boolean): Promise<SeededPeople> {
  const ctx = systemContext;
  if (!demo || pack.demoUsers.length === 0) {
    const email = `admin@${pack.programme.slug}.invalid`;
    const password = randomBytes(12).toString('base64url');
    const lead = pack.partners[0]!.slug;
    await createUser(d, ctx, {
      email,
      displayName: 'Programme admin',
      role: 'programme_admin',
      partner: lead,
      password,
    });
    return { admin: { email, password }, residentIds: new Map() };
  }
  const hash = await hashPassword(DEMO_PASSWORD);
  for (const u of pack.demoUsers)
    await createUser(d, ctx, { ...u, role: u.role as Role, password: DEMO_PASSWORD }, hash);
  const residentIds = new Map<string, string>();
  for (const r of pack.demoResidents) residentIds.set(r.reference, (await createResident(d, ctx, r)).id);
  const admin = pack.demoUsers.find((u) => u.role === 'programme_admin') ?? pack.demoUsers[0]!;
  return { admin: { email: admin.email, password: DEMO_PASSWORD }, residentIds };
}

/** The pack's fictional opportunities and micro-assets; residents' assets name their owner by reference. */
async function seedDemoAssets(d: Deps, pack: CityPack, residentIds: Map<string, string>): Promise<void> {
  const ctx = systemContext;
  for (const o of pack.demoOpportunities) await createOpportunity(d, ctx, o);
  for (const [i, m] of pack.demoMicroAssets.entries()) {
    let owner: Owner = m.owner;
    if (m.owner.type === 'resident') {
      const id = residentIds.get(m.owner.resident);
      if (!id) throw new Error(`demo/micro-assets.json: ${i}.owner.resident: no demo resident ${m.owner.resident}`);
      owner = { type: 'resident', resident: id };
    }
    await createMicroAsset(d, ctx, { ...m, owner });
  }
}
