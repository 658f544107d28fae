import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { DocumentTitle } from '@web/shared/ui/document-title';

interface AuthCardProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The narrow card the sign-in, sign-up and password pages share. */
export function AuthCard({ title, description, children, footer }: AuthCardProps) {
  return (
    <Stack maw={460} mx="auto" w="100%" gap="md">
      <DocumentTitle title={title} />
      <Card withBorder padding="lg" radius="md">
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={1} size="h2">
              {title}
            </Title>
            {description && <Text c="dimmed">{description}</Text>}
          </Stack>
          {children}
        </Stack>
      </Card>
      {footer && (
        <Text size="sm" ta="center">
          {footer}
        </Text>
      )}
    </Stack>
  );
}
