import { Injectable } from '@nestjs/common';
import { type OrganisationKind, suggestPartner } from '@helix/domain';
import { DatabaseService } from '@api/core/database/database.service';
import { pageSize } from '@api/core/graphql/pagination';
import { OrganisationsService } from '@api/modules/organisations/organisations.service';
import type { PartnerSuggestion } from './proposal.types';
import { ProposalsService } from './proposals.service';

const MAX_CANDIDATES = 500;

interface CandidateRow {
  id: string;
  kind: OrganisationKind;
  matched: string[];
  past: number;
  eligible_kinds: OrganisationKind[];
  consortium_kinds: OrganisationKind[];
}

/**
 * The partner finder: verified organisations other than the lead, the project owner and those
 * already named, with the signals computed in SQL (kind, expertise tags the call's text matches the
 * way "For you" does, earlier consortia and signed agreements shared with the lead — as far as
 * row-level security shows them to the lead) and ranked by `suggestPartner` in libs/domain.
 */
@Injectable()
export class PartnerFinderService {
  constructor(
    private readonly db: DatabaseService,
    private readonly proposals: ProposalsService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** The lead's members only: NOT_FOUND for outsiders, FORBIDDEN for partners and viewers. */
  async suggestions(proposalId: string, first: number | null | undefined): Promise<PartnerSuggestion[]> {
    const size = pageSize(first ?? 10);
    const proposal = await this.proposals.findLed(proposalId);
    const manager = await this.db.manager();
    const rows: CandidateRow[] = await manager.query(
      `WITH call AS (
         SELECT p.organisation_id, p.eligible_kinds, p.search_document, p.search_text FROM projects p WHERE p.id = $2
       ), consortium AS (
         SELECT o.kind FROM organisations o WHERE o.id = $3
         UNION SELECT o.kind FROM proposal_partners pp JOIN organisations o ON o.id = pp.organisation_id
                WHERE pp.proposal_id = $1 AND pp.status <> 'DECLINED'
       ), members AS (
         SELECT pr.id AS collaboration_id, pr.lead_organisation_id AS organisation_id FROM proposals pr WHERE pr.id <> $1
         UNION SELECT pp.proposal_id, pp.organisation_id FROM proposal_partners pp WHERE pp.proposal_id <> $1 AND pp.status <> 'DECLINED'
         UNION SELECT ap.agreement_id, ap.organisation_id FROM agreement_parties ap JOIN agreements a ON a.id = ap.agreement_id
                WHERE a.status IN ('ACTIVE', 'COMPLETED', 'TERMINATED')
       ), past AS (
         SELECT other.organisation_id, count(DISTINCT other.collaboration_id)::int AS n
           FROM members lead JOIN members other ON other.collaboration_id = lead.collaboration_id AND other.organisation_id <> lead.organisation_id
          WHERE lead.organisation_id = $3
          GROUP BY other.organisation_id
       ), candidates AS (
         SELECT o.id, o.kind, o.name,
                ARRAY(SELECT tag FROM unnest(o.expertise) AS tag
                       WHERE call.search_document @@ plainto_tsquery('simple', helix.f_unaccent(lower(tag)))
                          OR call.search_text %>> helix.f_unaccent(lower(tag))) AS matched,
                coalesce(past.n, 0) AS past,
                call.eligible_kinds
           FROM organisations o CROSS JOIN call LEFT JOIN past ON past.organisation_id = o.id
          WHERE o.status = 'VERIFIED' AND o.id <> $3 AND o.id <> call.organisation_id
            AND o.id NOT IN (SELECT pp.organisation_id FROM proposal_partners pp WHERE pp.proposal_id = $1)
       )
       SELECT c.id, c.kind, c.matched, c.past, c.eligible_kinds, ARRAY(SELECT kind FROM consortium) AS consortium_kinds
         FROM candidates c
        ORDER BY (c.past > 0) DESC, cardinality(c.matched) DESC, c.name, c.id
        LIMIT ${MAX_CANDIDATES}`,
      [proposal.id, proposal.projectId, proposal.leadOrganisationId],
    );
    const ranked = rows
      .map((row) => ({
        row,
        ...suggestPartner({
          kind: row.kind,
          eligibleKinds: row.eligible_kinds,
          consortiumKinds: row.consortium_kinds,
          expertiseMatches: row.matched,
          pastCollaborations: Number(row.past),
        }),
      }))
      .map((entry, order) => ({ ...entry, order }))
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, size);
    const organisations = await Promise.all(ranked.map((entry) => this.organisations.load(entry.row.id)));
    return ranked.flatMap((entry, index) => {
      const organisation = organisations[index];
      return organisation ? [{ organisation, score: entry.score, reasons: entry.reasons, matchedExpertise: entry.row.matched }] : [];
    });
  }
}
