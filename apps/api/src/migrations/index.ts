import { Foundation1764430000000 } from './1764430000000-foundation';
import { Identity1764440000000 } from './1764440000000-identity';
import { Files1764450000000 } from './1764450000000-files';
import { Projects1764460000000 } from './1764460000000-projects';
import { Proposals1764470000000 } from './1764470000000-proposals';
import { Agreements1764480000000 } from './1764480000000-agreements';
import { Audit1764490000000 } from './1764490000000-audit';

/** Every migration, oldest first. A new migration is added here as well as in its file. */
export const MIGRATIONS = [Foundation1764430000000, Identity1764440000000, Files1764450000000, Projects1764460000000, Proposals1764470000000, Agreements1764480000000, Audit1764490000000];
