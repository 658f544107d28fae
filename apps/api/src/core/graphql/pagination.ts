import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { checkPageSize, MAX_PAGE_SIZE } from '@helix/domain';
import { AppError } from './app-error';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many nodes (1–${MAX_PAGE_SIZE}, default 20).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Declares `<Name>Connection` and `<Name>Edge` for a node type (relay cursor connections). */
export function Connection<T>(nodeType: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => nodeType)
    node: T;

    @Field(() => String)
    cursor: string;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType implements ConnectionResult<T> {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType;
}

type CursorValue = string | number;

export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity && values.every((v) => typeof v === 'string' || typeof v === 'number')) {
      return values as CursorValue[];
    }
  } catch {
    // fall through to the refusal below
  }
  throw AppError.badInput('after', 'INVALID_CURSOR');
}

export interface KeysetOrder<T> {
  /** SQL expression of the sort key (qualified with the query's alias). */
  sortExpression: string;
  /** SQL expression of the unique tie-breaker, normally the id. */
  idExpression: string;
  direction: 'ASC' | 'DESC';
  cursorOf: (node: T) => [CursorValue, CursorValue];
}

/** Validates `first`, giving a BAD_USER_INPUT on `first` for 0, negatives or more than 100. */
export function pageSize(first: number | null | undefined): number {
  const check = checkPageSize(first);
  if (check.ok) return check.size;
  throw check.reason === 'TOO_LARGE'
    ? AppError.badInput('first', 'PAGE_SIZE_TOO_LARGE', { max: MAX_PAGE_SIZE })
    : AppError.badInput('first', 'PAGE_SIZE_NOT_POSITIVE');
}

/**
 * Keyset pagination over a query builder: stable under inserts, one query for the page (one more
 * than asked, to know whether another page follows) and one for the total.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  args: PageArgs,
  order: KeysetOrder<T>,
): Promise<ConnectionResult<T>> {
  const size = pageSize(args.first);
  const totalCount = await query.clone().getCount();
  const page = query.clone();
  if (args.after) {
    const [sortValue, idValue] = decodeCursor(args.after, 2);
    const comparison = order.direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${order.sortExpression}, ${order.idExpression}) ${comparison} (:cursorSort, :cursorId)`, {
      cursorSort: sortValue,
      cursorId: idValue,
    });
  }
  const rows = await page
    .orderBy(order.sortExpression, order.direction)
    .addOrderBy(order.idExpression, order.direction)
    .limit(size + 1)
    .getMany();
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(order.cursorOf(node)) }));
  return { edges, totalCount, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}
