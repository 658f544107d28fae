import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { OrganisationSummary } from '@web/modules/organisations/graphql/organisations';
import { OrganisationKindBadge, OrganisationStatusBadge } from './organisation-badges';

export function OrganisationCard({ organisation }: { organisation: OrganisationSummary }) {
  return (
    <Card component="article" withBorder padding="md" h="100%">
      <Stack gap="xs">
        <Title order={3} size="h4">
          <Anchor component={Link} to={`/organisations/${organisation.id}`} c="inherit">
            {organisation.name}
          </Anchor>
        </Title>
        {organisation.shortName && <Text size="sm" c="dimmed">{organisation.shortName}</Text>}
        <Group gap="xs">
          <OrganisationKindBadge kind={organisation.kind} />
          <OrganisationStatusBadge status={organisation.status} />
        </Group>
      </Stack>
    </Card>
  );
}
