import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AgreementEditor } from '@web/modules/agreements/components/agreement-editor';
import { emptyFormValues } from '@web/modules/agreements/components/agreement-form';
import { NotAllowedState } from '@web/modules/identity/components/require-auth';
import { useActiveMembership } from '@web/modules/identity/hooks/use-session';
import type { SessionMembership } from '@web/modules/identity/graphql/session';
import { OrganisationRequired } from '@web/modules/projects/components/organisation-required';
import { DocumentTitle } from '@web/shared/ui/document-title';

function NewAgreement({ membership }: { membership: SessionMembership }) {
  const { t } = useTranslation('agreements');
  const [initialValues] = useState(() => emptyFormValues(membership.organisation));
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('create.title')}</Title>
        <Text c="dimmed">{t('create.intro', { name: membership.organisation.name })}</Text>
      </Stack>
      <AgreementEditor mode="create" initialValues={initialValues} managerId={membership.organisation.id} uploadOrganisationId={membership.organisation.id} />
    </Stack>
  );
}

/** `/agreements/new`: an agreement on its own (not from a proposal), managed by the organisation the user acts for. */
export default function NewAgreementPage() {
  const { t } = useTranslation('agreements');
  const membership = useActiveMembership();
  if (!membership) return <OrganisationRequired title={t('create.title')} />;
  if (membership.role === 'VIEWER') return <NotAllowedState title={t('create.title')} description={t('create.viewer')} />;
  return (
    <>
      <DocumentTitle title={t('create.title')} />
      <NewAgreement key={membership.organisation.id} membership={membership} />
    </>
  );
}
