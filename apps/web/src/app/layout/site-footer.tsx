import { Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './app-layout.module.css';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className={classes.footer}>
      <Container size="lg">
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('app.tagline')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('layout.footerHelices')}
          </Text>
        </Stack>
      </Container>
    </footer>
  );
}
