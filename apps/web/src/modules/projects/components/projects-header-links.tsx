import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '@web/modules/identity/hooks/use-session';

/** The site header's links: the catalogue for everyone, "my projects" and proposals when signed in. */
export function ProjectsHeaderLinks() {
  const { t } = useTranslation('projects');
  const { t: tProposals } = useTranslation('proposals');
  const { user } = useSession();
  const { pathname } = useLocation();
  const inCatalogue = pathname === '/projects' || pathname === '/projects/for-you';
  const inMine = pathname === '/projects/mine';
  const inProposals = pathname === '/proposals' || pathname.startsWith('/proposals/');
  return (
    <>
      <Anchor component={Link} to="/projects" fw={500} c="dark" aria-current={inCatalogue ? 'page' : undefined} underline={inCatalogue ? 'always' : 'hover'}>
        {t('header.projects')}
      </Anchor>
      {user && (
        <Anchor component={Link} to="/projects/mine" fw={500} c="dark" aria-current={inMine ? 'page' : undefined} underline={inMine ? 'always' : 'hover'}>
          {t('header.mine')}
        </Anchor>
      )}
      {user && (
        <Anchor component={Link} to="/proposals" fw={500} c="dark" aria-current={inProposals ? 'page' : undefined} underline={inProposals ? 'always' : 'hover'}>
          {tProposals('header.proposals')}
        </Anchor>
      )}
    </>
  );
}
