import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationKind, OrganisationStatus } from '@helix/domain';

// Light badges print shade 9 on shade 1, which keeps these hues above 4.5:1.
const KIND_COLOR: Record<OrganisationKind, string> = { STATE: 'indigo', UNIVERSITY: 'grape', ENTERPRISE: 'cyan' };
// Dot badges print black text; the colour is only in the dot.
const STATUS_COLOR: Record<OrganisationStatus, string> = { PENDING: 'yellow', VERIFIED: 'teal', SUSPENDED: 'red' };

export function OrganisationKindBadge({ kind }: { kind: OrganisationKind }) {
  const { t } = useTranslation('organisations');
  return (
    <Badge variant="light" color={KIND_COLOR[kind]}>
      {t(`kinds.${kind}`)}
    </Badge>
  );
}

export function OrganisationStatusBadge({ status }: { status: OrganisationStatus }) {
  const { t } = useTranslation('organisations');
  return (
    <Badge variant="dot" color={STATUS_COLOR[status]}>
      {t(`statuses.${status}`)}
    </Badge>
  );
}
