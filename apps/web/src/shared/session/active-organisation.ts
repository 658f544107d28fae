import { storedValue } from './stored-value';

/** Where the organisation the user acts for is remembered between visits. */
export const ACTIVE_ORGANISATION_STORAGE_KEY = 'helix.organisationId';

/** The header that tells the API which of the user's organisations a request acts for. */
export const ORGANISATION_HEADER = 'X-Organisation-Id';

/**
 * The organisation chosen in the switcher (null: the API's default, the first membership). The
 * Apollo link sends it on every request; the session drops it when the user is no longer a member.
 */
export const activeOrganisation = storedValue(ACTIVE_ORGANISATION_STORAGE_KEY);
