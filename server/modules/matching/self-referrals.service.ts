import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { AppError } from '../../http/errors';
import { checkOccupationCodes } from '../assets/occupations.service';
import { getPartner } from '../identity/identity.directory.service';
import { insertWithChildren } from './candidates.create.service';

export interface SelfReferral {
  partner: string;
  fullName: string;
  dateOfBirth?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  borough?: string | undefined;
  languages: string[];
  occupation?: string | undefined;
  qualificationCountry?: string | undefined;
  message?: string | undefined;
  consents: { contact: true; matching: boolean; referral: boolean; publicity: boolean };
}

/**
 * A resident refers themselves: a pending candidate for the partner named on the form. The answer says only
 * that it was received, so the endpoint cannot be used to learn whether someone is already known.
 */
export async function createSelfReferral(
  deps: Deps,
  ctx: RequestContext,
  input: SelfReferral,
): Promise<{ received: true }> {
  const partner = await getPartner(deps, input.partner).catch(() => undefined);
  if (!partner)
    throw new AppError('unprocessable', `Partner ${input.partner} does not exist`, {
      errors: [{ path: 'body.partner', message: 'unknown partner' }],
    });
  if (input.occupation) await checkOccupationCodes(deps.db, [input.occupation], () => 'body.occupation');
  const anonymous: RequestContext = { ...ctx, actor: null };
  await insertWithChildren(
    deps,
    anonymous,
    {
      fullName: input.fullName,
      dateOfBirth: input.dateOfBirth,
      phone: input.phone,
      email: input.email,
      borough: input.borough,
      status: 'pending',
      languages: input.languages.map((language) => ({ language, level: null })),
      qualifications: input.occupation
        ? [{ occupation: input.occupation, country: input.qualificationCountry, specialties: [], documents: [] }]
        : undefined,
      notes: input.message ? `Self-referral message: ${input.message}` : '',
      consents: input.consents,
    },
    partner.id,
    'self-referral',
  );
  return { received: true };
}
