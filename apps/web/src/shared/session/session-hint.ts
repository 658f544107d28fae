import { storedValue } from './stored-value';

/**
 * "Somebody signed in on this browser": not a token (those live in httpOnly cookies the client
 * cannot read), only a hint that an expired access cookie is worth refreshing instead of treating
 * the visitor as anonymous.
 */
export const SESSION_HINT_STORAGE_KEY = 'helix.signedIn';

const hint = storedValue(SESSION_HINT_STORAGE_KEY);

export const sessionHint = {
  isSet: () => hint.get() === '1',
  set: () => hint.set('1'),
  clear: () => hint.set(null),
};
