import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '@web/modules/identity/hooks/use-session';

/** "Agreements" in the site header, for signed-in users. */
export function AgreementsHeaderLink() {
  const { t } = useTranslation('agreements');
  const { user } = useSession();
  const { pathname } = useLocation();
  if (!user) return null;
  const current = pathname === '/agreements' || pathname.startsWith('/agreements/');
  return (
    <Anchor component={Link} to="/agreements" fw={500} c="dark" aria-current={current ? 'page' : undefined} underline={current ? 'always' : 'hover'}>
      {t('header.link')}
    </Anchor>
  );
}
