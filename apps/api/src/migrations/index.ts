import { Foundation1764430000000 } from './1764430000000-foundation';
import { Identity1764440000000 } from './1764440000000-identity';

/** Every migration, oldest first. A new migration is added here as well as in its file. */
export const MIGRATIONS = [Foundation1764430000000, Identity1764440000000];
