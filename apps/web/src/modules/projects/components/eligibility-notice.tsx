import { Alert, Button, Group, Text } from '@mantine/core';
import { IconCircleCheck, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMessage, type EligibilityReason } from '@helix/domain';
import type { ProjectView } from '@web/modules/projects/graphql/projects';
import { useLocale } from '@web/shared/i18n/locale';
import { withReturnTo } from '@web/shared/links/return-path';
import { useProjectLabels } from './project-labels';

interface EligibilityNoticeProps {
  project: ProjectView;
  /** The closing time passed while the page was open (the API's answer predates it). */
  closedMeanwhile: boolean;
}

/**
 * Whether the reader's organisation may respond, and if not, why — in the API's words (already in
 * the reader's language), with the way forward when there is one (sign in, create an organisation).
 */
export function EligibilityNotice({ project, closedMeanwhile }: EligibilityNoticeProps) {
  const { t } = useTranslation('projects');
  const labels = useProjectLabels();
  const locale = useLocale();
  const { eligibility } = project;
  const returnTo = `/projects/${project.id}`;

  const reason: EligibilityReason | null = closedMeanwhile && (eligibility.eligible || eligibility.reason === 'NOT_YET_OPEN') ? 'DEADLINE_PASSED' : (eligibility.reason ?? null);
  const message = closedMeanwhile && reason === 'DEADLINE_PASSED' && reason !== eligibility.reason ? formatMessage('PROJECT_CLOSED', locale) : eligibility.message;

  if (!reason) {
    if (!eligibility.eligible) return null;
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('eligibility.eligibleTitle')}>
        <Text size="sm">{t('eligibility.eligible')}</Text>
      </Alert>
    );
  }
  // The owner's own page has its actions instead.
  if (reason === 'OWN_PROJECT' && project.viewerCanManage) return null;

  const text = message ?? labels.eligibilityReason(reason);
  return (
    <Alert
      color={reason === 'NOT_YET_OPEN' || reason === 'OWN_PROJECT' ? 'blue' : 'yellow'}
      variant="light"
      icon={reason === 'SIGN_IN_REQUIRED' ? <IconLock aria-hidden /> : <IconInfoCircle aria-hidden />}
      title={labels.eligibilityReason(reason)}
      data-reason={reason}
    >
      <Text size="sm">{text}</Text>
      {reason === 'SIGN_IN_REQUIRED' && (
        <Group gap="xs" mt="sm">
          <Button component={Link} to={withReturnTo('/sign-in', returnTo)} size="xs">
            {t('eligibility.signIn')}
          </Button>
          <Button component={Link} to={withReturnTo('/sign-up', returnTo)} size="xs" variant="default">
            {t('eligibility.signUp')}
          </Button>
        </Group>
      )}
      {reason === 'NO_ORGANISATION' && (
        <Button component={Link} to="/organisations/new" size="xs" mt="sm">
          {t('noOrganisation.create')}
        </Button>
      )}
    </Alert>
  );
}
