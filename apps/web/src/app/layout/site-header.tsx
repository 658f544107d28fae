import { Anchor, Container } from '@mantine/core';
import { IconDna2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AgreementsHeaderLink } from '@web/modules/agreements/components/agreements-header-link';
import { AccountControls } from '@web/modules/identity/components/account-controls';
import { ProjectsHeaderLinks } from '@web/modules/projects/components/projects-header-links';
import classes from './app-layout.module.css';
import { LanguageSwitcher } from './language-switcher';

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className={classes.header}>
      <Container size="lg" className={classes.headerInner}>
        <Anchor component={Link} to="/" underline="never" c="black" className={classes.brand} aria-label={t('layout.homeLink')}>
          <IconDna2 size={28} className={classes.brandMark} aria-hidden />
          {t('app.name')}
        </Anchor>
        <nav aria-label={t('layout.mainNav')} className={classes.headerNav}>
          <ProjectsHeaderLinks />
          <AgreementsHeaderLink />
        </nav>
        <div className={classes.headerLanguage}>
          <LanguageSwitcher />
        </div>
        <div className={classes.headerAccount}>
          <AccountControls />
        </div>
      </Container>
    </header>
  );
}
