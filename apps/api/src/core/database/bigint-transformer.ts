import type { ValueTransformer } from 'typeorm';

/**
 * bigint columns arrive from pg as strings; the amounts stored (money in minor units, file sizes)
 * stay below 2^53, so a JavaScript number holds them exactly.
 */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};
