import type { Deps } from '../../deps';
import type { App } from '../../http/app-types';
import * as employers from './employers.service';
import * as s from './vacancies.schemas';
import * as vacancies from './vacancies.service';

export function vacanciesRoutes(app: App, deps: Deps): void {
  const tags = ['matching'];
  app.get(
    '/api/v1/matching/employers',
    {
      config: { policy: 'employers.list' },
      schema: {
        tags,
        summary: 'Anchor employers (partners that recruit through matching)',
        response: { 200: s.employersList },
      },
    },
    async (req) => employers.listEmployers(deps, req.ctx),
  );

  app.post(
    '/api/v1/matching/employers',
    {
      config: { policy: 'employers.manage' },
      schema: {
        tags,
        summary: 'Register a partner as an anchor employer (repeating it changes nothing)',
        body: s.registerEmployerBody,
        response: { 200: s.registerEmployerResponse },
      },
    },
    async (req) => employers.registerEmployer(deps, req.ctx, req.body),
  );

  app.get(
    '/api/v1/matching/vacancies',
    {
      config: { policy: 'vacancies.list' },
      schema: {
        tags,
        summary: 'Vacancies (employers: their own), with search, filters, sort and paging',
        querystring: s.vacanciesQuery,
        response: { 200: s.vacanciesPage },
      },
    },
    async (req) => vacancies.listVacancies(deps, req.ctx, req.query),
  );

  app.post(
    '/api/v1/matching/vacancies',
    {
      config: { policy: 'vacancies.create' },
      schema: {
        tags,
        summary: 'Post a vacancy: an asset-graph opportunity of kind vacancy, with band and requirements',
        body: s.createVacancyBody,
        response: { 201: s.createdVacancy },
      },
    },
    async (req, reply) => reply.code(201).send(await vacancies.createVacancy(deps, req.ctx, req.body)),
  );

  app.get(
    '/api/v1/matching/vacancies/:id',
    {
      config: { policy: 'vacancies.read' },
      schema: { tags, summary: 'One vacancy', params: s.vacancyParams, response: { 200: s.vacancyView } },
    },
    async (req) => vacancies.getVacancy(deps, req.ctx, req.params.id),
  );
}
