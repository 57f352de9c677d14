import type { Deps } from '../../deps';
import type { RequestContext } from '../../http/context';
import { today } from './candidates.input.service';
import { gateFacts } from './candidates.mappers';
import * as repo from './candidates.repo';
import { visibleCandidate } from './candidates.service';
import { interimRolesFor, type InterimRoleView } from './gates.rules';
import { computePathway, type Pathway } from './pathway.rules';
import { referenceData } from './reference';

/** The computed pathway per regulated qualification, and the interim roles open now. */

export interface CandidatePathways {
  candidate: { id: string; reference: string };
  asOf: string;
  reference: { file: string; version: string }[];
  pathways: { qualification: { id: string; occupation: string }; pathway: Pathway; interimRoles: InterimRoleView[] }[];
}

export async function getCandidatePathway(deps: Deps, ctx: RequestContext, id: string): Promise<CandidatePathways> {
  const row = await visibleCandidate(deps, ctx, id, 'candidates.pathway');
  const children = await repo.childrenOf(deps.db, row.id);
  const ref = referenceData();
  const now = today();
  const pathways = children.qualifications.flatMap((q) => {
    const facts = gateFacts(row, children, q);
    const pathway = computePathway(ref, facts, now);
    if (!pathway.profession) return [];
    return [
      {
        qualification: { id: q.id, occupation: q.occupation_code },
        pathway,
        interimRoles: interimRolesFor(ref, facts, now),
      },
    ];
  });
  return {
    candidate: { id: row.id, reference: row.reference },
    asOf: now,
    reference: [
      { file: 'regulators.json', version: ref.regulators.version },
      { file: 'english-rules.json', version: ref.english.version },
      { file: 'interim-roles.json', version: ref.interimRoles.version },
      { file: 'right-to-work.json', version: ref.rightToWork.version },
    ],
    pathways,
  };
}
