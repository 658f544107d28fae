import { Injectable } from '@nestjs/common';
import {
  normaliseSearchText,
  type ProjectSort,
  type ProjectStatus,
  PROJECT_STATUSES,
  recommend,
  type RecommendationReason,
  SEARCH_MAX_LENGTH,
} from '@helix/domain';
import { ActorService } from '@api/core/auth/actor.service';
import { DatabaseService } from '@api/core/database/database.service';
import { AppError } from '@api/core/graphql/app-error';
import { type ConnectionResult, decodeCursor, encodeCursor, pageSize, type PageArgs } from '@api/core/graphql/pagination';
import { OrganisationsService } from '@api/modules/organisations/organisations.service';
import type { ProjectFilter } from './dto/project-filter.input';
import type { Project } from './project.entity';
import type { FacetCount, ProjectFacets } from './project.types';
import { ProjectsService } from './projects.service';

/** Positional parameters for one SQL statement. */
class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

type Dimension = 'kinds' | 'domains' | 'indicators' | 'statuses' | 'eligibleKinds' | 'organisationKinds';

const EFFECTIVE_STATUS = `CASE WHEN p.status = 'OPEN' AND p.closes_at <= now() THEN 'EVALUATION' ELSE p.status END`;

const STATUS_CONDITION: Record<ProjectStatus, string> = {
  DRAFT: `p.status = 'DRAFT'`,
  OPEN: `(p.status = 'OPEN' AND p.closes_at > now())`,
  EVALUATION: `(p.status = 'EVALUATION' OR (p.status = 'OPEN' AND p.closes_at <= now()))`,
  AWARDED: `p.status = 'AWARDED'`,
  UNSUCCESSFUL: `p.status = 'UNSUCCESSFUL'`,
  CANCELLED: `p.status = 'CANCELLED'`,
};

/** Each facet: the value expression, and whether it is an array counted element by element. */
const FACET: Record<Dimension, { expression: string; array: boolean }> = {
  kinds: { expression: 'p.kind', array: false },
  domains: { expression: 'p.domain', array: false },
  indicators: { expression: 'p.indicators', array: true },
  statuses: { expression: EFFECTIVE_STATUS, array: false },
  eligibleKinds: { expression: 'p.eligible_kinds', array: true },
  organisationKinds: { expression: 'o.kind', array: false },
};

interface SortOrder {
  expression: string;
  /** SQL type the cursor value is cast back to. */
  type: string;
  direction: 'ASC' | 'DESC';
}

const SORTS: Record<ProjectSort, SortOrder> = {
  RELEVANCE: { expression: 'm.rank', type: 'real', direction: 'DESC' },
  CLOSING_SOON: { expression: `date_trunc('milliseconds', coalesce(p.closes_at, 'infinity'::timestamptz))`, type: 'timestamptz', direction: 'ASC' },
  NEWEST: { expression: `date_trunc('milliseconds', coalesce(p.published_at, p.created_at))`, type: 'timestamptz', direction: 'DESC' },
  BUDGET_HIGH: { expression: 'coalesce(p.budget_amount, -1)', type: 'bigint', direction: 'DESC' },
  BUDGET_LOW: { expression: `coalesce(p.budget_amount, ${Number.MAX_SAFE_INTEGER})`, type: 'bigint', direction: 'ASC' },
};

interface SearchQuery {
  from: string;
  where: string[];
  /** With `split`: the condition of each filtered dimension, kept out of `where`. */
  dimensions: Partial<Record<Dimension, string>>;
}

const MAX_CANDIDATES = 500;

/** The search door: words (full text), or similar spellings when the words found nothing. */
const matchFunction = (approximate: boolean) => (approximate ? 'helix.match_projects_fuzzy' : 'helix.match_projects');

/**
 * The catalogue: full-text and typo-tolerant search (through the indexed `helix.match_projects`
 * door), filters, sorts, facet counts and cursor pages, all under row-level security; and the
 * "For you" suggestions.
 */
@Injectable()
export class ProjectSearchService {
  /** Transactions (by their manager) in which JIT is already off. */
  constructor(
    private readonly db: DatabaseService,
    private readonly actors: ActorService,
    private readonly projects: ProjectsService,
    private readonly organisations: OrganisationsService,
  ) {}

  /**
   * A page of the catalogue. A search text matches words first; only when the words find nothing
   * (under the same filters) does it fall back to similar spellings, and says so (`approximate`).
   */
  async list(
    filter: ProjectFilter | null | undefined,
    sort: ProjectSort | null | undefined,
    page: PageArgs,
  ): Promise<ConnectionResult<Project> & { approximate: boolean }> {
    const words = await this.page(filter, sort, page, false);
    if (words.totalCount > 0 || !this.searchText(filter)) return { ...words, approximate: false };
    return { ...(await this.page(filter, sort, page, true)), approximate: true };
  }

  private async page(filter: ProjectFilter | null | undefined, sort: ProjectSort | null | undefined, page: PageArgs, approximate: boolean): Promise<ConnectionResult<Project>> {
    const size = pageSize(page.first);
    const search = this.searchText(filter);
    const order = SORTS[sort === 'RELEVANCE' && !search ? 'NEWEST' : (sort ?? (search ? 'RELEVANCE' : 'NEWEST'))];
    const params = new Params();
    const query = await this.query(filter, params, { approximate });
    let after = '';
    if (page.after) {
      const [sortValue, idValue] = decodeCursor(page.after, 2);
      const comparison = order.direction === 'ASC' ? '>' : '<';
      after = `WHERE (hit.sort_value, hit.id) ${comparison} (${params.add(sortValue)}::${order.type}, ${params.add(idValue)}::uuid)`;
    }
    // One statement for the total and the page, so the visible matches are found (and the search
    // door evaluated) once; the page is the keyset slice of them.
    const manager = await this.db.manager();
    const rows: { total: number; id: string | null; sort_key: string | null }[] = await manager.query(
      `WITH hits AS MATERIALIZED (SELECT p.id, ${order.expression} AS sort_value FROM ${query.from} WHERE ${query.where.join(' AND ')})
       SELECT (SELECT count(*)::int FROM hits) AS total, page.id, page.sort_value::text AS sort_key
         FROM (SELECT 1) AS one
         LEFT JOIN LATERAL (SELECT hit.id, hit.sort_value FROM hits hit ${after}
                             ORDER BY hit.sort_value ${order.direction}, hit.id ${order.direction} LIMIT ${size + 1}) page ON true
        ORDER BY page.sort_value ${order.direction}, page.id ${order.direction}`,
      params.values,
    );
    const total = rows[0]?.total ?? 0;
    const found = rows.filter((row): row is { total: number; id: string; sort_key: string } => row.id !== null && row.sort_key !== null);
    const pageRows = found.slice(0, size);
    const projects = await this.projects.loadMany(pageRows.map((row) => row.id));
    const byId = new Map(projects.map((project) => [project.id, project]));
    const edges = pageRows.flatMap((row) => {
      const node = byId.get(row.id);
      return node ? [{ node, cursor: encodeCursor([row.sort_key, row.id]) }] : [];
    });
    return { edges, totalCount: total, pageInfo: { hasNextPage: found.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /**
   * Counts per value of each dimension, with every other filter applied, in one statement and one
   * pass: the rows matching the filters common to all dimensions (search, publication, dates,
   * budget) are read once under row-level security into a materialised CTE, with a flag per
   * dimension filter; each count then keeps the rows whose *other* flags hold. Six grouped scans
   * of the table cost four times as much (docs/performance.md).
   */
  async facets(filter: ProjectFilter | null | undefined, approximate: boolean): Promise<ProjectFacets> {
    const params = new Params();
    const query = await this.query(filter, params, { approximate, split: true });
    const dimensions = Object.keys(FACET) as Dimension[];
    const columns = dimensions.flatMap((dimension) => [`${FACET[dimension].expression} AS "v_${dimension}"`, `(${query.dimensions[dimension] ?? 'true'}) AS "f_${dimension}"`]);
    const parts = dimensions.map((dimension) => {
      const others = dimensions.filter((other) => other !== dimension && query.dimensions[other]).map((other) => `"f_${other}"`);
      return `SELECT '${dimension}' AS dimension, value::text AS value, count(*)::int AS count
           FROM (SELECT ${FACET[dimension].array ? `unnest("v_${dimension}")` : `"v_${dimension}"`} AS value FROM base WHERE ${others.join(' AND ') || 'true'}) facet GROUP BY value`;
    });
    const manager = await this.db.manager();
    const rows: { dimension: Dimension; value: string; count: number }[] = await manager.query(
      `WITH base AS MATERIALIZED (SELECT ${columns.join(', ')} FROM ${query.from} WHERE ${query.where.join(' AND ')}) ${parts.join(' UNION ALL ')}`,
      params.values,
    );
    const facets = Object.fromEntries(dimensions.map((dimension) => [dimension, [] as FacetCount[]])) as unknown as ProjectFacets;
    for (const row of rows) facets[row.dimension].push({ value: row.value, count: row.count });
    for (const dimension of dimensions) facets[dimension].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    return facets;
  }

  /**
   * Open calls the active organisation may answer, ranked by its expertise tags, its profile text
   * and the domains it worked in, each with the reasons it was suggested.
   */
  async recommended(first: number | null | undefined): Promise<{ project: Project; score: number; reasons: RecommendationReason[]; matchedExpertise: string[] }[]> {
    const size = pageSize(first ?? 10);
    const actor = await this.actors.require();
    if (!actor.active) return [];
    const organisation = await this.organisations.findById(actor.active.organisationId);
    const manager = await this.db.manager();
    const profileText = [organisation.descriptionVi, organisation.descriptionEn, ...organisation.expertise].filter(Boolean).join(' ');
    const rows: { id: string; closes_at: Date; matched: string[]; profile: number; past_domain: boolean; invited: boolean }[] = await manager.query(
      `WITH profile AS (
         SELECT to_tsquery('simple', coalesce(string_agg(quote_literal(word), ' | '), '')) AS query
           FROM unnest(tsvector_to_array(to_tsvector('simple', helix.f_unaccent(lower($3))))) AS word WHERE length(word) >= 4
       ), past AS (
         SELECT DISTINCT domain FROM projects WHERE organisation_id = $1 AND status <> 'DRAFT'
       )
       SELECT p.id, p.closes_at,
              ARRAY(SELECT tag FROM unnest($4::text[]) AS tag
                     WHERE p.search_document @@ plainto_tsquery('simple', helix.f_unaccent(lower(tag)))
                        OR p.search_text %>> helix.f_unaccent(lower(tag))) AS matched,
              ts_rank_cd(p.search_document, profile.query, 32) AS profile,
              p.domain IN (SELECT domain FROM past) AS past_domain,
              p.visibility = 'INVITED' AS invited
         FROM projects p, profile
        WHERE p.status = 'OPEN' AND p.closes_at > now() AND $2 = ANY (p.eligible_kinds) AND p.organisation_id <> $1
        ORDER BY p.closes_at, p.id
        LIMIT ${MAX_CANDIDATES}`,
      [organisation.id, organisation.kind, profileText, organisation.expertise],
    );
    const now = new Date();
    const ranked = rows
      .map((row) => ({
        row,
        ...recommend(
          { expertiseMatches: row.matched, profileSimilarity: Number(row.profile), pastDomain: row.past_domain, invited: row.invited, closesAt: new Date(row.closes_at) },
          now,
        ),
      }))
      .sort((a, b) => b.score - a.score || new Date(a.row.closes_at).getTime() - new Date(b.row.closes_at).getTime())
      .slice(0, size);
    const projects = await this.projects.loadMany(ranked.map((entry) => entry.row.id));
    const byId = new Map(projects.map((project) => [project.id, project]));
    return ranked.flatMap((entry) => {
      const project = byId.get(entry.row.id);
      return project ? [{ project, score: entry.score, reasons: entry.reasons, matchedExpertise: entry.row.matched }] : [];
    });
  }

  private searchText(filter: ProjectFilter | null | undefined): string {
    const search = normaliseSearchText(filter?.search);
    if (search.length > SEARCH_MAX_LENGTH) throw AppError.badInput('filter.search', 'SEARCH_TOO_LONG', { max: SEARCH_MAX_LENGTH });
    return search;
  }

  /**
   * FROM and WHERE for the filter: the search by words or (approximate) similar spellings; with
   * `split`, the dimension filters (for the facets) are returned apart from the common ones.
   */
  private async query(
    filter: ProjectFilter | null | undefined,
    params: Params,
    { approximate, split = false }: { approximate: boolean; split?: boolean },
  ): Promise<SearchQuery> {
    const search = this.searchText(filter);
    let from = 'projects p JOIN organisations o ON o.id = p.organisation_id';
    if (search) from += ` JOIN ${matchFunction(approximate)}(${params.add(search)}) m ON m.project_id = p.id`;
    const where: string[] = [];
    const dimensions: Partial<Record<Dimension, string>> = {};
    const filterOn = (dimension: Dimension, condition: string) => {
      if (split) dimensions[dimension] = condition;
      else where.push(condition);
    };
    const any = (dimension: Dimension, values: readonly string[] | null | undefined, condition: (placeholder: string) => string) => {
      if (values?.length) filterOn(dimension, condition(params.add([...new Set(values)])));
    };
    any('kinds', filter?.kinds, (list) => `p.kind = ANY (${list}::text[])`);
    any('domains', filter?.domains, (list) => `p.domain = ANY (${list}::text[])`);
    any('indicators', filter?.indicators, (list) => `p.indicators && ${list}::text[]`);
    any('eligibleKinds', filter?.eligibleKinds, (list) => `p.eligible_kinds && ${list}::text[]`);
    any('organisationKinds', filter?.organisationKinds, (list) => `o.kind = ANY (${list}::text[])`);
    const statuses = (filter?.statuses ?? []).filter((status) => PROJECT_STATUSES.includes(status));
    if (statuses.length) filterOn('statuses', `(${[...new Set(statuses)].map((status) => STATUS_CONDITION[status]).join(' OR ')})`);
    if (filter?.mine) {
      const actor = await this.actors.require();
      where.push(actor.active ? `p.organisation_id = ${params.add(actor.active.organisationId)}` : 'false');
    } else if (!statuses.includes('DRAFT')) {
      // Published ones only (a draft cancelled before publication is not one of them).
      where.push(`p.published_at IS NOT NULL`);
    }
    if (filter?.closesAfter && filter.closesBefore && filter.closesAfter.getTime() > filter.closesBefore.getTime()) throw AppError.badInput('filter.closesBefore', 'RANGE_INVALID');
    if (filter?.closesAfter) where.push(`p.closes_at >= ${params.add(filter.closesAfter)}`);
    if (filter?.closesBefore) where.push(`p.closes_at <= ${params.add(filter.closesBefore)}`);
    const { budgetMin, budgetMax } = filter ?? {};
    if (budgetMin !== undefined && budgetMin !== null && budgetMin < 0) throw AppError.badInput('filter.budgetMin', 'AMOUNT_INVALID');
    if (budgetMax !== undefined && budgetMax !== null && budgetMax < 0) throw AppError.badInput('filter.budgetMax', 'AMOUNT_INVALID');
    if (budgetMin != null && budgetMax != null && budgetMin > budgetMax) throw AppError.badInput('filter.budgetMax', 'RANGE_INVALID');
    if (budgetMin != null || budgetMax != null) {
      where.push(`p.budget_currency = ${params.add(filter?.budgetCurrency ?? 'VND')}`);
      if (budgetMin != null) where.push(`p.budget_amount >= ${params.add(budgetMin)}`);
      if (budgetMax != null) where.push(`p.budget_amount <= ${params.add(budgetMax)}`);
    }
    if (!where.length) where.push('true');
    return { from, where, dimensions };
  }
}
