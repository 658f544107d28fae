import { Avatar, Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconLogout, IconMailSearch, IconShieldCheck, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionUser } from '@web/modules/identity/graphql/session';
import { useSignOut } from '@web/modules/identity/hooks/use-sign-out';

function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => [...(word ?? '')][0]?.toUpperCase() ?? '').join('') || '?';
}

export function UserMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation('identity');
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" width={260} withinPortal withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          size="sm"
          px={6}
          aria-label={t('userMenu.label', { name: user.fullName })}
          leftSection={
            <Avatar size={28} color="blue" radius="xl" aria-hidden>
              {initials(user.fullName)}
            </Avatar>
          }
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          <Text span size="sm" visibleFrom="md" truncate="end" maw={140} inherit>
            {user.fullName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate="end">
            {user.fullName}
          </Text>
          <Text size="xs" truncate="end">
            {user.email}
          </Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('userMenu.account')}
        </Menu.Item>
        {user.isPlatformAdmin && (
          <>
            <Menu.Divider />
            <Menu.Label>{t('userMenu.administration')}</Menu.Label>
            <Menu.Item component={Link} to="/admin/verification" leftSection={<IconShieldCheck size={16} aria-hidden />}>
              {t('userMenu.verification')}
            </Menu.Item>
            <Menu.Item component={Link} to="/admin/mail" leftSection={<IconMailSearch size={16} aria-hidden />}>
              {t('userMenu.mail')}
            </Menu.Item>
          </>
        )}
        <Menu.Divider />
        <Menu.Item color="red.9" leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut()}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
