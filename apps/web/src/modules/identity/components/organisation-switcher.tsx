import { Button, Menu, Text } from '@mantine/core';
import { IconBuildingCommunity, IconCheck, IconChevronDown, IconId, IconPlus, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionUser } from '@web/modules/identity/graphql/session';
import { activeMembershipOf, useStoredOrganisationId, useSwitchOrganisation } from '@web/modules/identity/hooks/use-session';
import { notify } from '@web/shared/ui/notify';

/** The organisation the user acts for, and the others they can switch to. */
export function OrganisationSwitcher({ user }: { user: SessionUser }) {
  const { t } = useTranslation('identity');
  const { t: tOrganisations } = useTranslation('organisations');
  const active = activeMembershipOf(user, useStoredOrganisationId());
  const switchOrganisation = useSwitchOrganisation();

  if (!active) {
    return (
      <Button component={Link} to="/organisations/new" variant="light" size="sm" leftSection={<IconPlus size={16} aria-hidden />}>
        {t('switcher.create')}
      </Button>
    );
  }

  const choose = async (organisationId: string, name: string) => {
    if (organisationId === active.organisation.id) return;
    await switchOrganisation(organisationId);
    notify({ color: 'teal', message: t('switcher.switched', { name }) });
  };

  const activeName = active.organisation.shortName || active.organisation.name;
  return (
    <Menu position="bottom-end" width={300} withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconBuildingCommunity size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          aria-label={t('switcher.label', { name: active.organisation.name })}
          maw={220}
        >
          <Text span size="sm" truncate="end" inherit>
            {activeName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('switcher.heading')}</Menu.Label>
        {user.memberships.map((membership) => {
          const isActive = membership.id === active.id;
          return (
            <Menu.Item
              key={membership.id}
              // Menu items are always role="menuitem" in Mantine; aria-current marks the active one.
              aria-current={isActive ? 'true' : undefined}
              leftSection={isActive ? <IconCheck size={16} aria-hidden /> : <span style={{ width: 16, display: 'inline-block' }} />}
              onClick={() => void choose(membership.organisation.id, membership.organisation.name)}
            >
              <Text size="sm" fw={isActive ? 600 : 400} lh={1.3}>
                {membership.organisation.name}
              </Text>
              <Text size="xs" c="dimmed">
                {tOrganisations(`roles.${membership.role}`)}
              </Text>
            </Menu.Item>
          );
        })}
        <Menu.Divider />
        <Menu.Item component={Link} to={`/organisations/${active.organisation.id}`} leftSection={<IconId size={16} aria-hidden />}>
          {t('switcher.profile')}
        </Menu.Item>
        <Menu.Item component={Link} to={`/organisations/${active.organisation.id}/members`} leftSection={<IconUsers size={16} aria-hidden />}>
          {t('switcher.members')}
        </Menu.Item>
        <Menu.Item component={Link} to="/organisations/new" leftSection={<IconPlus size={16} aria-hidden />}>
          {t('switcher.create')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
