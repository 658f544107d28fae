import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import {
  canScore,
  DECISION_ACTION,
  evaluationOutcome,
  PROPOSAL_LIMITS,
  type ProposalDecision,
  type ProposalStatus,
  rankProposals,
  type ReviewerDeclaration,
  type ReviewerScores,
  validScore,
  weightedScore,
} from '@helix/domain';
import { ActorService } from '@api/core/auth/actor.service';
import type { RequestStore } from '@api/core/context/request-context';
import { DatabaseService } from '@api/core/database/database.service';
import { AppError } from '@api/core/graphql/app-error';
import { optionalText, requiredText } from '@api/core/graphql/input-checks';
import type { Project } from '@api/modules/projects/project.entity';
import { ProjectsService } from '@api/modules/projects/projects.service';
import type { ScoreInput } from './dto/proposal.inputs';
import { Proposal } from './proposal.entity';
import type { ProposalDecisionRecord, ProposalReviewer, ProposalScore, RankedProposal } from './proposal.types';
import { type ProposalCall, ProposalsService } from './proposals.service';

interface ReviewerRow {
  proposal_id: string;
  reviewer_id: string;
  declaration: ReviewerDeclaration;
  declaration_note: string | null;
  declared_at: Date | null;
}

interface ScoreRow {
  proposal_id: string;
  reviewer_id: string;
  criterion_id: string;
  score: number;
  comment: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Evaluation, the project owner's private work (row-level security: reviewers, scores and
 * justifications are readable by the owner's members only). Owners and admins assign reviewers,
 * decide and finalise; an assigned reviewer declares a conflict of interest (or none) and then,
 * without a conflict, scores every criterion 0–10.
 */
@Injectable()
export class EvaluationService {
  constructor(
    private readonly db: DatabaseService,
    private readonly actors: ActorService,
    private readonly proposals: ProposalsService,
    private readonly projects: ProjectsService,
    private readonly cls: ClsService<RequestStore>,
  ) {}

  /** A member (above viewer) of the owner reviews a proposal of a closed call. */
  async assignReviewer(proposalId: string, userId: string): Promise<ProposalReviewer> {
    const { proposal, call } = await this.owned(proposalId, 'evaluation.manage');
    const actor = await this.actors.require();
    this.proposals.requireTransition(proposal, call, 'REVIEW');
    const manager = await this.db.manager();
    const members: { role: string }[] = await manager.query(`SELECT role FROM memberships WHERE organisation_id = $1 AND user_id = $2`, [call.ownerId, userId]);
    if (!members[0] || members[0].role === 'VIEWER') throw AppError.badInput('userId', 'REVIEWER_NOT_MEMBER');
    await manager.query(`INSERT INTO proposal_reviewers (proposal_id, reviewer_id, assigned_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      proposal.id,
      userId,
      actor.userId,
    ]);
    await this.proposals.recordEvent(proposal, call, 'REVIEWER_ASSIGNED', {}, { reviewerId: userId }, 'OWNER');
    return this.reviewerOrFail(proposal.id, userId);
  }

  /** The assigned reviewer's declaration; a declared conflict is final (and clears their scores). */
  async declareConflictOfInterest(proposalId: string, hasConflict: boolean, note?: string | null): Promise<ProposalReviewer> {
    const { proposal, call, reviewer } = await this.asReviewer(proposalId);
    this.proposals.requireTransition(proposal, call, 'REVIEW');
    const text = optionalText(note, 'note', PROPOSAL_LIMITS.commentMax);
    if (reviewer.declaration === 'CONFLICT' && !hasConflict) throw new AppError('INVALID_TRANSITION', 'DECLARATION_FINAL');
    const manager = await this.db.manager();
    await manager.query(
      `UPDATE proposal_reviewers SET declaration = $3, declaration_note = $4, declared_at = now() WHERE proposal_id = $1 AND reviewer_id = $2`,
      [proposal.id, reviewer.reviewer_id, hasConflict ? 'CONFLICT' : 'NO_CONFLICT', text],
    );
    if (hasConflict) await manager.query(`DELETE FROM proposal_scores WHERE proposal_id = $1 AND reviewer_id = $2`, [proposal.id, reviewer.reviewer_id]);
    return this.reviewerOrFail(proposal.id, reviewer.reviewer_id);
  }

  /** Scores (0–10, whole) for criteria of the project; a later score for a criterion replaces the earlier. */
  async scoreProposal(proposalId: string, scores: ScoreInput[]): Promise<ProposalReviewer> {
    const { proposal, call, reviewer } = await this.asReviewer(proposalId);
    this.proposals.requireTransition(proposal, call, 'REVIEW');
    const refusal = canScore(reviewer.declaration);
    if (refusal) throw new AppError('FORBIDDEN', refusal);
    const criteria = await this.projects.criteriaOf(call.projectId);
    const seen = new Set<string>();
    const rows = (scores ?? []).map((entry, index) => {
      const field = `scores.${index}`;
      const criterionId = String(entry.criterionId ?? '').toLowerCase();
      if (!UUID.test(criterionId) || !criteria.some((criterion) => criterion.id === criterionId)) throw AppError.badInput(`${field}.criterionId`, 'CRITERION_UNKNOWN');
      if (seen.has(criterionId)) throw AppError.badInput(`${field}.criterionId`, 'CRITERION_DUPLICATE');
      seen.add(criterionId);
      if (!validScore(entry.score)) throw AppError.badInput(`${field}.score`, 'SCORE_INVALID');
      return { criterionId, score: entry.score, comment: optionalText(entry.comment, `${field}.comment`, PROPOSAL_LIMITS.commentMax) };
    });
    if (!rows.length) throw AppError.badInput('scores', 'REQUIRED');
    const manager = await this.db.manager();
    await manager.query(
      `INSERT INTO proposal_scores (proposal_id, reviewer_id, criterion_id, score, comment)
       SELECT $1, $2, s.criterion_id, s.score, s.comment
         FROM jsonb_to_recordset($3::jsonb) AS s (criterion_id uuid, score integer, comment text)
       ON CONFLICT (proposal_id, reviewer_id, criterion_id) DO UPDATE SET score = excluded.score, comment = excluded.comment, scored_at = now()`,
      [proposal.id, reviewer.reviewer_id, JSON.stringify(rows.map((row) => ({ criterion_id: row.criterionId, score: row.score, comment: row.comment })))],
    );
    return this.reviewerOrFail(proposal.id, reviewer.reviewer_id);
  }

  /** Shortlist, accept or reject with a justification (kept) and feedback (shown to the proposer). */
  async decideProposal(proposalId: string, decision: ProposalDecision, justification: string, feedback?: string | null): Promise<Proposal> {
    const { proposal, call } = await this.owned(proposalId, 'evaluation.manage');
    const actor = await this.actors.require();
    const status = this.proposals.requireTransition(proposal, call, DECISION_ACTION[decision]);
    const reason = requiredText(justification, 'justification', PROPOSAL_LIMITS.justificationMax);
    const forProposer = optionalText(feedback, 'feedback', PROPOSAL_LIMITS.feedbackMax);
    const manager = await this.db.manager();
    const final = decision !== 'SHORTLISTED';
    const result = await manager
      .createQueryBuilder()
      .update(Proposal)
      .set({
        storedStatus: status,
        ...(forProposer !== null ? { feedback: forProposer } : {}),
        ...(final ? { decidedAt: () => 'now()' } : {}),
        updatedAt: () => 'now()',
        version: () => 'version + 1',
      })
      .where('id = :id AND version = :version', { id: proposal.id, version: proposal.version })
      .execute();
    if (!result.affected) throw new AppError('CONFLICT');
    await manager.query(`INSERT INTO proposal_decisions (proposal_id, decision, justification, feedback, decided_by) VALUES ($1, $2, $3, $4, $5)`, [
      proposal.id,
      decision,
      reason,
      forProposer,
      actor.userId,
    ]);
    await this.proposals.recordEvent(proposal, call, 'PROPOSAL_DECIDED', { status: proposal.storedStatus }, { status, ...(forProposer !== null ? { feedback: forProposer } : {}) });
    return this.proposals.findById(proposal.id);
  }

  /** EVALUATION → AWARDED (one accepted) or UNSUCCESSFUL, once every submitted proposal is decided. */
  async finalizeEvaluation(projectId: string): Promise<Project> {
    await this.actors.require();
    const project = await this.projects.findById(projectId);
    await this.actors.authorise('evaluation.manage', project.organisationId, 'project');
    const manager = await this.db.manager();
    const rows = await manager.getRepository(Proposal).findBy({ projectId: project.id });
    const projectStatus = this.projects.statusOf(project);
    const statuses: ProposalStatus[] = rows
      .filter((row) => row.storedStatus !== 'DRAFT' && row.storedStatus !== 'WITHDRAWN')
      .map((row) => (row.storedStatus === 'SUBMITTED' && projectStatus !== 'OPEN' ? 'UNDER_REVIEW' : row.storedStatus));
    const outcome = evaluationOutcome(statuses);
    if (!outcome.ok) {
      // Before the closing time the lifecycle's refusal says more than "undecided".
      this.projects.requireTransition(projectStatus, 'FINALIZE_UNSUCCESSFUL');
      throw new AppError('INVALID_TRANSITION', outcome.reason);
    }
    return this.projects.finalizeChecked(project, outcome.status);
  }

  /** The weighted score (0–100) for the owner's members; null for everyone else and until a reviewer scored everything. */
  async scoreOf(proposal: Proposal): Promise<number | null> {
    const call = await this.proposals.callOf(proposal.id);
    if (!call || !(await this.isOwnerMember(call)) || !(await this.mayReadScores(proposal.id))) return null;
    const [criteria, scores] = await Promise.all([this.projects.criteriaOf(call.projectId), this.scoresOf(proposal.id)]);
    return weightedScore(criteria, this.byReviewer(scores));
  }

  /** The owner's ranking of the submitted (not withdrawn) proposals; null for anyone else. */
  async ranking(project: Project): Promise<RankedProposal[] | null> {
    const actor = await this.actors.current();
    if (!actor?.memberships.some((m) => m.organisationId === project.organisationId)) return null;
    const proposals = (await this.proposals.ofProject(project.id)).filter((row) => row.submittedAt && row.storedStatus !== 'WITHDRAWN');
    const criteria = await this.projects.criteriaOf(project.id);
    const scored = await Promise.all(
      proposals.map(async (proposal) => ({
        id: proposal.id,
        proposal,
        submittedAt: proposal.submittedAt as Date,
        score: (await this.mayReadScores(proposal.id)) ? weightedScore(criteria, this.byReviewer(await this.scoresOf(proposal.id))) : null,
      })),
    );
    return rankProposals(scored).map((row) => ({ proposal: row.proposal, score: row.score, rank: row.rank }));
  }

  /** The owner's reviewers of a proposal with their scores (empty for everyone else: row-level security). */
  async reviewersOf(proposalId: string): Promise<ProposalReviewer[]> {
    const [reviewers, scores, mayRead, actor] = await Promise.all([this.reviewerRowsOf(proposalId), this.scoresOf(proposalId), this.mayReadScores(proposalId), this.actors.current()]);
    // An assigned reviewer who has not declared "no conflict" sees no one's scores (their own are none).
    const visible = mayRead ? scores : scores.filter((score) => score.reviewer_id === actor?.userId);
    return reviewers.map((row) => this.reviewerView(row, visible));
  }

  /** Scores are hidden from an assigned reviewer until they declare no conflict (and for good with a conflict). */
  private async mayReadScores(proposalId: string): Promise<boolean> {
    const actor = await this.actors.current();
    if (!actor) return false;
    const mine = (await this.reviewerRowsOf(proposalId)).find((row) => row.reviewer_id === actor.userId);
    return !mine || mine.declaration === 'NO_CONFLICT';
  }

  /** Every decision with its justification (the owner's record). */
  decisionsOf(proposalId: string): Promise<ProposalDecisionRecord[]> {
    return this.cls
      .get('loaders')
      .get<string, ProposalDecisionRecord[]>('proposals.decisions', async (ids) => {
        const manager = await this.db.manager();
        const rows: { proposal_id: string; decision: ProposalDecision; justification: string; feedback: string | null; decided_at: Date }[] = await manager.query(
          `SELECT proposal_id, decision, justification, feedback, decided_at FROM proposal_decisions WHERE proposal_id = ANY ($1) ORDER BY decided_at, id`,
          [[...ids]],
        );
        return ids.map((id) =>
          rows.filter((row) => row.proposal_id === id).map((row) => ({ decision: row.decision, justification: row.justification, feedback: row.feedback, decidedAt: row.decided_at })),
        );
      })
      .load(proposalId);
  }

  /** Submitted proposals per project (withdrawn ones excepted), counted for whoever sees the project: one statement per page. */
  proposalCount(projectId: string): Promise<number> {
    return this.cls
      .get('loaders')
      .get<string, number>('projects.proposalCount', async (ids) => {
        const manager = await this.db.manager();
        const rows: { id: string; count: number }[] = await manager.query(
          `SELECT j.id, helix.submitted_proposal_count(j.id) AS count FROM projects j WHERE j.id = ANY ($1)`,
          [[...ids]],
        );
        return ids.map((id) => rows.find((row) => row.id === id)?.count ?? 0);
      })
      .load(projectId);
  }

  private async isOwnerMember(call: ProposalCall): Promise<boolean> {
    const actor = await this.actors.current();
    return Boolean(actor?.memberships.some((m) => m.organisationId === call.ownerId));
  }

  private byReviewer(scores: ScoreRow[]): ReviewerScores[] {
    const sheets = new Map<string, Record<string, number>>();
    for (const row of scores) {
      const sheet = sheets.get(row.reviewer_id) ?? {};
      sheet[row.criterion_id] = row.score;
      sheets.set(row.reviewer_id, sheet);
    }
    return [...sheets.values()];
  }

  private scoresOf(proposalId: string): Promise<ScoreRow[]> {
    return this.cls
      .get('loaders')
      .get<string, ScoreRow[]>('proposals.scores', async (ids) => {
        const manager = await this.db.manager();
        const rows: ScoreRow[] = await manager.query(
          `SELECT proposal_id, reviewer_id, criterion_id, score, comment FROM proposal_scores WHERE proposal_id = ANY ($1) ORDER BY reviewer_id, criterion_id`,
          [[...ids]],
        );
        return ids.map((id) => rows.filter((row) => row.proposal_id === id));
      })
      .load(proposalId);
  }

  private reviewerRowsOf(proposalId: string): Promise<ReviewerRow[]> {
    return this.cls
      .get('loaders')
      .get<string, ReviewerRow[]>('proposals.reviewers', async (ids) => {
        const manager = await this.db.manager();
        const rows: ReviewerRow[] = await manager.query(
          `SELECT proposal_id, reviewer_id, declaration, declaration_note, declared_at FROM proposal_reviewers WHERE proposal_id = ANY ($1) ORDER BY assigned_at, reviewer_id`,
          [[...ids]],
        );
        return ids.map((id) => rows.filter((row) => row.proposal_id === id));
      })
      .load(proposalId);
  }

  private reviewerView(row: ReviewerRow, scores: ScoreRow[]): ProposalReviewer {
    return {
      proposalId: row.proposal_id,
      reviewerId: row.reviewer_id,
      user: null,
      declaration: row.declaration,
      declarationNote: row.declaration_note,
      declaredAt: row.declared_at,
      scores: scores
        .filter((score) => score.reviewer_id === row.reviewer_id)
        .map((score): ProposalScore => ({ criterionId: score.criterion_id, reviewerId: score.reviewer_id, score: score.score, comment: score.comment })),
    };
  }

  /** Fresh (past the loaders): the answer of a write reflects the write. */
  private async reviewerOrFail(proposalId: string, reviewerId: string): Promise<ProposalReviewer> {
    const manager = await this.db.manager();
    const [row]: ReviewerRow[] = await manager.query(
      `SELECT proposal_id, reviewer_id, declaration, declaration_note, declared_at FROM proposal_reviewers WHERE proposal_id = $1 AND reviewer_id = $2`,
      [proposalId, reviewerId],
    );
    if (!row) throw AppError.notFound('proposal');
    const scores: ScoreRow[] = await manager.query(
      `SELECT proposal_id, reviewer_id, criterion_id, score, comment FROM proposal_scores WHERE proposal_id = $1 AND reviewer_id = $2 ORDER BY criterion_id`,
      [proposalId, reviewerId],
    );
    return this.reviewerView(row, scores);
  }

  /** A proposal of a project the caller's organisation owns, for an owner's action. */
  private async owned(proposalId: string, action: 'evaluation.manage' | 'evaluation.review'): Promise<{ proposal: Proposal; call: ProposalCall }> {
    await this.actors.require();
    const proposal = await this.proposals.findById(proposalId);
    const call = await this.proposals.requireCall(proposal.id);
    await this.actors.authorise(action, call.ownerId, 'proposal');
    return { proposal, call };
  }

  /** The caller as an assigned reviewer of the proposal (FORBIDDEN for a colleague who is not one). */
  private async asReviewer(proposalId: string): Promise<{ proposal: Proposal; call: ProposalCall; reviewer: ReviewerRow }> {
    const { proposal, call } = await this.owned(proposalId, 'evaluation.review');
    const actor = await this.actors.require();
    const manager = await this.db.manager();
    const [reviewer]: ReviewerRow[] = await manager.query(
      `SELECT proposal_id, reviewer_id, declaration, declaration_note, declared_at FROM proposal_reviewers WHERE proposal_id = $1 AND reviewer_id = $2`,
      [proposal.id, actor.userId],
    );
    if (!reviewer) throw new AppError('FORBIDDEN', 'NOT_A_REVIEWER');
    return { proposal, call, reviewer };
  }
}
