import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { IconFilePlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { formatMessage, PROPOSAL_LIMITS } from '@helix/domain';
import { useActiveMembership } from '@web/modules/identity/hooks/use-session';
import { OrganisationRequired } from '@web/modules/projects/components/organisation-required';
import { CREATE_PROPOSAL_MUTATION, PROPOSAL_PROJECT_QUERY, PROPOSAL_QUERY } from '@web/modules/proposals/graphql/proposals';
import { FailureAlert } from '@web/shared/forms/failure';
import { useFormat } from '@web/shared/format/use-format';
import { describeFailure, errorCode, type Failure } from '@web/shared/graphql/errors';
import { useLocale } from '@web/shared/i18n/locale';
import { BackLink } from '@web/shared/ui/back-link';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { NotFoundState } from '@web/shared/ui/not-found-state';
import { PageLoader } from '@web/shared/ui/page-loader';

export const proposalEditPath = (id: string) => `/proposals/${id}/edit`;

/**
 * `/proposals/new?projectId=…`: names the proposal and creates the draft, then continues in the
 * editor. An organisation that already has a proposal for the call is taken to it.
 */
export default function NewProposalPage() {
  const { t } = useTranslation('proposals');
  const { t: tCommon } = useTranslation();
  const locale = useLocale();
  const format = useFormat();
  const navigate = useNavigate();
  const client = useApolloClient();
  const membership = useActiveMembership();
  const [params] = useSearchParams();
  const projectId = params.get('projectId') ?? '';
  const { data, error, refetch } = useQuery(PROPOSAL_PROJECT_QUERY, { variables: { id: projectId }, skip: !projectId || !membership, fetchPolicy: 'network-only' });
  const [createProposal, { loading: creating }] = useMutation(CREATE_PROPOSAL_MUTATION);
  const [failure, setFailure] = useState<Failure>();
  const form = useForm({ initialValues: { title: '' } });

  const header = (
    <BackLink to={projectId ? `/projects/${projectId}` : '/projects'}>{t('create.back')}</BackLink>
  );
  const page = (content: ReactNode) => (
    <Stack gap="lg" maw={760}>
      <DocumentTitle title={t('create.title')} />
      {header}
      {content}
    </Stack>
  );

  if (!membership) return page(<OrganisationRequired title={t('create.title')} />);
  if (!projectId) return page(<NotFoundState title={t('create.noProjectTitle')} description={t('create.noProject')} />);
  if (!data && !error) return page(<PageLoader label={t('create.loading')} />);
  if (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT') return page(<NotFoundState title={t('create.noProjectTitle')} description={t('create.noProject')} />);
  if (error || !data) return page(<ErrorState title={t('create.errorTitle')} error={error} onRetry={() => void refetch().catch(() => undefined)} />);

  const project = data.project;
  const existing = project.proposals.find((proposal) => proposal.viewerRole === 'LEAD');
  if (existing) return <Navigate to={proposalEditPath(existing.id)} replace />;

  const create = async (values: { title: string }) => {
    const title = values.title.trim();
    if (!title) return form.setFieldError('title', formatMessage('REQUIRED', locale));
    if (title.length > PROPOSAL_LIMITS.titleMax) return form.setFieldError('title', formatMessage('TOO_LONG', locale, { max: PROPOSAL_LIMITS.titleMax }));
    setFailure(undefined);
    try {
      const { data: created } = await createProposal({ variables: { input: { projectId, title } } });
      if (!created) return;
      client.writeQuery({ query: PROPOSAL_QUERY, variables: { id: created.createProposal.id }, data: { proposal: created.createProposal } });
      await navigate(proposalEditPath(created.createProposal.id), { replace: true });
    } catch (caught) {
      const next = describeFailure(caught, tCommon('states.networkError'));
      if (next.code === 'BAD_USER_INPUT' && next.field === 'title') form.setFieldError('title', next.message);
      else setFailure(next);
    }
  };

  const eligible = project.eligibility.eligible;
  return page(
    <>
      <Stack gap={4}>
        <Title order={1}>{t('create.title')}</Title>
        <Text c="dimmed">
          {t('create.forProject')}{' '}
          <Anchor component={Link} to={`/projects/${project.id}`} underline="always">
            {project.title}
          </Anchor>{' '}
          · {project.owner.name}
        </Text>
        {project.closesAt && (
          <Text size="sm" c="dimmed">
            {t('editor.closesAt')} <time dateTime={project.closesAt}>{format.dateTime(project.closesAt)}</time>
          </Text>
        )}
      </Stack>
      {!eligible ? (
        <Alert color="yellow" variant="light" title={t('create.notEligibleTitle')} data-testid="not-eligible">
          {project.eligibility.message ?? t('create.notEligible')}
        </Alert>
      ) : (
        <Paper withBorder radius="md" p="md" component="form" onSubmit={form.onSubmit((values) => void create(values))} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('create.intro', { organisation: membership.organisation.name })}</Text>
            <TextInput label={t('editor.title')} withAsterisk description={t('create.titleHint')} {...form.getInputProps('title')} />
            <FailureAlert failure={failure} title={t('create.failedTitle')} />
            <Button type="submit" loading={creating} leftSection={<IconFilePlus size={16} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
              {t('create.submit')}
            </Button>
          </Stack>
        </Paper>
      )}
    </>,
  );
}
