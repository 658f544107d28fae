import { Badge, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconPlus } from '@tabler/icons-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PROPOSAL_LIMITS } from '@helix/domain';
import { graphql } from '@web/gql';
import { errorMessage } from '@web/shared/graphql/errors';
import type { PartnerEntry } from './proposal-form';
import type { ProposalForm } from './proposal-sections';

/** How many suggestions the editor shows. */
export const PARTNER_SUGGESTIONS_SIZE = 5;

/** The partner finder: verified organisations that fit the call, best first, with why. */
export const PARTNER_SUGGESTIONS_QUERY = graphql(`
  query PartnerSuggestions($proposalId: ID!, $first: Int) {
    partnerSuggestions(proposalId: $proposalId, first: $first) {
      score
      reasons
      matchedExpertise
      organisation {
        id
        name
        shortName
        kind
      }
    }
  }
`);

interface PartnerSuggestionsProps {
  proposalId: string;
  form: ProposalForm;
}

/**
 * "Suggested partners" in the editor's partners section (the lead's editors only): each with its
 * reasons as chips and an Add button that names it like the search does (saved by the autosave).
 */
export function PartnerSuggestions({ proposalId, form }: PartnerSuggestionsProps) {
  const { t } = useTranslation('proposals');
  const headingId = useId();
  // A few more than shown, so adding one (or one already named in an unsaved edit) leaves others.
  const { data, loading, error } = useQuery(PARTNER_SUGGESTIONS_QUERY, { variables: { proposalId, first: PARTNER_SUGGESTIONS_SIZE * 2 } });
  const { partners } = form.values;
  const suggestions = useMemo(() => {
    const chosen = new Set(partners.map((partner) => partner.id));
    return (data?.partnerSuggestions ?? []).filter((suggestion) => !chosen.has(suggestion.organisation.id)).slice(0, PARTNER_SUGGESTIONS_SIZE);
  }, [data, partners]);
  const full = partners.length >= PROPOSAL_LIMITS.partnersMax;
  const add = (organisation: { id: string; name: string; shortName?: string | null }) => {
    const entry: PartnerEntry = { id: organisation.id, name: organisation.name, shortName: organisation.shortName ?? null, status: 'PENDING' };
    form.setFieldValue('partners', [...form.getValues().partners, entry]);
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('editor.suggestions.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('editor.suggestions.hint')}
      </Text>
      {error ? (
        <Text size="sm" c="red" role="alert">
          {t('editor.suggestions.error', { message: errorMessage(error, '') })}
        </Text>
      ) : loading && !data ? (
        <Group gap="xs">
          <Loader size="xs" aria-hidden />
          <Text size="sm">{t('editor.suggestions.loading')}</Text>
        </Group>
      ) : suggestions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('editor.suggestions.empty')}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={headingId}>
          {suggestions.map(({ organisation, reasons, matchedExpertise }) => (
            <Group component="li" key={organisation.id} justify="space-between" gap="xs" wrap="nowrap" data-testid="partner-suggestion">
              <Stack gap={4}>
                <Text size="sm" fw={500}>
                  {organisation.shortName ? `${organisation.name} (${organisation.shortName})` : organisation.name}
                </Text>
                <Group gap={4}>
                  {reasons.map((reason) => (
                    <Badge key={reason} size="sm" variant="light" color={reason === 'COMPLETES_HELIX' ? 'teal' : reason === 'PAST_COLLABORATION' ? 'grape' : 'blue'}>
                      {t(`editor.suggestions.reasons.${reason}`)}
                    </Badge>
                  ))}
                </Group>
                {matchedExpertise.length > 0 && (
                  <Text size="xs" c="dimmed">
                    {t('editor.suggestions.matched', { tags: matchedExpertise.join(', ') })}
                  </Text>
                )}
              </Stack>
              <Button
                size="xs"
                variant="light"
                leftSection={<IconPlus size={14} aria-hidden />}
                aria-label={t('editor.suggestions.addLabel', { name: organisation.name })}
                disabled={full}
                onClick={() => add(organisation)}
              >
                {t('editor.suggestions.add')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
