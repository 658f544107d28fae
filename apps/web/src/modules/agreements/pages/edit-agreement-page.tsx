import { useApolloClient } from '@apollo/client/react';
import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { IconGitCompare, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { agreementPath } from '@web/modules/agreements/components/agreement-actions';
import { AgreementEditor, type EditorMode } from '@web/modules/agreements/components/agreement-editor';
import { AgreementLoadStates } from '@web/modules/agreements/components/agreement-load-states';
import { formValuesOf } from '@web/modules/agreements/components/agreement-form';
import { AgreementStatusBadge } from '@web/modules/agreements/components/agreement-labels';
import { AGREEMENT_QUERY, type AgreementView } from '@web/modules/agreements/graphql/agreements';
import { useAgreement } from '@web/modules/agreements/hooks/use-agreement';
import { NotAllowedState } from '@web/modules/identity/components/require-auth';
import { useActiveMembership } from '@web/modules/identity/hooks/use-session';
import { BackLink } from '@web/shared/ui/back-link';
import { DocumentTitle } from '@web/shared/ui/document-title';

/** Editing the current version (`updateAgreement`), or proposing an amendment of the one in force (`amendAgreement`). */
export function editorModeOf(agreement: Pick<AgreementView, 'viewerCan' | 'status' | 'amendmentPending'>): Exclude<EditorMode, 'create'> | undefined {
  if (agreement.viewerCan.edit) return 'update';
  if (agreement.viewerCan.amend && agreement.status === 'ACTIVE' && !agreement.amendmentPending) return 'amend';
  return undefined;
}

function Editor({ agreement, mode }: { agreement: AgreementView; mode: Exclude<EditorMode, 'create'> }) {
  const { t } = useTranslation('agreements');
  const client = useApolloClient();
  const membership = useActiveMembership();
  // The version the form is based on moves only with a reload, never with a refetch: someone
  // else's save must come back as CONFLICT, not be overwritten.
  const [base, setBase] = useState(() => ({ values: formValuesOf(agreement), version: agreement.version }));
  const [formKey, setFormKey] = useState(0);

  const reload = async () => {
    const { data } = await client.query({ query: AGREEMENT_QUERY, variables: { id: agreement.id }, fetchPolicy: 'network-only' });
    if (!data) return;
    setBase({ values: formValuesOf(data.agreement), version: data.agreement.version });
    setFormKey((key) => key + 1);
  };

  const inForce = agreement.signedVersion;
  return (
    <Stack gap="lg">
      <DocumentTitle title={t(mode === 'amend' ? 'edit.amendDocumentTitle' : 'edit.documentTitle', { title: agreement.title })} />
      <Stack gap={4}>
        <Title order={1}>{mode === 'amend' ? t('edit.amendTitle') : agreement.amendmentPending ? t('edit.amendmentTitle') : t('edit.title')}</Title>
        <Group gap="sm">
          <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
            {agreement.title}
          </Text>
          <AgreementStatusBadge status={agreement.status} />
          <Text size="sm" c="dimmed">
            {t('edit.basedOn', { number: base.version })}
          </Text>
        </Group>
      </Stack>
      {agreement.status === 'PENDING_SIGNATURES' && (
        <Alert color="yellow" variant="light" icon={<IconSignature aria-hidden />} title={t('edit.pendingTitle')}>
          {t('edit.pending')}
        </Alert>
      )}
      {(mode === 'amend' || agreement.amendmentPending) && inForce && (
        <Alert color="indigo" variant="light" icon={<IconGitCompare aria-hidden />} title={t('edit.amendNoticeTitle')}>
          {t('edit.amendNotice', { number: inForce.number })}
        </Alert>
      )}
      <AgreementEditor
        key={formKey}
        mode={mode}
        agreementId={agreement.id}
        initialValues={base.values}
        expectedVersion={base.version}
        managerId={agreement.managingOrganisation?.id ?? ''}
        lockedPartyIds={inForce?.parties.flatMap((party) => (party.organisation ? [party.organisation.id] : [])) ?? []}
        startedMilestoneIds={inForce ? agreement.milestones.filter((milestone) => milestone.status !== 'PLANNED').map((milestone) => milestone.id) : []}
        uploadOrganisationId={membership?.organisation.id}
        onReload={reload}
      />
    </Stack>
  );
}

/** `/agreements/:id/edit`: the editor for those who may edit now (or propose an amendment of an agreement in force). */
export default function EditAgreementPage() {
  const { t } = useTranslation('agreements');
  const { id = '' } = useParams();
  const { agreement, ...load } = useAgreement(id);

  let content;
  if (agreement) {
    const mode = editorModeOf(agreement);
    content = mode ? <Editor key={agreement.id} agreement={agreement} mode={mode} /> : <NotAllowedState title={t('edit.notAllowedTitle')} description={t('edit.notAllowed')} />;
  } else content = <AgreementLoadStates {...load} />;

  return (
    <Stack gap="lg">
      <BackLink to={agreementPath(id)}>{t('edit.back')}</BackLink>
      {content}
    </Stack>
  );
}
