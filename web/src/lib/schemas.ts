import { z } from 'zod';

/** Ids are opaque to the web app; accept numbers too so a storage change on the server does not break views. */
export const idSchema = z.union([z.string(), z.number()]).transform(String);

export const partnerRefSchema = z.object({ id: idSchema, slug: z.string(), name: z.string() });

export type PartnerRef = z.infer<typeof partnerRefSchema>;
