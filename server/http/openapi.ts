import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { App } from './app-types';
import { problemCatalogue } from './errors';

/** OpenAPI 3.1 generated from the routes' zod schemas, served at /api/openapi.json with a docs UI at /api/docs. */
export async function registerOpenApi(app: App): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'USE-IT platform API',
        version: '1',
        description: `Errors are application/problem+json with a stable \`code\`: ${Object.keys(problemCatalogue).join(', ')}. Lists take page, pageSize, sort (prefix - for descending) and q. Writes need the x-csrf-token header from GET /api/v1/auth/csrf.`,
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'useit_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { policy: 'docs.read' }, schema: { hide: true } }, async () => app.swagger());
}
