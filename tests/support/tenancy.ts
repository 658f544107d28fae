import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  getVariableValues,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
  isUnionType,
  Kind,
  parse,
  validate,
} from 'graphql';
import type { GraphQLResponse } from './graphql';
import { WORKSPACE_ROOT } from './server';

/** The generated schema the API serves (`apps/api/schema.gql`). */
export const SCHEMA_PATH = join(WORKSPACE_ROOT, 'apps', 'api', 'schema.gql');

export function loadSchema(): GraphQLSchema {
  return buildSchema(readFileSync(SCHEMA_PATH, 'utf8'));
}

export type RootType = 'Query' | 'Mutation';

/** One place where an operation takes an ID: an argument, or a field of an input object argument. */
export interface IdArgument {
  /** `Root.operation.argument[.inputField…]`, e.g. `Mutation.changeMemberRole.input.membershipId`. */
  key: string;
  root: RootType;
  operation: string;
  /** The path inside the operation's arguments, e.g. `['input', 'membershipId']`. */
  path: string[];
  /** A list of ids (`[ID!]`) rather than one. */
  list: boolean;
}

function rootOf(schema: GraphQLSchema, root: RootType): GraphQLObjectType | null | undefined {
  return root === 'Query' ? schema.getQueryType() : schema.getMutationType();
}

function collectIds(type: GraphQLInputType, path: string[], seen: ReadonlySet<string>, list: boolean, found: { path: string[]; list: boolean }[]): void {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    collectIds(nullable.ofType, path, seen, true, found);
    return;
  }
  if (isScalarType(nullable) && nullable.name === 'ID') found.push({ path, list });
  if (isInputObjectType(nullable) && !seen.has(nullable.name)) {
    const inner = new Set([...seen, nullable.name]);
    for (const field of Object.values(nullable.getFields())) collectIds(field.type, [...path, field.name], inner, list, found);
  }
}

/** Every query and mutation argument (direct or nested in input objects) of type ID, in schema order. */
export function idArguments(schema: GraphQLSchema): IdArgument[] {
  const result: IdArgument[] = [];
  for (const root of ['Query', 'Mutation'] as const) {
    const type = rootOf(schema, root);
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const found: { path: string[]; list: boolean }[] = [];
      for (const argument of field.args) collectIds(argument.type, [argument.name], new Set(), false, found);
      for (const { path, list } of found) result.push({ key: `${root}.${field.name}.${path.join('.')}`, root, operation: field.name, path, list });
    }
  }
  return result;
}

/** Splits `Mutation.changeMemberRole.input.membershipId` into its root and operation. */
export function parseKey(key: string): { root: RootType; operation: string; path: string[] } {
  const [root, operation, ...path] = key.split('.');
  if ((root !== 'Query' && root !== 'Mutation') || !operation || path.length === 0) throw new Error(`not an argument key: ${key}`);
  return { root, operation, path };
}

function defaultSelection(type: GraphQLNamedType): string {
  if (isObjectType(type) || isInterfaceType(type)) return 'id' in type.getFields() ? '{ __typename id }' : '{ __typename }';
  if (isUnionType(type)) return '{ __typename }';
  return '';
}

/**
 * A document calling one root operation with every argument as a variable of its schema type, and
 * a selection set chosen by the return type (`selections[typeName]`, else `id`/`__typename`; none
 * for scalars and enums).
 */
export function probeDocument(schema: GraphQLSchema, root: RootType, operation: string, selections: Readonly<Record<string, string>> = {}): string {
  const field = rootOf(schema, root)?.getFields()[operation];
  if (!field) throw new Error(`${root}.${operation} is not in the schema`);
  const returned = getNamedType(field.type);
  const selection = selections[returned.name] ?? defaultSelection(returned);
  const definitions = field.args.map((argument) => `$${argument.name}: ${argument.type.toString()}`).join(', ');
  const argumentsText = field.args.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  const keyword = root === 'Query' ? 'query' : 'mutation';
  return `${keyword} ${operation}Probe${definitions ? `(${definitions})` : ''} { ${operation}${argumentsText ? `(${argumentsText})` : ''} ${selection} }`;
}

/** Why a document or its variables would be refused before any resolver runs (empty when fine). */
export function documentProblems(schema: GraphQLSchema, document: string, variables: Record<string, unknown>): string[] {
  const ast = parse(document);
  const problems = validate(schema, ast).map((error) => error.message);
  const operation = ast.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [...problems, 'no operation'];
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  return [...problems, ...(coerced.errors ?? []).map((error) => error.message)];
}

const UUID_PATTERN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Replaces every UUID in a JSON value with `<id>`, so responses about different ids compare equal. */
export function withoutIds(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(UUID_PATTERN, '<id>');
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutIds(inner)]));
  return value;
}

export interface ResponseShape {
  status: number;
  data: unknown;
  errors: { message: string; path: unknown; extensions: unknown }[];
}

/** What a caller can observe of a response (status, data, errors), without ids and in a stable order. */
export function shapeOf(response: GraphQLResponse<unknown>): ResponseShape {
  const errors = (response.errors ?? [])
    .map((error) => ({ message: error.message, path: error.path ?? null, extensions: error.extensions ?? null }))
    .sort((a, b) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path)));
  return withoutIds({ status: response.status, data: response.data ?? null, errors }) as ResponseShape;
}

/** The error codes of a response, in the order of `shapeOf`. */
export function codesOf(shape: ResponseShape): unknown[] {
  return shape.errors.map((error) => (error.extensions && typeof error.extensions === 'object' && 'code' in error.extensions ? error.extensions.code : undefined));
}
