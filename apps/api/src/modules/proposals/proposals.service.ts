import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { In, QueryFailedError } from 'typeorm';
import {
  type Action,
  type AuditAction,
  CURRENCIES,
  type Currency,
  effectiveProjectStatus,
  effectiveProposalStatus,
  type PartnerStatus,
  type ProjectStatus,
  type ProposalAction,
  PROPOSAL_LIMITS,
  type ProposalStatus,
  proposalTransition,
  submissionProblems,
} from '@helix/domain';
import { AuditService } from '@api/core/audit/audit.service';
import { ActorService } from '@api/core/auth/actor.service';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseService } from '@api/core/database/database.service';
import { contentHash } from '@api/core/hashing/content-hash';
import { AppError } from '@api/core/graphql/app-error';
import { optionalText, requiredText } from '@api/core/graphql/input-checks';
import { byKeys } from '@api/core/graphql/loader-registry';
import { type ConnectionResult, type PageArgs, paginate } from '@api/core/graphql/pagination';
import type { FileRecord } from '@api/modules/files/file.entity';
import { FilesService } from '@api/modules/files/files.service';
import { Organisation } from '@api/modules/organisations/organisation.entity';
import { ProjectsService } from '@api/modules/projects/projects.service';
import type { CreateProposalInput, ProposalFilter, UpdateProposalInput } from './dto/proposal.inputs';
import { type BudgetLineValue, Proposal, ProposalContent, ProposalSubmission, type SubmittedContent, type TeamMemberValue } from './proposal.entity';
import type { ProposalPartner } from './proposal.types';

/** The call a proposal answers, as far as its clock and owner go (visible to every party). */
export interface ProposalCall {
  proposalId: string;
  projectId: string;
  ownerId: string;
  storedStatus: ProjectStatus;
  closesAt: Date | null;
  sealed: boolean;
}

/** What a reader sees of a proposal's content: the draft for parties, the latest visible submission for the owner. */
export interface ProposalContentView {
  title: string;
  abstract: string;
  approach: string;
  requestedBudget: { amount: number; currency: Currency } | null;
  durationMonths: number | null;
  team: TeamMemberValue[];
  budgetLines: BudgetLineValue[];
  attachmentIds: string[];
}

interface ContentChanges {
  fields: Partial<Omit<ProposalContent, 'proposalId' | 'updatedAt'>>;
  partnerIds?: string[];
  attachmentIds?: string[];
}

interface PartnerRow {
  proposal_id: string;
  organisation_id: string;
  status: PartnerStatus;
  responded_at: Date | null;
}

interface LatestSubmission {
  submission: ProposalSubmission;
  count: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Proposals and consortia. Reads go through row-level security (a proposal the caller may not see
 * does not exist for them; its content is a separate table the owner of a sealed call cannot read
 * before the closing time); every write asks the rules of libs/domain first. A submission's
 * punctuality is decided by the database's clock (trigger `proposal_submissions_on_time`).
 */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly actors: ActorService,
    private readonly projects: ProjectsService,
    private readonly files: FilesService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  /** A DRAFT led by the active organisation, which must be eligible for the project. */
  async create(input: CreateProposalInput): Promise<Proposal> {
    const actor = await this.actors.require();
    if (!actor.active) throw new AppError('FORBIDDEN', 'NO_ORGANISATION');
    const leadId = actor.active.organisationId;
    const projectId = String(input.projectId ?? '').toLowerCase();
    if (!UUID.test(projectId)) throw AppError.badInput('input.projectId', 'INVALID_ID');
    const project = await this.projects.findById(projectId);
    await this.actors.authorise('organisation.propose', leadId, 'organisation');
    await this.projects.requireEligible(project);
    const changes = await this.readChanges(input, leadId, project.organisationId);
    if (!changes.fields.title) throw AppError.badInput('input.title', 'REQUIRED');
    const manager = await this.db.manager();
    const existing: unknown[] = await manager.query(`SELECT 1 FROM proposals WHERE project_id = $1 AND lead_organisation_id = $2`, [projectId, leadId]);
    if (existing.length) throw new AppError('CONFLICT', 'PROPOSAL_EXISTS');
    let proposal: Proposal;
    try {
      proposal = await manager.getRepository(Proposal).save({ projectId, leadOrganisationId: leadId, createdBy: actor.userId, storedStatus: 'DRAFT' } as Proposal);
    } catch (error) {
      // Two colleagues creating at once: the unique (project, lead) decides, the second hears why.
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') throw new AppError('CONFLICT', 'PROPOSAL_EXISTS');
      throw error;
    }
    await manager.getRepository(ProposalContent).insert({ currency: 'VND', ...changes.fields, title: changes.fields.title, proposalId: proposal.id });
    await this.writeParts(proposal.id, changes);
    return this.findById(proposal.id);
  }

  /** The lead's edit of the draft; `expectedVersion` guards against overwriting a colleague. */
  async update(id: string, input: UpdateProposalInput, expectedVersion: number): Promise<Proposal> {
    const proposal = await this.findLed(id);
    const call = await this.requireCall(proposal.id);
    this.requireTransition(proposal, call, 'EDIT');
    if (input.partnerOrganisationIds !== undefined) this.requireTransition(proposal, call, 'INVITE_PARTNER');
    const changes = await this.readChanges(input, proposal.leadOrganisationId, call.ownerId);
    if (input.title !== undefined && !changes.fields.title) throw AppError.badInput('input.title', 'REQUIRED');
    await this.writeVersioned(proposal.id, expectedVersion, {});
    if (Object.keys(changes.fields).length) {
      const manager = await this.db.manager();
      await manager.getRepository(ProposalContent).update({ proposalId: proposal.id }, { ...changes.fields, updatedAt: () => 'now()' });
    }
    await this.writeParts(proposal.id, changes);
    return this.findById(proposal.id);
  }

  /** A partner organisation's owner or admin joins the consortium. */
  confirmPartnership(proposalId: string): Promise<ProposalPartner> {
    return this.answerPartnership(proposalId, 'CONFIRMED');
  }

  /** … or declines; the lead then removes it (a declined partner blocks submission). */
  declinePartnership(proposalId: string): Promise<ProposalPartner> {
    return this.answerPartnership(proposalId, 'DECLINED');
  }

  /**
   * Freezes the draft into a new numbered submission with the SHA-256 of its canonical JSON. The
   * lead's members above viewer submit (as they edit; a verified organisation, eligible for the
   * call). The database refuses it after the closing time, judged inside this transaction.
   */
  async submit(id: string): Promise<Proposal> {
    const proposal = await this.findLed(id);
    const actor = await this.actors.require();
    const call = await this.requireCall(proposal.id);
    this.requireTransition(proposal, call, 'SUBMIT');
    // Eligibility is the active organisation's: submit while acting for the lead.
    if (actor.active?.organisationId !== proposal.leadOrganisationId) throw new AppError('FORBIDDEN', 'ACT_FOR_LEAD');
    const project = await this.projects.findById(proposal.projectId);
    await this.projects.requireEligible(project);
    const content = await this.freeze(proposal.id);
    const problems = submissionProblems({
      title: content.title,
      abstract: content.abstract,
      approach: content.approach,
      requestedBudget: content.requestedBudget?.amount ?? null,
      durationMonths: content.durationMonths,
      partners: content.partners.map((partner) => ({ status: partner.status as PartnerStatus })),
    });
    if (problems.length) throw AppError.badInput('id', 'PROPOSAL_INCOMPLETE', { problems: problems.join(',') });
    const manager = await this.db.manager();
    // The versioned update locks the proposal row first, so two submissions of one proposal queue.
    const [rows]: [{ submitted_at: Date; updated_at: Date; version: number }[], number] = await manager.query(
      `UPDATE proposals SET status = 'SUBMITTED', submitted_at = now(), withdrawn_at = NULL, updated_at = now(), version = version + 1
        WHERE id = $1 AND version = $2 RETURNING submitted_at, updated_at, version`,
      [proposal.id, proposal.version],
    );
    const updated = rows[0];
    if (!updated) throw new AppError('CONFLICT');
    await manager.query(
      `INSERT INTO proposal_submissions (proposal_id, number, content, content_hash, submitted_by)
       SELECT $1, coalesce((SELECT max(number) FROM proposal_submissions WHERE proposal_id = $1), 0) + 1, $2::jsonb, $3, $4`,
      [proposal.id, JSON.stringify(content), contentHash(content), actor.userId],
    );
    await this.recordEvent(proposal, call, 'PROPOSAL_SUBMITTED', { status: proposal.storedStatus }, { status: 'SUBMITTED', contentHash: contentHash(content) });
    return Object.assign(new Proposal(), proposal, {
      storedStatus: 'SUBMITTED',
      submittedAt: updated.submitted_at,
      withdrawnAt: null,
      updatedAt: updated.updated_at,
      version: updated.version,
    });
  }

  /** SUBMITTED → WITHDRAWN by the lead, before the closing time (the earlier submissions stay). */
  async withdraw(id: string): Promise<Proposal> {
    const proposal = await this.findLed(id);
    const call = await this.requireCall(proposal.id);
    this.requireTransition(proposal, call, 'WITHDRAW');
    const manager = await this.db.manager();
    const result = await manager
      .createQueryBuilder()
      .update(Proposal)
      .set({ storedStatus: 'WITHDRAWN', withdrawnAt: () => 'now()', updatedAt: () => 'now()', version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id: proposal.id, version: proposal.version })
      .execute();
    if (!result.affected) throw new AppError('CONFLICT');
    // The database's clock has the last word, as for submissions.
    const [clock]: { open: boolean }[] = await manager.query(`SELECT closes_at > clock_timestamp() AS open FROM helix.proposal_calls(ARRAY[$1]::uuid[])`, [proposal.id]);
    if (!clock?.open) throw new AppError('DEADLINE_PASSED', 'PROJECT_CLOSED');
    await this.recordEvent(proposal, call, 'PROPOSAL_WITHDRAWN', { status: proposal.storedStatus }, { status: 'WITHDRAWN' });
    return this.findById(proposal.id);
  }

  /** NOT_FOUND both for a random id and for a proposal the caller may not see. */
  async findById(id: string): Promise<Proposal> {
    const manager = await this.db.manager();
    const proposal = await manager.getRepository(Proposal).findOneBy({ id });
    if (!proposal) throw AppError.notFound('proposal');
    return proposal;
  }

  /** Batched per request; null when missing or hidden. */
  load(id: string): Promise<Proposal | null> {
    return this.cls
      .get('loaders')
      .get<string, Proposal | null>('proposals.byId', async (ids) => {
        const manager = await this.db.manager();
        return byKeys(ids, await manager.getRepository(Proposal).findBy({ id: In([...ids]) }), (row) => row.id);
      })
      .load(id);
  }

  /** The proposals of a project the caller may see (the owner: submitted ones), oldest first. */
  ofProject(projectId: string): Promise<Proposal[]> {
    return this.cls
      .get('loaders')
      .get<string, Proposal[]>('proposals.byProject', async (ids) => {
        const manager = await this.db.manager();
        const rows = await manager.getRepository(Proposal).find({ where: { projectId: In([...ids]) }, order: { createdAt: 'ASC', id: 'ASC' } });
        return ids.map((id) => rows.filter((row) => row.projectId === id));
      })
      .load(projectId);
  }

  /** Proposals of the active organisation, as lead or as partner (pending requests included), newest first. */
  async mine(filter: ProposalFilter | null | undefined, page: PageArgs): Promise<ConnectionResult<Proposal>> {
    const actor = await this.actors.require();
    if (!actor.active) throw new AppError('FORBIDDEN', 'NO_ORGANISATION');
    const organisationId = actor.active.organisationId;
    const manager = await this.db.manager();
    const query = manager.getRepository(Proposal).createQueryBuilder('proposal');
    const asPartner = `EXISTS (SELECT 1 FROM proposal_partners pp WHERE pp.proposal_id = proposal.id AND pp.organisation_id = :organisationId${
      filter?.partnerStatuses?.length ? ' AND pp.status = ANY (:partnerStatuses)' : ''
    })`;
    if (filter?.lead === true) query.where('proposal.lead_organisation_id = :organisationId');
    else if (filter?.lead === false || filter?.partnerStatuses?.length) query.where(asPartner);
    else query.where(`(proposal.lead_organisation_id = :organisationId OR ${asPartner})`);
    query.setParameters({ organisationId, partnerStatuses: filter?.partnerStatuses ?? [] });
    if (filter?.statuses?.length) query.andWhere('proposal.status = ANY (:statuses)', { statuses: filter.statuses });
    return paginate(query, page, {
      sortExpression: 'proposal.created_at',
      idExpression: 'proposal.id',
      direction: 'DESC',
      cursorOf: (node) => [node.createdAt.toISOString(), node.id],
    });
  }

  /** The status a reader sees (SUBMITTED reads UNDER_REVIEW once the call has closed). */
  async statusOf(proposal: Proposal): Promise<ProposalStatus> {
    const call = await this.callOf(proposal.id);
    return call ? effectiveProposalStatus(proposal.storedStatus, this.callStatus(call)) : proposal.storedStatus;
  }

  callStatus(call: ProposalCall): ProjectStatus {
    return effectiveProjectStatus(call.storedStatus, call.closesAt, new Date());
  }

  /** The call of a proposal (batched; null when the proposal is hidden). */
  callOf(proposalId: string): Promise<ProposalCall | null> {
    return this.cls
      .get('loaders')
      .get<string, ProposalCall | null>('proposals.call', async (ids) => {
        const manager = await this.db.manager();
        const rows: { proposal_id: string; project_id: string; owner_id: string; status: ProjectStatus; closes_at: Date | null; sealed: boolean }[] =
          await manager.query(`SELECT * FROM helix.proposal_calls($1::uuid[])`, [[...ids]]);
        return byKeys(
          ids,
          rows.map((row) => ({ proposalId: row.proposal_id, projectId: row.project_id, ownerId: row.owner_id, storedStatus: row.status, closesAt: row.closes_at, sealed: row.sealed })),
          (row) => row.proposalId,
        );
      })
      .load(proposalId);
  }

  /**
   * The content the caller may read: the working draft for lead and partners; for the project
   * owner the latest submission it may see — none of a sealed call before its closing time.
   * Row-level security decides both; this only picks the first visible one.
   */
  async contentOf(proposal: Proposal): Promise<ProposalContentView | null> {
    const [draft, latest] = await Promise.all([this.draftOf(proposal.id), this.latestSubmissionOf(proposal.id)]);
    if (draft) {
      return {
        title: draft.title,
        abstract: draft.abstract,
        approach: draft.approach,
        requestedBudget: draft.requestedBudget === null ? null : { amount: draft.requestedBudget, currency: draft.currency },
        durationMonths: draft.durationMonths,
        team: draft.team,
        budgetLines: draft.budgetLines,
        attachmentIds: await this.attachmentIdsOf(proposal.id),
      };
    }
    if (!latest) return null;
    const content = latest.submission.content;
    return {
      title: content.title,
      abstract: content.abstract,
      approach: content.approach,
      requestedBudget: content.requestedBudget,
      durationMonths: content.durationMonths,
      team: content.team,
      budgetLines: content.budgetLines,
      attachmentIds: content.attachmentIds,
    };
  }

  async attachmentsOf(proposal: Proposal): Promise<FileRecord[]> {
    const content = await this.contentOf(proposal);
    return content ? this.files.loadMany(content.attachmentIds) : [];
  }

  /** The newest submission the caller may see, with how many they may see. */
  latestSubmissionOf(proposalId: string): Promise<LatestSubmission | null> {
    return this.cls
      .get('loaders')
      .get<string, LatestSubmission | null>('proposals.latestSubmission', async (ids) => {
        const manager = await this.db.manager();
        const rows: Record<string, unknown>[] = await manager
          .getRepository(ProposalSubmission)
          .createQueryBuilder('s')
          .select('DISTINCT ON (s.proposal_id) s.*')
          .addSelect('count(*) OVER (PARTITION BY s.proposal_id)', 'total')
          .where('s.proposal_id = ANY (:ids)', { ids: [...ids] })
          .orderBy('s.proposal_id')
          .addOrderBy('s.number', 'DESC')
          .getRawMany();
        return byKeys(
          ids,
          rows.map((row) => ({
            submission: {
              id: row.id as string,
              proposalId: row.proposal_id as string,
              number: row.number as number,
              content: row.content as SubmittedContent,
              contentHash: row.content_hash as string,
              submittedAt: row.submitted_at as Date,
              submittedBy: row.submitted_by as string | null,
            },
            count: Number(row.total),
          })),
          (row) => row.submission.proposalId,
        );
      })
      .load(proposalId);
  }

  /** Every submission the caller may see, oldest first. */
  submissionsOf(proposalId: string): Promise<ProposalSubmission[]> {
    return this.cls
      .get('loaders')
      .get<string, ProposalSubmission[]>('proposals.submissions', async (ids) => {
        const manager = await this.db.manager();
        const rows = await manager.getRepository(ProposalSubmission).find({ where: { proposalId: In([...ids]) }, order: { number: 'ASC' } });
        return ids.map((id) => rows.filter((row) => row.proposalId === id));
      })
      .load(proposalId);
  }

  partnersOf(proposalId: string): Promise<ProposalPartner[]> {
    return this.cls
      .get('loaders')
      .get<string, ProposalPartner[]>('proposals.partners', async (ids) => {
        const manager = await this.db.manager();
        const rows: PartnerRow[] = await manager.query(
          `SELECT proposal_id, organisation_id, status, responded_at FROM proposal_partners WHERE proposal_id = ANY ($1) ORDER BY created_at, organisation_id`,
          [[...ids]],
        );
        return ids.map((id) =>
          rows
            .filter((row) => row.proposal_id === id)
            .map((row) => ({
              proposalId: row.proposal_id,
              organisationId: row.organisation_id,
              organisation: null,
              status: row.status,
              confirmed: row.status === 'CONFIRMED',
              respondedAt: row.responded_at,
            })),
        );
      })
      .load(proposalId);
  }

  /** What the caller's organisations are to the proposal: its lead, a partner, the project owner (or nothing). */
  async viewerRole(proposal: Proposal): Promise<'LEAD' | 'PARTNER' | 'OWNER' | null> {
    const actor = await this.actors.current();
    const mine = new Set(actor?.memberships.map((m) => m.organisationId) ?? []);
    if (mine.has(proposal.leadOrganisationId)) return 'LEAD';
    const partners = await this.partnersOf(proposal.id);
    if (partners.some((partner) => partner.status !== 'DECLINED' && mine.has(partner.organisationId))) return 'PARTNER';
    const call = await this.callOf(proposal.id);
    return call && mine.has(call.ownerId) ? 'OWNER' : null;
  }

  /**
   * A proposal's step in the audit trail: for the lead and its partners, and for the call's owner
   * (who knows a proposal exists once submitted) unless `ownerOnly` keeps it to the owner.
   */
  async recordEvent(
    proposal: Proposal,
    call: ProposalCall,
    action: AuditAction,
    before: Record<string, unknown>,
    after: Record<string, unknown>,
    audience: 'EVERYONE' | 'OWNER' = 'EVERYONE',
  ): Promise<void> {
    const partners = (await this.freshPartners(proposal.id)).filter((partner) => partner.status !== 'DECLINED').map((partner) => partner.organisation_id);
    const actor = await this.actors.current();
    const concerned = audience === 'OWNER' ? [call.ownerId] : [proposal.leadOrganisationId, ...partners, call.ownerId];
    const acting = actor?.memberships.find((m) => concerned.includes(m.organisationId))?.organisationId ?? null;
    await this.audit.record({ subjectType: 'PROPOSAL', subjectId: proposal.id, action, organisationId: acting, concerned, before, after });
  }

  /** Refuses with the domain's code when the lifecycle does not allow `action` now. */
  requireTransition(proposal: Proposal, call: ProposalCall, action: ProposalAction): ProposalStatus {
    const projectStatus = this.callStatus(call);
    const status = effectiveProposalStatus(proposal.storedStatus, projectStatus);
    const transition = proposalTransition(status, action, projectStatus === 'OPEN');
    if (transition.ok) return transition.status;
    if (transition.code === 'DEADLINE_PASSED') throw new AppError('DEADLINE_PASSED', 'PROJECT_CLOSED');
    throw new AppError('INVALID_TRANSITION', 'PROPOSAL_STATUS_FORBIDS', { status });
  }

  async requireCall(proposalId: string): Promise<ProposalCall> {
    const call = await this.callOf(proposalId);
    if (!call) throw AppError.notFound('proposal');
    return call;
  }

  /** The proposal, for a write by its lead: NOT_FOUND for outsiders, FORBIDDEN for partners and too low a role. */
  async findLed(id: string, action: Action = 'organisation.propose'): Promise<Proposal> {
    const actor = await this.actors.require();
    const proposal = await this.findById(id);
    if (!actor.memberships.some((m) => m.organisationId === proposal.leadOrganisationId)) throw new AppError('FORBIDDEN', 'NOT_A_MEMBER');
    await this.actors.authorise(action, proposal.leadOrganisationId, 'proposal');
    return proposal;
  }

  private async answerPartnership(proposalId: string, answer: 'CONFIRMED' | 'DECLINED'): Promise<ProposalPartner> {
    const actor = await this.actors.require();
    const proposal = await this.findById(proposalId);
    const partners = await this.freshPartners(proposal.id);
    const mine = partners.filter((partner) => actor.memberships.some((m) => m.organisationId === partner.organisation_id));
    const partner = mine.find((row) => row.organisation_id === actor.active?.organisationId) ?? mine[0];
    if (!partner) throw new AppError('FORBIDDEN', 'NOT_A_PARTNER');
    await this.actors.authorise('proposal.answerPartnership', partner.organisation_id, 'proposal');
    const call = await this.requireCall(proposal.id);
    this.requireTransition(proposal, call, 'ANSWER_PARTNERSHIP');
    if (partner.status === answer) return this.partnerView(partner);
    if (partner.status === 'DECLINED') throw new AppError('INVALID_TRANSITION', 'PARTNERSHIP_ALREADY_ANSWERED');
    const manager = await this.db.manager();
    const [rows]: [PartnerRow[], number] = await manager.query(
      `UPDATE proposal_partners SET status = $3, responded_at = now(), responded_by = $4
        WHERE proposal_id = $1 AND organisation_id = $2 AND status = $5
        RETURNING proposal_id, organisation_id, status, responded_at`,
      [proposal.id, partner.organisation_id, answer, actor.userId, partner.status],
    );
    const updated = rows[0];
    if (!updated) throw new AppError('CONFLICT');
    await this.audit.record({
      subjectType: 'PROPOSAL',
      subjectId: proposal.id,
      action: answer === 'CONFIRMED' ? 'PARTNERSHIP_CONFIRMED' : 'PARTNERSHIP_DECLINED',
      organisationId: partner.organisation_id,
      concerned: [proposal.leadOrganisationId, partner.organisation_id],
      before: { partner: partner.organisation_id, status: partner.status },
      after: { partner: partner.organisation_id, status: answer },
    });
    return this.partnerView(updated);
  }

  private partnerView(row: PartnerRow): ProposalPartner {
    return { proposalId: row.proposal_id, organisationId: row.organisation_id, organisation: null, status: row.status, confirmed: row.status === 'CONFIRMED', respondedAt: row.responded_at };
  }

  private async freshPartners(proposalId: string): Promise<PartnerRow[]> {
    const manager = await this.db.manager();
    return manager.query(`SELECT proposal_id, organisation_id, status, responded_at FROM proposal_partners WHERE proposal_id = $1 ORDER BY created_at, organisation_id`, [
      proposalId,
    ]);
  }

  private draftOf(proposalId: string): Promise<ProposalContent | null> {
    return this.cls
      .get('loaders')
      .get<string, ProposalContent | null>('proposals.content', async (ids) => {
        const manager = await this.db.manager();
        return byKeys(ids, await manager.getRepository(ProposalContent).findBy({ proposalId: In([...ids]) }), (row) => row.proposalId);
      })
      .load(proposalId);
  }

  private attachmentIdsOf(proposalId: string): Promise<string[]> {
    return this.cls
      .get('loaders')
      .get<string, string[]>('proposals.attachmentIds', async (ids) => {
        const manager = await this.db.manager();
        const rows: { proposal_id: string; file_id: string }[] = await manager.query(
          `SELECT proposal_id, file_id FROM proposal_attachments WHERE proposal_id = ANY ($1) ORDER BY position`,
          [[...ids]],
        );
        return ids.map((id) => rows.filter((row) => row.proposal_id === id).map((row) => row.file_id));
      })
      .load(proposalId);
  }

  /** The draft as it stands in this transaction (past the loaders), frozen for a submission: one statement. */
  private async freeze(proposalId: string): Promise<SubmittedContent> {
    const manager = await this.db.manager();
    const [draft]: {
      title: string;
      abstract: string;
      approach: string;
      requested_budget: string | null;
      currency: Currency;
      duration_months: number | null;
      team: TeamMemberValue[];
      budget_lines: BudgetLineValue[];
      partners: { organisationId: string; status: string }[];
      attachment_ids: string[];
    }[] = await manager.query(
      `SELECT c.title, c.abstract, c.approach, c.requested_budget, c.currency, c.duration_months, c.team, c.budget_lines,
              coalesce((SELECT json_agg(json_build_object('organisationId', pp.organisation_id, 'status', pp.status) ORDER BY pp.created_at, pp.organisation_id)
                          FROM proposal_partners pp WHERE pp.proposal_id = c.proposal_id), '[]') AS partners,
              coalesce((SELECT array_agg(a.file_id ORDER BY a.position) FROM proposal_attachments a WHERE a.proposal_id = c.proposal_id), '{}') AS attachment_ids
         FROM proposal_contents c WHERE c.proposal_id = $1`,
      [proposalId],
    );
    if (!draft) throw AppError.notFound('proposal');
    return {
      title: draft.title,
      abstract: draft.abstract,
      approach: draft.approach,
      requestedBudget: draft.requested_budget === null ? null : { amount: Number(draft.requested_budget), currency: draft.currency },
      durationMonths: draft.duration_months,
      team: draft.team.map((member) => ({ name: member.name, role: member.role ?? null, organisation: member.organisation ?? null })),
      budgetLines: draft.budget_lines.map((line) => ({ item: line.item, amount: line.amount, note: line.note ?? null })),
      partners: draft.partners,
      attachmentIds: draft.attachment_ids,
    };
  }

  /** Validates the input into column values and parts; `undefined` leaves a field unchanged. */
  private async readChanges(input: UpdateProposalInput, leadId: string, ownerId: string): Promise<ContentChanges> {
    const fields: ContentChanges['fields'] = {};
    if (input.title !== undefined) fields.title = optionalText(input.title, 'input.title', PROPOSAL_LIMITS.titleMax) ?? '';
    if (input.abstract !== undefined) fields.abstract = optionalText(input.abstract, 'input.abstract', PROPOSAL_LIMITS.abstractMax) ?? '';
    if (input.approach !== undefined) fields.approach = optionalText(input.approach, 'input.approach', PROPOSAL_LIMITS.approachMax) ?? '';
    if (input.requestedBudget !== undefined) {
      if (input.requestedBudget === null) fields.requestedBudget = null;
      else {
        const { amount, currency } = input.requestedBudget;
        if (!Number.isSafeInteger(amount) || amount < 0) throw AppError.badInput('input.requestedBudget.amount', 'AMOUNT_INVALID');
        fields.requestedBudget = amount;
        fields.currency = currency && CURRENCIES.includes(currency) ? currency : 'VND';
      }
    }
    if (input.durationMonths !== undefined) {
      const months = input.durationMonths;
      if (months !== null && (!Number.isInteger(months) || months < 1 || months > PROPOSAL_LIMITS.durationMonthsMax)) {
        throw AppError.badInput('input.durationMonths', 'DURATION_INVALID', { max: PROPOSAL_LIMITS.durationMonthsMax });
      }
      fields.durationMonths = months;
    }
    if (input.team !== undefined) {
      const team = input.team ?? [];
      if (team.length > PROPOSAL_LIMITS.teamMax) throw AppError.badInput('input.team', 'TOO_MANY_ITEMS', { max: PROPOSAL_LIMITS.teamMax });
      fields.team = team.map((member, index) => ({
        name: requiredText(member.name, `input.team.${index}.name`, 200),
        role: optionalText(member.role, `input.team.${index}.role`, 200),
        organisation: optionalText(member.organisation, `input.team.${index}.organisation`, 200),
      }));
    }
    if (input.budgetLines !== undefined) {
      const lines = input.budgetLines ?? [];
      if (lines.length > PROPOSAL_LIMITS.budgetLinesMax) throw AppError.badInput('input.budgetLines', 'TOO_MANY_ITEMS', { max: PROPOSAL_LIMITS.budgetLinesMax });
      fields.budgetLines = lines.map((line, index) => {
        if (!Number.isSafeInteger(line.amount) || line.amount < 0) throw AppError.badInput(`input.budgetLines.${index}.amount`, 'AMOUNT_INVALID');
        return {
          item: requiredText(line.item, `input.budgetLines.${index}.item`, 300),
          amount: line.amount,
          note: optionalText(line.note, `input.budgetLines.${index}.note`, 1000),
        };
      });
    }
    const changes: ContentChanges = { fields };
    if (input.partnerOrganisationIds !== undefined) changes.partnerIds = await this.readPartners(input.partnerOrganisationIds ?? [], leadId, ownerId);
    if (input.attachmentIds !== undefined) {
      const files = await this.files.requireAttachable(input.attachmentIds ?? [], leadId, 'input.attachmentIds');
      changes.attachmentIds = files.map((file) => file.id);
    }
    return changes;
  }

  /** Partners: verified organisations of any kind, neither the lead nor the project owner. */
  private async readPartners(ids: string[], leadId: string, ownerId: string): Promise<string[]> {
    const field = 'input.partnerOrganisationIds';
    const unique = [...new Set(ids.map((id) => String(id).trim().toLowerCase()))];
    if (unique.length > PROPOSAL_LIMITS.partnersMax) throw AppError.badInput(field, 'TOO_MANY_ITEMS', { max: PROPOSAL_LIMITS.partnersMax });
    if (unique.some((id) => !UUID.test(id))) throw AppError.badInput(field, 'INVALID_ID');
    if (unique.includes(leadId)) throw AppError.badInput(field, 'PARTNER_IS_LEAD');
    if (unique.includes(ownerId)) throw AppError.badInput(field, 'PARTNER_IS_OWNER');
    if (!unique.length) return [];
    const manager = await this.db.manager();
    const found = await manager.getRepository(Organisation).find({ where: { id: In(unique), status: 'VERIFIED' }, select: { id: true } });
    if (found.length !== unique.length) throw AppError.badInput(field, 'PARTNER_UNKNOWN');
    return unique;
  }

  /** Replaces the partner list (those kept keep their answer) and the attachments named in the edit. */
  private async writeParts(proposalId: string, changes: ContentChanges): Promise<void> {
    const manager = await this.db.manager();
    if (changes.partnerIds) {
      await manager.query(`DELETE FROM proposal_partners WHERE proposal_id = $1 AND NOT (organisation_id = ANY ($2))`, [proposalId, changes.partnerIds]);
      await manager.query(`INSERT INTO proposal_partners (proposal_id, organisation_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
        proposalId,
        changes.partnerIds,
      ]);
    }
    if (changes.attachmentIds) {
      await manager.query(`DELETE FROM proposal_attachments WHERE proposal_id = $1`, [proposalId]);
      if (changes.attachmentIds.length) {
        await manager.query(
          `INSERT INTO proposal_attachments (proposal_id, file_id, position) SELECT $1, file_id, position - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS t (file_id, position)`,
          [proposalId, changes.attachmentIds],
        );
      }
    }
  }

  /** One UPDATE that only applies to the expected version: CONFLICT when someone saved first. */
  private async writeVersioned(id: string, expectedVersion: number, fields: Partial<Proposal>): Promise<void> {
    const manager = await this.db.manager();
    const result = await manager
      .createQueryBuilder()
      .update(Proposal)
      .set({ ...fields, updatedAt: () => 'now()', version: () => 'version + 1' })
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    if (!result.affected) throw new AppError('CONFLICT');
  }
}

