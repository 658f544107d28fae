import { Button, Group } from '@mantine/core';
import { IconId, IconSettings, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { roleAtLeast, type MembershipRole } from '@helix/domain';

export type OrganisationSection = 'profile' | 'members' | 'settings';

interface OrganisationNavProps {
  organisationId: string;
  myRole: MembershipRole | null | undefined;
  current: OrganisationSection;
}

/** Links between an organisation's pages, for its members (settings for owners and admins). */
export function OrganisationNav({ organisationId, myRole, current }: OrganisationNavProps) {
  const { t } = useTranslation('organisations');
  if (!myRole) return null;
  const base = `/organisations/${organisationId}`;
  const sections: { key: OrganisationSection; to: string; icon: typeof IconId }[] = [
    { key: 'profile', to: base, icon: IconId },
    { key: 'members', to: `${base}/members`, icon: IconUsers },
  ];
  if (roleAtLeast(myRole, 'ADMIN')) sections.push({ key: 'settings', to: `${base}/settings`, icon: IconSettings });
  return (
    <Group component="nav" aria-label={t('nav.label')} gap="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} pb="xs">
      {sections.map(({ key, to, icon: Icon }) => (
        <Button
          key={key}
          component={Link}
          to={to}
          size="sm"
          variant={key === current ? 'light' : 'subtle'}
          aria-current={key === current ? 'page' : undefined}
          leftSection={<Icon size={16} aria-hidden />}
        >
          {t(`nav.${key}`)}
        </Button>
      ))}
    </Group>
  );
}
