import type { Client } from 'pg';
import type { GraphQLResponse } from './graphql';
import { createOrganisation, type Session, signUp } from './accounts';

/** A user acting for one organisation: the unit most tests think in. */
export interface Party {
  session: Session;
  organisationId: string;
}

export type OrganisationKind = 'STATE' | 'UNIVERSITY' | 'ENTERPRISE';

/** A new user (reading English) owning a new organisation of `kind`, verified by `admin` unless it is left out. */
export async function newParty(url: string, kind: OrganisationKind, name: string, admin?: Session): Promise<Party> {
  const session = await signUp(url, name, 'en');
  const organisation = await createOrganisation(session, kind, admin);
  return { session, organisationId: organisation.id };
}

/** GraphQL as `party`, acting for its organisation, in English. */
export function asParty<T>(party: Party, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
  return party.session.gql<T>(query, variables, { 'x-organisation-id': party.organisationId, 'accept-language': 'en' });
}

/**
 * How many rows a user sees of a statement through row-level security, as the API's role: the
 * rule checked is the database's, not a resolver's. Rolled back, so nothing it does stays.
 */
export async function rowsVisibleTo(sql: Client, userId: string, statement: string, parameters: unknown[] = []): Promise<number> {
  await sql.query('BEGIN');
  try {
    await sql.query('SET LOCAL ROLE helix_app');
    await sql.query(`SELECT set_config('helix.user_id', $1, true)`, [userId]);
    const { rows } = await sql.query(statement, parameters);
    return rows.length;
  } finally {
    await sql.query('ROLLBACK');
  }
}
