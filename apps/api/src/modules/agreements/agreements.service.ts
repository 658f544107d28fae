import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { In, QueryFailedError } from 'typeorm';
import {
  AGREEMENT_LIMITS,
  type AgreementAction,
  type AuditAction,
  agreementCompleted,
  type AgreementContent,
  type AgreementDiff as DomainDiff,
  type AgreementStatus,
  agreementTransition,
  agreementValue,
  allPartiesSigned,
  can,
  DEFAULT_AGREEMENT_TIME_ZONE,
  defaultPartyRole,
  diffAgreementContent,
  type Locale,
  localDateIn,
  type MilestoneStatus,
  periodEnd,
  signatureProblems,
} from '@helix/domain';
import { AuditService } from '@api/core/audit/audit.service';
import { ActorService } from '@api/core/auth/actor.service';
import type { RequestActor } from '@api/core/auth/request-actor';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseService } from '@api/core/database/database.service';
import { AppError } from '@api/core/graphql/app-error';
import { requiredText } from '@api/core/graphql/input-checks';
import { byKeys } from '@api/core/graphql/loader-registry';
import { type ConnectionResult, type PageArgs, paginate } from '@api/core/graphql/pagination';
import { contentHash } from '@api/core/hashing/content-hash';
import { FilesService } from '@api/modules/files/files.service';
import { OrganisationsService } from '@api/modules/organisations/organisations.service';
import { ProposalsService } from '@api/modules/proposals/proposals.service';
import { AgreementContentReader, EMPTY_CONTENT, type EditContext } from './agreement-content.reader';
import { Agreement, AgreementMilestone, AgreementVersion } from './agreement.entity';
import type { AgreementCapabilities, AgreementDiff, AgreementParty, AgreementSignature } from './agreement.types';
import type { AgreementFilter, AgreementInput, CreateAgreementInput } from './dto/agreement.inputs';

interface SignatureRow {
  agreement_id: string;
  version_number: number;
  organisation_id: string;
  version_hash: string;
  signer_name: string;
  signed_at: Date;
}

interface VersionWrite {
  expectedVersion: number;
  status: AgreementStatus;
  /** Opens a signing round for the new version while the agreement stays in force. */
  amendment: boolean;
  organisationId: string;
  userId: string;
  /** What the audit trail calls this write. */
  event: AuditAction;
}

/** What the audit trail calls each lifecycle move of the managing organisation. */
const MOVE_EVENTS: Partial<Record<AgreementAction, AuditAction>> = {
  OPEN_NEGOTIATION: 'AGREEMENT_NEGOTIATION_OPENED',
  REQUEST_SIGNATURES: 'AGREEMENT_SIGNATURES_REQUESTED',
  TERMINATE: 'AGREEMENT_TERMINATED',
  CANCEL: 'AGREEMENT_CANCELLED',
};

/** A starting text for the terms, in the language the agreement is created in. */
const TERMS_TEMPLATE: Record<Locale, (title: string) => string> = {
  vi: (title) =>
    [`# ${title}`, '', '## Điều 1. Phạm vi hợp tác', '', '## Điều 2. Trách nhiệm của các bên', '', '## Điều 3. Kinh phí và thanh toán theo mốc', '', '## Điều 4. Sở hữu trí tuệ và dữ liệu', '', '## Điều 5. Bảo mật', '', '## Điều 6. Sửa đổi và chấm dứt'].join('\n'),
  en: (title) =>
    [`# ${title}`, '', '## Article 1. Scope of the partnership', '', '## Article 2. Obligations of the parties', '', '## Article 3. Funding and payment by milestone', '', '## Article 4. Intellectual property and data', '', '## Article 5. Confidentiality', '', '## Article 6. Amendment and termination'].join('\n'),
};

/**
 * Partnership agreements: versions, the lifecycle and signatures. Every change of content is a new
 * immutable version whose SHA-256 is what parties sign; the rules of libs/domain decide what may
 * happen in which state; row-level security decides who sees an agreement at all. Moving the
 * agreement on is the managing organisation's; editing, amending and signing are every party's.
 */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly actors: ActorService,
    private readonly reader: AgreementContentReader,
    private readonly proposals: ProposalsService,
    private readonly organisations: OrganisationsService,
    private readonly files: FilesService,
    private readonly audit: AuditService,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  /** A DRAFT managed by the active organisation, which is one of its parties. */
  async create(input: CreateAgreementInput): Promise<Agreement> {
    const actor = await this.actors.require();
    if (!actor.active) throw new AppError('FORBIDDEN', 'NO_ORGANISATION');
    const managerId = actor.active.organisationId;
    await this.actors.authorise('agreement.prepare', managerId, 'agreement');
    const start: AgreementContent = { ...EMPTY_CONTENT, parties: [{ organisationId: managerId, role: 'COORDINATOR', moneyContribution: 0, inKindContribution: null }] };
    const content = await this.reader.read(start, input, this.context(managerId, managerId));
    if (!content.title) throw AppError.badInput('input.title', 'REQUIRED');
    return this.insert({ managerId, proposalId: null, projectId: null }, content, actor);
  }

  /**
   * From an accepted proposal, by the project owner's members: the owner funds it with the
   * requested budget, the lead coordinates, confirmed partners join in the role their kind
   * suggests; the period starts today (in Binh Duong) and lasts the proposal's duration.
   */
  async createFromProposal(proposalId: string): Promise<Agreement> {
    const actor = await this.actors.require();
    const proposal = await this.proposals.findById(proposalId);
    const call = await this.proposals.requireCall(proposal.id);
    if (!actor.memberships.some((m) => m.organisationId === call.ownerId)) throw new AppError('FORBIDDEN', 'NOT_PROJECT_OWNER');
    await this.actors.authorise('agreement.prepare', call.ownerId, 'agreement');
    if ((await this.proposals.statusOf(proposal)) !== 'ACCEPTED') throw new AppError('INVALID_TRANSITION', 'PROPOSAL_NOT_ACCEPTED');
    const manager = await this.db.manager();
    const existing: unknown[] = await manager.query(`SELECT 1 FROM agreements WHERE proposal_id = $1 AND status <> 'CANCELLED'`, [proposal.id]);
    if (existing.length) throw new AppError('CONFLICT', 'AGREEMENT_EXISTS');
    const proposed = await this.proposals.contentOf(proposal);
    if (!proposed) throw AppError.notFound('proposal');
    const partners = (await this.proposals.partnersOf(proposal.id)).filter((partner) => partner.status === 'CONFIRMED');
    const kinds = await Promise.all(partners.map((partner) => this.organisations.load(partner.organisationId)));
    const money = proposed.requestedBudget;
    const startsOn = localDateIn(new Date(), DEFAULT_AGREEMENT_TIME_ZONE);
    const title = proposed.title.slice(0, AGREEMENT_LIMITS.titleMax);
    const content: AgreementContent = {
      ...EMPTY_CONTENT,
      title,
      purpose: proposed.abstract.slice(0, AGREEMENT_LIMITS.purposeMax),
      terms: TERMS_TEMPLATE[this.cls.get('locale') ?? actor.locale](title),
      currency: money?.currency ?? 'VND',
      startsOn,
      endsOn: proposed.durationMonths ? periodEnd(startsOn, proposed.durationMonths) : null,
      parties: [
        { organisationId: call.ownerId, role: 'FUNDER', moneyContribution: money?.amount ?? 0, inKindContribution: null },
        { organisationId: proposal.leadOrganisationId, role: 'COORDINATOR', moneyContribution: 0, inKindContribution: null },
        ...partners.map((partner, index) => ({
          organisationId: partner.organisationId,
          role: defaultPartyRole('PARTNER', kinds[index]?.kind ?? 'ENTERPRISE'),
          moneyContribution: 0,
          inKindContribution: null,
        })),
      ],
    };
    try {
      return await this.insert({ managerId: call.ownerId, proposalId: proposal.id, projectId: call.projectId }, content, actor);
    } catch (error) {
      // Two colleagues creating at once: the unique index decides, the second hears why.
      if (error instanceof QueryFailedError && (error as { code?: string }).code === '23505') throw new AppError('CONFLICT', 'AGREEMENT_EXISTS');
      throw error;
    }
  }

  /**
   * A new version of the content. The managing organisation edits its draft; every party edits
   * in negotiation; an edit while signatures are collected returns it to negotiation (signatures
   * were for the old version); while in force, only a pending amendment is edited this way.
   */
  async update(id: string, input: AgreementInput, expectedVersion: number): Promise<Agreement> {
    const agreement = await this.findById(id);
    return this.edit(agreement, input, expectedVersion, 'EDIT', await this.amendmentPending(agreement));
  }

  /** A change of an agreement in force: a new version every party signs again; until then the signed one holds. */
  async amend(id: string, input: AgreementInput, expectedVersion?: number | null): Promise<Agreement> {
    const agreement = await this.findById(id);
    return this.edit(agreement, input, expectedVersion ?? agreement.version, 'AMEND', await this.amendmentPending(agreement));
  }

  /** Drops a pending amendment: the version in force becomes the current content again. */
  async withdrawAmendment(id: string): Promise<Agreement> {
    const agreement = await this.findById(id);
    const actor = await this.requireManager(agreement);
    this.requireTransition(agreement, 'WITHDRAW_AMENDMENT', await this.amendmentPending(agreement));
    const inForce = await this.requireSignedVersion(agreement);
    await this.writeVersion(agreement, inForce.content, {
      expectedVersion: agreement.version,
      status: 'ACTIVE',
      amendment: false,
      organisationId: agreement.managingOrganisationId,
      userId: actor.userId,
      event: 'AGREEMENT_AMENDMENT_WITHDRAWN',
    });
    return this.fresh(agreement.id);
  }

  /** DRAFT → NEGOTIATION: the parties see it and may edit. */
  async openNegotiation(id: string): Promise<Agreement> {
    return this.move(id, 'OPEN_NEGOTIATION', `status = 'NEGOTIATION'`);
  }

  /** NEGOTIATION → PENDING_SIGNATURES once the agreement is complete; its current hash is what is signed. */
  async requestSignatures(id: string): Promise<Agreement> {
    return this.move(id, 'REQUEST_SIGNATURES', `status = 'PENDING_SIGNATURES', signatures_requested_at = now()`, undefined, async (agreement) => {
      const current = await this.requireVersion(agreement.id, agreement.version, true);
      const problems = signatureProblems(current.content);
      if (problems.length) throw AppError.badInput('id', 'AGREEMENT_INCOMPLETE', { problems: problems.join(',') });
    });
  }

  /** ACTIVE → TERMINATED, with a reason every party reads. */
  terminate(id: string, reason: string): Promise<Agreement> {
    const text = requiredText(reason, 'reason', AGREEMENT_LIMITS.reasonMax);
    return this.move(id, 'TERMINATE', `status = 'TERMINATED', terminated_at = now(), end_reason = $3, ended_by = $4, signatures_requested_at = NULL`, text);
  }

  /** Before ACTIVE → CANCELLED, with a reason. */
  cancel(id: string, reason: string): Promise<Agreement> {
    const text = requiredText(reason, 'reason', AGREEMENT_LIMITS.reasonMax);
    return this.move(id, 'CANCEL', `status = 'CANCELLED', cancelled_at = now(), end_reason = $3, ended_by = $4, signatures_requested_at = NULL`, text);
  }

  /**
   * An owner or admin of a party signs the current version, named by its hash (CONFLICT when it is
   * not the current one). The agreement row is locked first, so signatures, edits and the last
   * signature's activation happen one after another: it becomes ACTIVE exactly once.
   */
  async sign(id: string, versionHash: string): Promise<Agreement> {
    const actor = await this.actors.require();
    const agreement = await this.lock(id);
    const pending = await this.amendmentPending(agreement);
    const current = await this.requireVersion(agreement.id, agreement.version, true);
    const partyIds = current.content.parties.map((party) => party.organisationId);
    const organisationId = this.actingFor(actor, partyIds);
    if (!organisationId) throw new AppError('FORBIDDEN', 'NOT_A_PARTY');
    await this.actors.authorise('organisation.sign', organisationId, 'agreement');
    this.requireTransition(agreement, 'SIGN', pending);
    if (String(versionHash ?? '').trim().toLowerCase() !== current.hash) throw new AppError('CONFLICT', 'VERSION_HASH_STALE');
    const manager = await this.db.manager();
    const inserted: unknown[] = await manager.query(
      `INSERT INTO agreement_signatures (agreement_id, version_number, organisation_id, version_hash, signed_by, signer_name)
       SELECT $1, $2, $3, $4, u.id, u.full_name FROM users u WHERE u.id = $5
       ON CONFLICT DO NOTHING RETURNING organisation_id`,
      [agreement.id, current.number, organisationId, current.hash, actor.userId],
    );
    if (!inserted.length) throw new AppError('CONFLICT', 'ALREADY_SIGNED');
    await this.recordEvent(agreement.id, 'AGREEMENT_SIGNED', null, { version: current.number, hash: current.hash, organisationId }, organisationId);
    const signed: { organisation_id: string }[] = await manager.query(`SELECT organisation_id FROM agreement_signatures WHERE agreement_id = $1 AND version_number = $2`, [
      agreement.id,
      current.number,
    ]);
    if (allPartiesSigned(partyIds, signed.map((row) => row.organisation_id))) {
      await manager.query(
        `UPDATE agreements SET status = 'ACTIVE', signed_version = current_version, activated_at = coalesce(activated_at, now()),
                signatures_requested_at = NULL, updated_at = now() WHERE id = $1`,
        [agreement.id],
      );
      await this.recordEvent(
        agreement.id,
        'AGREEMENT_ACTIVATED',
        { status: agreement.status, signedVersion: agreement.signedVersionNumber },
        { status: 'ACTIVE', signedVersion: current.number },
        organisationId,
      );
      // An amendment now in force governs the milestones from here on.
      if (agreement.status === 'ACTIVE') await this.syncMilestones(agreement.id, current.content, true);
    }
    return this.fresh(agreement.id);
  }

  /** NOT_FOUND both for a random id and for an agreement the caller may not see. */
  async findById(id: string): Promise<Agreement> {
    const manager = await this.db.manager();
    const agreement = await manager.getRepository(Agreement).findOneBy({ id });
    if (!agreement) throw AppError.notFound('agreement');
    return agreement;
  }

  /** Batched per request; null when missing or hidden. */
  load(id: string): Promise<Agreement | null> {
    return this.cls
      .get('loaders')
      .get<string, Agreement | null>('agreements.byId', async (ids) => {
        const manager = await this.db.manager();
        return byKeys(ids, await manager.getRepository(Agreement).findBy({ id: In([...ids]) }), (row) => row.id);
      })
      .load(id);
  }

  /** Agreements of the active organisation (managed or as a party), recently changed first. */
  async list(filter: AgreementFilter | null | undefined, page: PageArgs): Promise<ConnectionResult<Agreement>> {
    const actor = await this.actors.require();
    if (!actor.active) throw new AppError('FORBIDDEN', 'NO_ORGANISATION');
    const manager = await this.db.manager();
    const query = manager
      .getRepository(Agreement)
      .createQueryBuilder('agreement')
      .where(
        `(agreement.managing_organisation_id = :organisationId
          OR EXISTS (SELECT 1 FROM agreement_parties p WHERE p.agreement_id = agreement.id AND p.organisation_id = :organisationId))`,
        { organisationId: actor.active.organisationId },
      );
    if (filter?.statuses?.length) query.andWhere('agreement.status = ANY (:statuses)', { statuses: filter.statuses });
    const search = filter?.search?.trim();
    if (search) {
      if (search.length > 200) throw AppError.badInput('filter.search', 'SEARCH_TOO_LONG', { max: 200 });
      query.andWhere(`helix.f_unaccent(lower(agreement.title)) LIKE '%' || helix.f_unaccent(lower(:search)) || '%'`, { search: search.replace(/[%_\\]/g, '\\$&') });
    }
    if (filter?.overdue) {
      query.andWhere(`EXISTS (SELECT 1 FROM agreement_milestones m WHERE m.agreement_id = agreement.id AND m.status <> 'ACCEPTED'
                        AND m.due_date < (now() AT TIME ZONE agreement.time_zone)::date)`);
    }
    return paginate(query, page, {
      sortExpression: "date_trunc('milliseconds', agreement.updated_at)",
      idExpression: 'agreement.id',
      direction: 'DESC',
      cursorOf: (node) => [node.updatedAt.toISOString(), node.id],
    });
  }

  /** The agreement made from a proposal (a living one before a cancelled one), if the caller may see it; batched. */
  ofProposal(proposalId: string): Promise<Agreement | null> {
    return this.cls
      .get('loaders')
      .get<string, Agreement | null>('agreements.byProposal', async (ids) => {
        const manager = await this.db.manager();
        const rows = await manager
          .getRepository(Agreement)
          .createQueryBuilder('a')
          .where('a.proposal_id = ANY (:ids)', { ids: [...ids] })
          .orderBy(`a.status = 'CANCELLED'`, 'DESC')
          .addOrderBy('a.created_at', 'ASC')
          .getMany();
        // Later rows win in byKeys: cancelled first, then the living ones oldest to newest.
        return byKeys(ids, rows, (row) => row.proposalId ?? '');
      })
      .load(proposalId);
  }

  /** The caller's organisations (none for a visitor). */
  async myOrganisationIds(): Promise<string[]> {
    const actor = await this.actors.current();
    return actor?.memberships.map((m) => m.organisationId) ?? [];
  }

  /** One version (batched); null when it does not exist or the agreement is hidden. */
  version(agreementId: string, number: number): Promise<AgreementVersion | null> {
    return this.cls
      .get('loaders')
      .get<string, AgreementVersion | null>('agreements.version', async (keys) => {
        const manager = await this.db.manager();
        const pairs = keys.map((key) => key.split(':'));
        const rows = await manager
          .getRepository(AgreementVersion)
          .createQueryBuilder('v')
          .where('(v.agreement_id, v.number) IN (SELECT * FROM unnest(:ids::uuid[], :numbers::int[]))', { ids: pairs.map(([id]) => id), numbers: pairs.map(([, n]) => Number(n)) })
          .getMany();
        return byKeys(keys, rows, (row) => `${row.agreementId}:${row.number}`);
      })
      .load(`${agreementId}:${number}`);
  }

  /** Every version, newest first. */
  versions(agreementId: string): Promise<AgreementVersion[]> {
    return this.cls
      .get('loaders')
      .get<string, AgreementVersion[]>('agreements.versions', async (ids) => {
        const manager = await this.db.manager();
        const rows = await manager.getRepository(AgreementVersion).find({ where: { agreementId: In([...ids]) }, order: { number: 'DESC' } });
        return ids.map((id) => rows.filter((row) => row.agreementId === id));
      })
      .load(agreementId);
  }

  async currentVersion(agreement: Agreement): Promise<AgreementVersion> {
    return this.requireVersion(agreement.id, agreement.version);
  }

  async signedVersion(agreement: Agreement): Promise<AgreementVersion | null> {
    return agreement.signedVersionNumber ? this.version(agreement.id, agreement.signedVersionNumber) : null;
  }

  /** In force with a newer version not yet signed by everyone. */
  async amendmentPending(agreement: Agreement): Promise<boolean> {
    if (agreement.status !== 'ACTIVE' || !agreement.signedVersionNumber || agreement.signedVersionNumber === agreement.version) return false;
    const [current, signed] = await Promise.all([this.version(agreement.id, agreement.version), this.signedVersion(agreement)]);
    return !!current && !!signed && current.hash !== signed.hash;
  }

  /** Signatures on a version, oldest first. */
  signatures(agreementId: string, versionNumber: number): Promise<AgreementSignature[]> {
    return this.cls
      .get('loaders')
      .get<string, AgreementSignature[]>('agreements.signatures', async (keys) => {
        const manager = await this.db.manager();
        const rows: SignatureRow[] = await manager.query(
          `SELECT agreement_id, version_number, organisation_id, version_hash, signer_name, signed_at FROM agreement_signatures
            WHERE agreement_id = ANY ($1::uuid[]) ORDER BY signed_at, organisation_id`,
          [[...new Set(keys.map((key) => key.split(':')[0]))]],
        );
        return keys.map((key) =>
          rows
            .filter((row) => `${row.agreement_id}:${row.version_number}` === key)
            .map((row) => ({
              organisationId: row.organisation_id,
              organisation: null,
              versionNumber: row.version_number,
              versionHash: row.version_hash,
              signerName: row.signer_name,
              signedAt: row.signed_at,
            })),
        );
      })
      .load(`${agreementId}:${versionNumber}`);
  }

  /**
   * The current version's parties and their signatures on it. After a withdrawn amendment the
   * current version is the one in force again, word for word, and reads as signed by it.
   */
  async parties(agreement: Agreement): Promise<AgreementParty[]> {
    const current = await this.currentVersion(agreement);
    const signed = await this.signedVersion(agreement);
    const signingNumber = signed && signed.hash === current.hash ? signed.number : current.number;
    const signatures = await this.signatures(agreement.id, signingNumber);
    return current.content.parties.map((party) => {
      const signature = signatures.find((row) => row.organisationId === party.organisationId);
      return {
        organisationId: party.organisationId,
        organisation: null,
        role: party.role,
        contribution: { money: { amount: party.moneyContribution, currency: current.content.currency }, inKind: party.inKindContribution },
        signedAt: signature?.signedAt ?? null,
        signedBy: signature?.signerName ?? null,
      };
    });
  }

  /** Parties still to sign the current version while a signing round is open (empty otherwise). */
  async missingSignatories(agreement: Agreement): Promise<string[]> {
    const signing = agreement.status === 'PENDING_SIGNATURES' || (await this.amendmentPending(agreement));
    if (!signing) return [];
    return (await this.parties(agreement)).filter((party) => !party.signedAt).map((party) => party.organisationId);
  }

  /** What the caller may do now, by the same rules the writes apply. */
  async capabilities(agreement: Agreement): Promise<AgreementCapabilities> {
    const actor = await this.actors.current();
    const none: AgreementCapabilities = { edit: false, amend: false, manage: false, sign: false, signingOrganisationId: null };
    if (!actor) return none;
    const current = await this.currentVersion(agreement);
    const pending = await this.amendmentPending(agreement);
    const partyIds = current.content.parties.map((party) => party.organisationId);
    const allowed = (action: Parameters<typeof can>[1], organisationId: string | null) =>
      !!organisationId && can(this.actors.permissionActor(actor, organisationId), action, {}).allowed;
    const editor = this.actingFor(actor, agreement.status === 'DRAFT' ? [agreement.managingOrganisationId] : partyIds);
    const signer = this.actingFor(actor, partyIds);
    const missing = await this.missingSignatories(agreement);
    const sign = !!signer && missing.includes(signer) && allowed('organisation.sign', signer) && agreementTransition(agreement.status, 'SIGN', pending).ok;
    return {
      edit: allowed('agreement.prepare', editor) && agreementTransition(agreement.status, 'EDIT', pending).ok,
      amend: allowed('agreement.prepare', editor) && agreement.status === 'ACTIVE',
      manage: allowed('agreement.manage', actor.memberships.some((m) => m.organisationId === agreement.managingOrganisationId) ? agreement.managingOrganisationId : null),
      sign,
      signingOrganisationId: sign ? signer : null,
    };
  }

  /** Two versions compared: terms line by line, the rest field by field, with names to read. */
  async compare(agreement: Agreement, from: number, to: number): Promise<AgreementDiff> {
    const [before, after] = await Promise.all([this.version(agreement.id, from), this.version(agreement.id, to)]);
    if (!before) throw AppError.badInput('from', 'VERSION_UNKNOWN', { number: from });
    if (!after) throw AppError.badInput('to', 'VERSION_UNKNOWN', { number: to });
    const diff: DomainDiff = diffAgreementContent(before.content, after.content);
    const labels = new Map<string, string>();
    for (const milestone of [...before.content.milestones, ...after.content.milestones]) labels.set(milestone.id, milestone.title);
    const organisationIds = [...before.content.parties, ...after.content.parties].map((party) => party.organisationId);
    for (const organisation of await Promise.all(organisationIds.map((id) => this.organisations.load(id)))) {
      if (organisation) labels.set(organisation.id, organisation.shortName ?? organisation.name);
    }
    for (const file of await this.files.loadMany([...before.content.attachmentIds, ...after.content.attachmentIds])) labels.set(file.id, file.name);
    // Values that are ids (a milestone's responsible party) read as names too.
    const valueLabel = (field: string, value: string | null) => (field === 'responsibleOrganisationId' && value ? (labels.get(value) ?? null) : null);
    return {
      from,
      to,
      fromHash: before.hash,
      toHash: after.hash,
      fromCurrency: before.content.currency,
      toCurrency: after.content.currency,
      terms: diff.terms,
      changes: diff.changes.map((change) => ({
        ...change,
        subjectLabel: change.subject ? (labels.get(change.subject) ?? null) : null,
        beforeLabel: valueLabel(change.field, change.before),
        afterLabel: valueLabel(change.field, change.after),
      })),
    };
  }

  /** The agreement as this transaction sees it now (past the per-request loaders). */
  async fresh(id: string): Promise<Agreement> {
    return this.findById(id);
  }

  /** Locks the agreement row for this transaction: writes that must see each other queue here. */
  async lock(id: string): Promise<Agreement> {
    const manager = await this.db.manager();
    const agreement = await manager.getRepository(Agreement).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne();
    if (!agreement) throw AppError.notFound('agreement');
    return agreement;
  }

  /** Refuses with INVALID_TRANSITION when the lifecycle does not allow `action` now. */
  requireTransition(agreement: Agreement, action: AgreementAction, amendmentPending = false): AgreementStatus {
    const transition = agreementTransition(agreement.status, action, amendmentPending);
    if (!transition.ok) throw new AppError('INVALID_TRANSITION', 'AGREEMENT_STATUS_FORBIDS', { status: agreement.status });
    return transition.status;
  }

  /** Of `candidates`, the organisation the caller acts for: the active one if it is among them. */
  actingFor(actor: RequestActor, candidates: readonly string[]): string | null {
    if (actor.active && candidates.includes(actor.active.organisationId)) return actor.active.organisationId;
    return actor.memberships.find((m) => candidates.includes(m.organisationId))?.organisationId ?? null;
  }

  /** A version that must exist (`fresh` reads past the loaders, inside this transaction). */
  async requireVersion(agreementId: string, number: number, fresh = false): Promise<AgreementVersion> {
    const manager = await this.db.manager();
    const version = fresh ? await manager.getRepository(AgreementVersion).findOneBy({ agreementId, number }) : await this.version(agreementId, number);
    if (!version) throw AppError.notFound('agreement');
    return version;
  }

  private async requireSignedVersion(agreement: Agreement): Promise<AgreementVersion> {
    const signed = await this.signedVersion(agreement);
    if (!signed) throw new AppError('INVALID_TRANSITION', 'AGREEMENT_STATUS_FORBIDS', { status: agreement.status });
    return signed;
  }

  private async edit(agreement: Agreement, input: AgreementInput, expectedVersion: number, action: 'EDIT' | 'AMEND', pending: boolean): Promise<Agreement> {
    const actor = await this.actors.require();
    const current = await this.currentVersion(agreement);
    const candidates = agreement.status === 'DRAFT' ? [agreement.managingOrganisationId] : current.content.parties.map((party) => party.organisationId);
    const organisationId = this.actingFor(actor, candidates);
    if (!organisationId) throw new AppError('FORBIDDEN', agreement.status === 'DRAFT' ? 'DRAFT_EDIT_MANAGER_ONLY' : 'NOT_A_PARTY');
    await this.actors.authorise('agreement.prepare', organisationId, 'agreement');
    if (action === 'EDIT' && agreement.status === 'ACTIVE' && !pending) throw new AppError('INVALID_TRANSITION', 'AGREEMENT_ACTIVE_AMEND');
    const status = this.requireTransition(agreement, action, pending);
    const amending = agreement.status === 'ACTIVE';
    const context = this.context(agreement.managingOrganisationId, organisationId);
    if (amending) {
      context.inForce = (await this.requireSignedVersion(agreement)).content;
      context.startedMilestones = new Map((await this.milestones(agreement.id)).map((m) => [m.id, { status: m.status, responsibleOrganisationId: m.responsibleOrganisationId }]));
    }
    const content = await this.reader.read(current.content, input, context);
    await this.writeVersion(agreement, content, { expectedVersion, status, amendment: amending, organisationId, userId: actor.userId, event: amending ? 'AGREEMENT_AMENDED' : 'AGREEMENT_EDITED' });
    return this.fresh(agreement.id);
  }

  private context(managerId: string, actingId: string): EditContext {
    return { managingOrganisationId: managerId, actingOrganisationId: actingId, inForce: null, startedMilestones: new Map() };
  }

  private async insert(owner: { managerId: string; proposalId: string | null; projectId: string | null }, content: AgreementContent, actor: RequestActor): Promise<Agreement> {
    const manager = await this.db.manager();
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO agreements (managing_organisation_id, proposal_id, project_id, created_by, title) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [owner.managerId, owner.proposalId, owner.projectId, actor.userId, content.title],
    );
    const created = Object.assign(new Agreement(), { id: row.id, version: 0, status: 'DRAFT' as const });
    await this.writeVersion(created, content, { expectedVersion: 0, status: 'DRAFT', amendment: false, organisationId: owner.managerId, userId: actor.userId, event: 'AGREEMENT_CREATED' });
    return this.fresh(row.id);
  }

  /**
   * Writes `content` as the next version (nothing when it is word for word the current one):
   * version number and mirrors on the agreement row, the version itself, the parties and — before
   * the agreement is in force — the milestones. CONFLICT when someone saved since `expectedVersion`.
   */
  private async writeVersion(agreement: Agreement, content: AgreementContent, write: VersionWrite): Promise<void> {
    const hash = contentHash(content);
    const previous = agreement.version > 0 ? await this.requireVersion(agreement.id, agreement.version, true) : null;
    // Saving the same words again is not a new version (and drops no signature).
    if (previous?.hash === hash) return;
    const manager = await this.db.manager();
    const [rows]: [{ current_version: number }[], number] = await manager.query(
      `UPDATE agreements SET current_version = current_version + 1, status = $3, title = $4, currency = $5, total_value = $6, starts_on = $7,
              ends_on = $8, time_zone = $9, disclosed = $10, updated_at = now(),
              signatures_requested_at = CASE WHEN $11 THEN now() ELSE NULL END
        WHERE id = $1 AND current_version = $2 AND status = $12 RETURNING current_version`,
      [
        agreement.id,
        write.expectedVersion,
        write.status,
        content.title,
        content.currency,
        agreementValue(content.parties),
        content.startsOn,
        content.endsOn,
        content.timeZone,
        content.disclosed,
        write.amendment,
        // A signature completing meanwhile changes the status under this edit: CONFLICT, not a silent overwrite.
        agreement.status,
      ],
    );
    const number = rows[0]?.current_version;
    if (!number) throw new AppError('CONFLICT');
    await manager.query(
      `INSERT INTO agreement_versions (agreement_id, number, content, content_hash, attachment_ids, amendment, author_id, author_name, author_organisation_id)
       SELECT $1, $2, $3::jsonb, $4, $5::uuid[], $6, u.id, u.full_name, $7 FROM users u WHERE u.id = $8`,
      [agreement.id, number, JSON.stringify(content), hash, content.attachmentIds, write.amendment, write.organisationId, write.userId],
    );
    await manager.query(`DELETE FROM agreement_parties WHERE agreement_id = $1 AND NOT (organisation_id = ANY ($2::uuid[]))`, [
      agreement.id,
      content.parties.map((party) => party.organisationId),
    ]);
    await manager.query(
      `INSERT INTO agreement_parties (agreement_id, organisation_id, role, money_contribution, in_kind_contribution, position)
       SELECT $1, p."organisationId", p.role, p."moneyContribution", p."inKindContribution", p.position
         FROM jsonb_to_recordset($2::jsonb) AS p ("organisationId" uuid, role text, "moneyContribution" bigint, "inKindContribution" text, position integer)
       ON CONFLICT (agreement_id, organisation_id) DO UPDATE SET role = excluded.role, money_contribution = excluded.money_contribution,
          in_kind_contribution = excluded.in_kind_contribution, position = excluded.position`,
      [agreement.id, JSON.stringify(content.parties.map((party, position) => ({ ...party, position })))],
    );
    if (write.status !== 'ACTIVE') await this.syncMilestones(agreement.id, content, false);
    const state = (version: number, versionHash: string, status: AgreementStatus) => ({ version, hash: versionHash, status });
    await this.recordEvent(agreement.id, write.event, previous && state(previous.number, previous.hash, agreement.status), state(number, hash, write.status), write.organisationId);
    if (previous && previous.content.disclosed !== content.disclosed) {
      await this.recordEvent(agreement.id, 'AGREEMENT_DISCLOSURE_CHANGED', { disclosed: previous.content.disclosed }, { disclosed: content.disclosed }, write.organisationId);
    }
  }

  /** Appends to the audit trail for the agreement's manager and parties. */
  private async recordEvent(agreementId: string, action: AuditAction, before: Record<string, unknown> | null, after: Record<string, unknown> | null, organisationId?: string | null): Promise<void> {
    const manager = await this.db.manager();
    const rows: { organisation_id: string }[] = await manager.query(
      `SELECT managing_organisation_id AS organisation_id FROM agreements WHERE id = $1
       UNION SELECT organisation_id FROM agreement_parties WHERE agreement_id = $1`,
      [agreementId],
    );
    await this.audit.record({ subjectType: 'AGREEMENT', subjectId: agreementId, action, organisationId, concerned: rows.map((row) => row.organisation_id), before, after });
  }

  /**
   * The milestones table follows the governing version. Before signature it is the current
   * content exactly; when an amendment comes into force, milestones already worked on stay even
   * if the amendment left them out (their history is not to be lost), the others follow it.
   */
  private async syncMilestones(agreementId: string, content: AgreementContent, keepStarted: boolean): Promise<void> {
    const manager = await this.db.manager();
    await manager.query(
      `DELETE FROM agreement_milestones WHERE agreement_id = $1 AND NOT (id = ANY ($2::uuid[]))${keepStarted ? ` AND status = 'PLANNED'` : ''}`,
      [agreementId, content.milestones.map((milestone) => milestone.id)],
    );
    await manager.query(
      `INSERT INTO agreement_milestones (id, agreement_id, position, title, due_date, responsible_organisation_id, deliverable, payment_share)
       SELECT m.id, $1, m.position, m.title, m."dueDate", m."responsibleOrganisationId", m.deliverable, m."paymentShare"
         FROM jsonb_to_recordset($2::jsonb) AS m (id uuid, title text, "dueDate" date, "responsibleOrganisationId" uuid, deliverable text, "paymentShare" integer, position integer)
       ON CONFLICT (id) DO UPDATE SET position = excluded.position, title = excluded.title, due_date = excluded.due_date,
          responsible_organisation_id = excluded.responsible_organisation_id, deliverable = excluded.deliverable,
          payment_share = excluded.payment_share, updated_at = now()`,
      [agreementId, JSON.stringify(content.milestones.map((milestone, position) => ({ ...milestone, position })))],
    );
    if (keepStarted) await this.completeIfDone(agreementId);
  }

  /** ACTIVE → COMPLETED once every milestone is accepted (called with the agreement row locked). */
  async completeIfDone(agreementId: string): Promise<void> {
    const manager = await this.db.manager();
    const rows: { status: MilestoneStatus }[] = await manager.query(`SELECT status FROM agreement_milestones WHERE agreement_id = $1`, [agreementId]);
    if (agreementCompleted(rows.map((row) => row.status))) {
      const [rows]: [unknown[], number] = await manager.query(
        `UPDATE agreements SET status = 'COMPLETED', completed_at = now(), updated_at = now() WHERE id = $1 AND status = 'ACTIVE' RETURNING id`,
        [agreementId],
      );
      if (rows.length) await this.recordEvent(agreementId, 'AGREEMENT_COMPLETED', { status: 'ACTIVE' }, { status: 'COMPLETED' });
    }
  }

  /** The governing milestones, in order (batched). */
  milestones(agreementId: string): Promise<AgreementMilestone[]> {
    return this.cls
      .get('loaders')
      .get<string, AgreementMilestone[]>('agreements.milestones', async (ids) => {
        const manager = await this.db.manager();
        const rows = await manager.getRepository(AgreementMilestone).find({ where: { agreementId: In([...ids]) }, order: { position: 'ASC', id: 'ASC' } });
        return ids.map((id) => rows.filter((row) => row.agreementId === id));
      })
      .load(agreementId);
  }

  /** A lifecycle move by the managing organisation's owner or admin, on the locked row. */
  private async move(id: string, action: AgreementAction, set: string, reason?: string, check?: (agreement: Agreement) => Promise<void>): Promise<Agreement> {
    const agreement = await this.lock(id);
    const actor = await this.requireManager(agreement);
    this.requireTransition(agreement, action);
    await check?.(agreement);
    const manager = await this.db.manager();
    const parameters: unknown[] = [agreement.id, agreement.status];
    if (reason !== undefined) parameters.push(reason, actor.userId);
    await manager.query(`UPDATE agreements SET ${set}, updated_at = now() WHERE id = $1 AND status = $2`, parameters);
    const moved = await this.fresh(agreement.id);
    await this.recordEvent(
      agreement.id,
      MOVE_EVENTS[action] ?? 'AGREEMENT_EDITED',
      { status: agreement.status },
      { status: moved.status, ...(reason !== undefined ? { reason } : {}) },
      agreement.managingOrganisationId,
    );
    return moved;
  }

  private async requireManager(agreement: Agreement): Promise<RequestActor> {
    const actor = await this.actors.require();
    if (!actor.memberships.some((m) => m.organisationId === agreement.managingOrganisationId)) throw new AppError('FORBIDDEN', 'NOT_MANAGING_ORGANISATION');
    return this.actors.authorise('agreement.manage', agreement.managingOrganisationId, 'agreement');
  }
}
