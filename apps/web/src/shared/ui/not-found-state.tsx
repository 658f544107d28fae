import { Button, EmptyState } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface NotFoundStateProps {
  title: string;
  description: string;
}

/** The friendly end of a broken link: what is missing, and the way back home. */
export function NotFoundState({ title, description }: NotFoundStateProps) {
  const { t } = useTranslation();
  return (
    <EmptyState icon={<IconMapSearch aria-hidden />} withIndicatorBackground size="lg" py="xl">
      <EmptyState.Title order={1}>{title}</EmptyState.Title>
      <EmptyState.Description>{description}</EmptyState.Description>
      <EmptyState.Actions>
        <Button component={Link} to="/">
          {t('notFound.backHome')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
