import { Button, EmptyState } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** For views that act for an organisation when the user has none yet. */
export function OrganisationRequired({ title }: { title: string }) {
  const { t } = useTranslation('projects');
  return (
    <EmptyState icon={<IconBuildingCommunity aria-hidden />} withIndicatorBackground title={title} description={t('noOrganisation.description')} py="xl">
      <EmptyState.Actions>
        <Button component={Link} to="/organisations/new">
          {t('noOrganisation.create')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
