import { Kind, GraphQLScalarType } from 'graphql';

function toSafeInteger(value: unknown): number {
  const number = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) {
    throw new TypeError('Long must be a whole number between -(2^53 - 1) and 2^53 - 1');
  }
  return number;
}

/**
 * Whole numbers beyond GraphQL's 32-bit Int, such as VND budgets in minor units (5 billion đồng
 * does not fit an Int). Sent as JSON numbers; exact up to 2^53 − 1.
 */
export const LongScalar = new GraphQLScalarType<number, number>({
  name: 'Long',
  description: 'A whole number up to 2^53 − 1 (money in minor units, sizes).',
  serialize: (value) => toSafeInteger(value),
  parseValue: (value) => toSafeInteger(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT && ast.kind !== Kind.STRING) throw new TypeError('Long must be a whole number');
    return toSafeInteger(ast.value);
  },
});
