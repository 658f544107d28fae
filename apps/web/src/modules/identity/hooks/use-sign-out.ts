import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SIGN_OUT_MUTATION } from '@web/modules/identity/graphql/session';
import { activeOrganisation } from '@web/shared/session/active-organisation';
import { sessionHint } from '@web/shared/session/session-hint';
import { notify } from '@web/shared/ui/notify';

/** Clears the session cookies, forgets the organisation choice and everything fetched as this user. */
export function useSignOut() {
  const { t } = useTranslation('identity');
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut] = useMutation(SIGN_OUT_MUTATION);
  return useCallback(
    async (returnTo = '/') => {
      try {
        await signOut();
      } catch {
        // Even if the server is unreachable, this browser forgets the user.
      }
      sessionHint.clear();
      activeOrganisation.set(null);
      await navigate(returnTo);
      await client.resetStore().catch(() => undefined);
      notify({ color: 'teal', message: t('signOut.done') });
    },
    [client, navigate, signOut, t],
  );
}
