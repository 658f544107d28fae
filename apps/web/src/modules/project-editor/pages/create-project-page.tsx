import { Button, EmptyState, Stack, Text, Title } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can, formatMessage } from '@helix/domain';
import { NotAllowedState } from '@web/modules/identity/components/require-auth';
import { useActiveMembership } from '@web/modules/identity/hooks/use-session';
import { EMPTY_PROJECT } from '@web/modules/project-editor/components/project-form';
import { ProjectWizard } from '@web/modules/project-editor/components/project-wizard';
import { useLocale } from '@web/shared/i18n/locale';
import { DocumentTitle } from '@web/shared/ui/document-title';

/** `/projects/new`: a new project, saved as a draft of the organisation the user acts for. */
export default function CreateProjectPage() {
  const { t } = useTranslation('projectEditor');
  const locale = useLocale();
  const membership = useActiveMembership();

  if (!membership) {
    return (
      <>
        <DocumentTitle title={t('create.title')} />
        <EmptyState icon={<IconBuildingCommunity aria-hidden />} withIndicatorBackground size="lg" py="xl">
          <EmptyState.Title order={1}>{t('create.noOrganisationTitle')}</EmptyState.Title>
          <EmptyState.Description>{t('create.noOrganisation')}</EmptyState.Description>
          <EmptyState.Actions>
            <Button component={Link} to="/organisations/new">
              {t('create.createOrganisation')}
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      </>
    );
  }
  if (membership.role === 'VIEWER') return <NotAllowedState title={t('create.notAllowedTitle')} description={t('create.notAllowed')} />;

  const organisation = membership.organisation;
  const publishing = can({ userId: '', isPlatformAdmin: false, membership: { role: membership.role, organisationStatus: organisation.status } }, 'organisation.publish');
  return (
    <Stack gap="lg" maw={960}>
      <DocumentTitle title={t('create.title')} />
      <Stack gap={4}>
        <Title order={1}>{t('create.title')}</Title>
        <Text c="dimmed">{t('create.intro', { organisation: organisation.name })}</Text>
      </Stack>
      <ProjectWizard loadedValues={EMPTY_PROJECT} publishDenial={publishing.allowed ? undefined : formatMessage(publishing.reason, locale)} />
    </Stack>
  );
}
