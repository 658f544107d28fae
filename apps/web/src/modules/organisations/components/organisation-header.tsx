import { Avatar, Group, Stack, Title } from '@mantine/core';
import { IconBuildingBank, IconBuildingFactory2, IconSchool } from '@tabler/icons-react';
import type { OrganisationKind } from '@helix/domain';
import type { OrganisationProfile } from '@web/modules/organisations/graphql/organisations';
import { OrganisationKindBadge, OrganisationStatusBadge } from './organisation-badges';

const KIND_ICONS: Record<OrganisationKind, typeof IconSchool> = { STATE: IconBuildingBank, UNIVERSITY: IconSchool, ENTERPRISE: IconBuildingFactory2 };

/** The logo (or the kind's icon) next to the organisation's name. Decorative: the name is beside it. */
export function OrganisationLogo({ organisation, size = 64 }: { organisation: Pick<OrganisationProfile, 'kind' | 'logoUrl'>; size?: number }) {
  const Icon = KIND_ICONS[organisation.kind];
  return (
    <Avatar src={organisation.logoUrl ?? undefined} alt="" size={size} radius="md" color="blue" variant="light" aria-hidden>
      <Icon size={size / 2} aria-hidden />
    </Avatar>
  );
}

export function OrganisationHeader({ organisation }: { organisation: OrganisationProfile }) {
  return (
    <Group gap="md" wrap="nowrap" align="flex-start">
      <OrganisationLogo organisation={organisation} />
      <Stack gap="xs" miw={0}>
        <Title order={1} style={{ overflowWrap: 'anywhere' }}>
          {organisation.name}
        </Title>
        <Group gap="xs">
          <OrganisationKindBadge kind={organisation.kind} />
          <OrganisationStatusBadge status={organisation.status} />
        </Group>
      </Stack>
    </Group>
  );
}
