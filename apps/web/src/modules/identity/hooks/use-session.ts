import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '@helix/domain';
import { ME_QUERY, type SessionMembership, type SessionUser } from '@web/modules/identity/graphql/session';
import { activeOrganisation } from '@web/shared/session/active-organisation';
import { sessionHint } from '@web/shared/session/session-hint';

/**
 * The signed-in user (null when nobody is), from the `me` query every screen shares. While the
 * query is being refetched (after a store reset) the previous answer stays, so pages do not blink.
 */
export function useSession() {
  const { data, previousData, error, refetch } = useQuery(ME_QUERY);
  const current = data ?? previousData;
  const retry = useCallback(() => {
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    user: current?.me ?? null,
    /** True until the first answer (or failure). */
    loading: !current && !error,
    error: current ? undefined : error,
    retry,
  };
}

export function useStoredOrganisationId(): string | null {
  return useSyncExternalStore(activeOrganisation.subscribe, activeOrganisation.get, () => null);
}

/** The membership the user acts for: the one chosen in the switcher, else the oldest. */
export function activeMembershipOf(user: SessionUser | null, storedId: string | null): SessionMembership | undefined {
  const memberships = user?.memberships ?? [];
  return memberships.find((membership) => membership.organisation.id === storedId) ?? memberships[0];
}

export function useActiveMembership(): SessionMembership | undefined {
  const { user } = useSession();
  return activeMembershipOf(user, useStoredOrganisationId());
}

/**
 * Keeps the browser's notes in line with each new answer of `me`: a signed-in user leaves the
 * session hint (so a lapsed access cookie gets renewed later), and a remembered organisation the
 * user no longer belongs to is forgotten. Only new answers count: right after a switch (or after
 * creating or joining an organisation) the remembered id is ahead of the cached memberships until
 * `me` is fetched again.
 */
export function useSessionSync() {
  const { user } = useSession();
  useEffect(() => {
    if (!user) return;
    sessionHint.set();
    const storedId = activeOrganisation.get();
    if (storedId && !user.memberships.some((membership) => membership.organisation.id === storedId)) activeOrganisation.set(null);
  }, [user]);
}

/** Acts for another organisation: remembered, then every query is fetched again for it. */
export function useSwitchOrganisation() {
  const client = useApolloClient();
  return useCallback(
    async (organisationId: string) => {
      activeOrganisation.set(organisationId);
      await client.resetStore().catch(() => undefined);
    },
    [client],
  );
}

/**
 * After signing in or up: remember that a session exists, speak the user's language, forget an
 * organisation chosen by someone else on this browser and fetch everything again as this user.
 */
export function useStartSession() {
  const client = useApolloClient();
  const { i18n } = useTranslation();
  return useCallback(
    async (user: SessionUser) => {
      sessionHint.set();
      if (isLocale(user.locale) && user.locale !== i18n.resolvedLanguage) await i18n.changeLanguage(user.locale);
      const storedId = activeOrganisation.get();
      if (storedId && !user.memberships.some((membership) => membership.organisation.id === storedId)) activeOrganisation.set(null);
      await client.resetStore().catch(() => undefined);
    },
    [client, i18n],
  );
}
