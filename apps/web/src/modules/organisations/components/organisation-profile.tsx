import { Anchor, Badge, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationProfile as Profile } from '@web/modules/organisations/graphql/organisations';
import { useFormat } from '@web/shared/format/use-format';
import { pickTranslation } from '@helix/domain';
import { useLocale } from '@web/shared/i18n/locale';
import { externalLink } from '@web/shared/links/external-href';

export function OrganisationProfile({ organisation }: { organisation: Profile }) {
  const { t } = useTranslation('organisations');
  const locale = useLocale();
  const format = useFormat();
  const description = pickTranslation({ vi: organisation.descriptionVi, en: organisation.descriptionEn }, locale);
  const website = externalLink(organisation.website);

  return (
    <Stack gap="xl">

      <Stack gap="xs" component="section" aria-label={t('profile.about')}>
        <Title order={2} size="h3">
          {t('profile.about')}
        </Title>
        {description ? (
          // The fallback may be in the other language; `lang` lets screen readers pronounce it right.
          <Text lang={description.lang === locale ? undefined : description.lang} style={{ whiteSpace: 'pre-line' }} maw={760}>
            {description.text}
          </Text>
        ) : (
          <Text c="dimmed">{t('profile.noDescription')}</Text>
        )}
      </Stack>

      {organisation.expertise.length > 0 && (
        <Stack gap="xs" component="section" aria-label={t('profile.expertise')}>
          <Title order={2} size="h3">
            {t('profile.expertise')}
          </Title>
          <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {organisation.expertise.map((tag) => (
              <li key={tag}>
                <Badge variant="light" color="blue" tt="none" size="lg">
                  {tag}
                </Badge>
              </li>
            ))}
          </Group>
        </Stack>
      )}

      <Stack gap="xs" component="section" aria-label={t('profile.details')}>
        <Title order={2} size="h3">
          {t('profile.details')}
        </Title>
        <DataList orientation="horizontal" withDivider>
          {organisation.shortName && (
            <DataList.Item>
              <DataList.ItemLabel>{t('profile.shortName')}</DataList.ItemLabel>
              <DataList.ItemValue>{organisation.shortName}</DataList.ItemValue>
            </DataList.Item>
          )}
          {organisation.registrationCode && (
            <DataList.Item>
              <DataList.ItemLabel>{t('profile.registrationCode')}</DataList.ItemLabel>
              <DataList.ItemValue>{organisation.registrationCode}</DataList.ItemValue>
            </DataList.Item>
          )}
          <DataList.Item>
            <DataList.ItemLabel>{t('profile.kind')}</DataList.ItemLabel>
            <DataList.ItemValue>{t(`kinds.${organisation.kind}`)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('profile.status')}</DataList.ItemLabel>
            <DataList.ItemValue>{t(`statuses.${organisation.status}`)}</DataList.ItemValue>
          </DataList.Item>
          {website && (
            <DataList.Item>
              <DataList.ItemLabel>{t('profile.website')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <Anchor href={website.href} rel="noopener noreferrer">
                  {website.label}
                </Anchor>
              </DataList.ItemValue>
            </DataList.Item>
          )}
          <DataList.Item>
            <DataList.ItemLabel>{t('profile.memberSince')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <time dateTime={organisation.createdAt}>{format.date(organisation.createdAt)}</time>
            </DataList.ItemValue>
          </DataList.Item>
        </DataList>
      </Stack>
    </Stack>
  );
}
