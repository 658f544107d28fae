import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { roleAtLeast } from '@helix/domain';
import { useSession } from '@web/modules/identity/hooks/use-session';
import { InvitationsSection } from '@web/modules/organisations/components/invitations-section';
import { MembersList } from '@web/modules/organisations/components/members-list';
import { OrganisationFrame } from '@web/modules/organisations/components/organisation-frame';

export default function OrganisationMembersPage() {
  const { t } = useTranslation('organisations');
  const { id = '' } = useParams();
  const { user } = useSession();
  if (!user) return null;
  return (
    <OrganisationFrame id={id} section="members" title={(organisation) => t('members.documentTitle', { name: organisation.name })}>
      {(organisation) =>
        organisation.myRole ? (
          <Stack gap="xl">
            <MembersList organisation={organisation} me={user} />
            {roleAtLeast(organisation.myRole, 'ADMIN') && <InvitationsSection organisation={organisation} />}
          </Stack>
        ) : (
          <Alert color="gray" variant="light" title={t('members.notAllowedTitle')}>
            {t('members.notAllowed')}
          </Alert>
        )
      }
    </OrganisationFrame>
  );
}
