import { Alert, Text } from '@mantine/core';
import { IconClockHour4, IconAlertOctagon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OrganisationStatus } from '@helix/domain';

interface OrganisationStatusBannerProps {
  status: OrganisationStatus;
  statusReason?: string | null;
}

/**
 * On the pages of an organisation that is not verified (yet, or any more): it can prepare its
 * profile, members and drafts, but cannot publish, propose or sign.
 */
export function OrganisationStatusBanner({ status, statusReason }: OrganisationStatusBannerProps) {
  const { t } = useTranslation('organisations');
  if (status === 'VERIFIED') return null;
  if (status === 'PENDING') {
    return (
      <Alert color="yellow" variant="light" icon={<IconClockHour4 aria-hidden />} title={t('banner.pendingTitle')} data-status="PENDING">
        <Text size="sm">{t('banner.pending')}</Text>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" icon={<IconAlertOctagon aria-hidden />} title={t('banner.suspendedTitle')} data-status="SUSPENDED">
      {statusReason && (
        <Text size="sm" fw={500} mb={4}>
          {t('banner.reason', { reason: statusReason })}
        </Text>
      )}
      <Text size="sm">{t('banner.suspended')}</Text>
    </Alert>
  );
}
