import { Injectable } from '@nestjs/common';
import { Args, Field, GraphQLISODateTime, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PROPOSAL_LIMITS } from '@helix/domain';
import { Access } from '@api/core/auth/access.decorator';
import { ActorService } from '@api/core/auth/actor.service';
import { DatabaseService } from '@api/core/database/database.service';
import { AppError } from '@api/core/graphql/app-error';
import { requiredText } from '@api/core/graphql/input-checks';
import { Connection, type ConnectionResult, decodeCursor, encodeCursor, PageArgs, pageSize } from '@api/core/graphql/pagination';
import { ParseUUIDPipe } from '@api/core/graphql/parse-uuid.pipe';
import { Organisation } from '@api/modules/organisations/organisation.entity';
import { OrganisationsService } from '@api/modules/organisations/organisations.service';
import { ProposalsService } from './proposals.service';

@ObjectType({ description: 'Who wrote a comment: the name as it was when it was written (users of other organisations are not readable).' })
export class ProposalCommentAuthor {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  fullName: string;
}

@ObjectType({ description: 'A working note of the consortium on a proposal: lead and partners only, never the project owner.' })
export class ProposalComment {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  body: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => ProposalCommentAuthor, { nullable: true, description: 'Null when the author’s account was deleted.' })
  author: ProposalCommentAuthor | null;

  organisationId: string;
}

@ObjectType()
export class ProposalCommentConnection extends Connection(ProposalComment, 'ProposalComment') {}

interface CommentRow {
  id: string;
  proposal_id: string;
  organisation_id: string;
  author_id: string | null;
  author_name: string;
  body: string;
  created_at: Date;
}

const DECIDED = new Set(['ACCEPTED', 'REJECTED']);

function toComment(row: CommentRow): ProposalComment {
  return {
    id: row.id,
    body: row.body,
    createdAt: new Date(row.created_at),
    author: row.author_id ? { id: row.author_id, fullName: row.author_name } : null,
    organisationId: row.organisation_id,
  };
}

/**
 * Comments on a proposal by its parties (lead and not-declined partners). Row-level security on
 * `proposal_comments` is the rule; the service answers NOT_FOUND to everyone else (the project
 * owner included) exactly as for a random id, FORBIDDEN to viewers, and refuses new comments once
 * the proposal is decided (ACCEPTED or REJECTED) — until then, also after the closing time.
 */
@Injectable()
export class ProposalCommentsService {
  constructor(
    private readonly db: DatabaseService,
    private readonly actors: ActorService,
    private readonly proposals: ProposalsService,
  ) {}

  async list(proposalId: string, page: PageArgs): Promise<ConnectionResult<ProposalComment>> {
    await this.requireParty(proposalId);
    const size = pageSize(page.first);
    const manager = await this.db.manager();
    const params: unknown[] = [proposalId, size + 1];
    let after = '';
    if (page.after) {
      const [createdAt, id] = decodeCursor(page.after, 2);
      params.push(String(createdAt), String(id));
      // The cursor keeps milliseconds (JavaScript dates); compare and order at that precision.
      after = " AND (date_trunc('milliseconds', created_at), id) > ($3::timestamptz, $4::uuid)";
    }
    const rows: CommentRow[] = await manager.query(
      `SELECT * FROM proposal_comments WHERE proposal_id = $1${after} ORDER BY date_trunc('milliseconds', created_at), id LIMIT $2`,
      params,
    );
    const [{ count }]: { count: number }[] = await manager.query(`SELECT count(*)::integer AS count FROM proposal_comments WHERE proposal_id = $1`, [proposalId]);
    const nodes = rows.slice(0, size).map(toComment);
    const edges = nodes.map((node) => ({ node, cursor: encodeCursor([node.createdAt.toISOString(), node.id]) }));
    return { edges, totalCount: count, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async add(proposalId: string, body: string): Promise<ProposalComment> {
    const organisationId = await this.requireParty(proposalId);
    const actor = await this.actors.authorise('organisation.propose', organisationId, 'proposal');
    const text = requiredText(body, 'body', PROPOSAL_LIMITS.commentMax);
    const proposal = await this.proposals.findById(proposalId);
    if (DECIDED.has(proposal.storedStatus)) throw new AppError('INVALID_TRANSITION', 'PROPOSAL_STATUS_FORBIDS', { status: proposal.storedStatus });
    const manager = await this.db.manager();
    const [row]: CommentRow[] = await manager.query(
      `INSERT INTO proposal_comments (proposal_id, organisation_id, author_id, author_name, body)
       SELECT $1, $2, u.id, u.full_name, $4 FROM users u WHERE u.id = $3
       RETURNING *`,
      [proposalId, organisationId, actor.userId, text],
    );
    if (!row) throw AppError.notFound('proposal');
    return toComment(row);
  }

  /** The caller's organisation that is a party (the active one first); NOT_FOUND otherwise, owner included. */
  private async requireParty(proposalId: string): Promise<string> {
    const actor = await this.actors.require();
    const proposal = await this.proposals.findById(proposalId);
    const parties = new Set([proposal.leadOrganisationId]);
    for (const partner of await this.proposals.partnersOf(proposal.id)) if (partner.status !== 'DECLINED') parties.add(partner.organisationId);
    const mine = actor.memberships.map((m) => m.organisationId).filter((id) => parties.has(id));
    if (!mine.length) throw AppError.notFound('proposal');
    return actor.active && mine.includes(actor.active.organisationId) ? actor.active.organisationId : mine[0];
  }
}

@Resolver(() => ProposalComment)
export class ProposalCommentsResolver {
  constructor(
    private readonly service: ProposalCommentsService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Query(() => ProposalCommentConnection, { description: 'The consortium’s comments on a proposal, oldest first (lead and partners; NOT_FOUND for everyone else).' })
  @Access('user')
  proposalComments(@Args('proposalId', { type: () => ID }, new ParseUUIDPipe('proposalId')) proposalId: string, @Args() page: PageArgs): Promise<ConnectionResult<ProposalComment>> {
    return this.service.list(proposalId, page);
  }

  @Mutation(() => ProposalComment, { description: 'A lead or partner member above viewer comments, until the proposal is accepted or rejected.' })
  @Access('user')
  addProposalComment(
    @Args('proposalId', { type: () => ID }, new ParseUUIDPipe('proposalId')) proposalId: string,
    @Args('body', { type: () => String }) body: string,
  ): Promise<ProposalComment> {
    return this.service.add(proposalId, body);
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The organisation the author wrote for.' })
  organisation(@Parent() comment: ProposalComment): Promise<Organisation | null> {
    return this.organisations.load(comment.organisationId);
  }
}
