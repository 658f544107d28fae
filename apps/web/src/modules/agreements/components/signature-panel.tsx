import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClockHour4, IconSignature } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementPartyRole } from '@helix/domain';
import { AGREEMENT_QUERY, SIGN_AGREEMENT_MUTATION, type AgreementOrganisation, type AgreementVersionView, type AgreementView } from '@web/modules/agreements/graphql/agreements';
import { signingOpen } from '@web/modules/agreements/hooks/agreement-rules';
import { forgetAgreementLists } from '@web/modules/agreements/hooks/forget-agreement-lists';
import { FailureAlert } from '@web/shared/forms/failure';
import { useFormat } from '@web/shared/format/use-format';
import { describeFailure, type Failure } from '@web/shared/graphql/errors';
import { ConfirmModal } from '@web/shared/ui/confirm-modal';
import { notify } from '@web/shared/ui/notify';
import { shortNameOf, useAgreementLabels } from './agreement-labels';
import { HashText } from './hash-text';

/** One party's line of a signature table: who signed for it, and when (nothing yet: not signed). */
export interface SignatureRow {
  organisation: AgreementOrganisation | null;
  role: AgreementPartyRole;
  signerName: string | null;
  signedAt: string | null;
}

/** Each party of a version with its signature on that version, if any. */
export function versionSignatureRows(version: AgreementVersionView): SignatureRow[] {
  return version.parties.map((party) => {
    const signature = version.signatures.find((entry) => entry.organisation?.id === party.organisation?.id);
    return { organisation: party.organisation ?? null, role: party.role, signerName: signature?.signerName ?? null, signedAt: signature?.signedAt ?? null };
  });
}

/** The version the panel is about: the one being signed while a round is open, else the one in force (or the current one before any). */
export function panelVersion(agreement: AgreementView): AgreementVersionView {
  return signingOpen(agreement) ? agreement.currentVersion : (agreement.signedVersion ?? agreement.currentVersion);
}

/** Who signed for a party, and when; a party that has not is said to be waiting (not only shown in grey). */
export function SignatureStatus({ signerName, signedAt }: { signerName: string | null | undefined; signedAt: string | null | undefined }) {
  const { t } = useTranslation('agreements');
  const format = useFormat();
  return signedAt ? (
    <Group gap={6} wrap="nowrap">
      <IconCircleCheck size={16} color="var(--mantine-color-teal-8)" aria-hidden />
      <Text size="sm">
        {t('signatures.signedBy', { name: signerName ?? '' })} · <time dateTime={signedAt}>{format.dateTime(signedAt)}</time>
      </Text>
    </Group>
  ) : (
    <Group gap={6} wrap="nowrap">
      <IconClockHour4 size={16} aria-hidden />
      <Text size="sm">{t('signatures.notSigned')}</Text>
    </Group>
  );
}

/** Who signed for each party, with the time. */
export function SignatureTable({ rows, caption }: { rows: readonly SignatureRow[]; caption: string }) {
  const { t } = useTranslation('agreements');
  const labels = useAgreementLabels();
  return (
    <Table withTableBorder verticalSpacing="xs" captionSide="top" data-testid="signature-table">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('signatures.organisation')}</Table.Th>
          <Table.Th scope="col">{t('signatures.role')}</Table.Th>
          <Table.Th scope="col">{t('signatures.signature')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, index) => (
          <Table.Tr key={row.organisation?.id ?? index} data-signed={!!row.signedAt}>
            <Table.Td fw={500}>{row.organisation?.name ?? t('signatures.unknownOrganisation')}</Table.Td>
            <Table.Td>{labels.role(row.role)}</Table.Td>
            <Table.Td>
              <SignatureStatus signerName={row.signerName} signedAt={row.signedAt} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * The signatures: while a round is open, the hash of the version being signed (what a signature
 * binds), who signed, who is still missing, and "Sign" for an owner or admin of a party that has
 * not; once in force, who signed the version in force. Signing asks first, repeating the hash, and
 * sends the hash that was shown: when the version changed meanwhile the API answers CONFLICT, the
 * agreement is read again and the reader is told.
 */
export function SignaturePanel({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation(['agreements', 'common']);
  const format = useFormat();
  const headingId = useId();
  const signHintId = useId();
  const client = useApolloClient();
  const [signing, setSigning] = useState<{ hash: string; number: number }>();
  const [failure, setFailure] = useState<Failure>();
  const [conflict, setConflict] = useState<string>();
  const [sign, { loading }] = useMutation(SIGN_AGREEMENT_MUTATION, { update: forgetAgreementLists });
  const open = signingOpen(agreement);
  const version = panelVersion(agreement);
  const { number, hash } = version;
  const rows = versionSignatureRows(version);
  const inForce = !open && !!agreement.signedVersion;
  const signer = agreement.parties.find((party) => party.organisation?.id === agreement.viewerCan.signingOrganisationId)?.organisation;

  const confirm = async () => {
    if (!signing) return;
    setFailure(undefined);
    setConflict(undefined);
    try {
      const { data } = await sign({ variables: { id: agreement.id, versionHash: signing.hash } });
      setSigning(undefined);
      if (data?.signAgreement.status === 'ACTIVE' && !data.signAgreement.amendmentPending && agreement.status === 'PENDING_SIGNATURES') {
        notify({ color: 'teal', title: t('signatures.doneTitle'), message: t('signatures.inForceNow') });
      } else if (data && agreement.amendmentPending && !data.signAgreement.amendmentPending) {
        notify({ color: 'teal', title: t('signatures.doneTitle'), message: t('signatures.amendmentInForceNow', { number: signing.number }) });
      } else notify({ color: 'teal', title: t('signatures.doneTitle'), message: t('signatures.done', { organisation: signer?.name ?? '' }) });
    } catch (error) {
      const reported = describeFailure(error, t('common:states.networkError'));
      setSigning(undefined);
      if (reported.code === 'CONFLICT') {
        setConflict(reported.message);
        // The version (or the signatures) changed: show what is current now.
        await client.query({ query: AGREEMENT_QUERY, variables: { id: agreement.id }, fetchPolicy: 'network-only' }).catch(() => undefined);
      } else setFailure(reported);
    }
  };

  let intro: string;
  if (open) intro = agreement.amendmentPending ? t('signatures.amendmentRound', { number, inForce: agreement.signedVersion?.number ?? '' }) : t('signatures.round', { number });
  else if (inForce) intro = t('signatures.inForce', { number });
  else if (agreement.status === 'CANCELLED') intro = t('signatures.cancelled');
  else intro = t('signatures.notYet', { number });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid="signature-panel">
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('signatures.heading')}
        </Title>
        <Text size="sm">{intro}</Text>
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {open ? t('signatures.hashBeingSigned', { number }) : inForce ? t('signatures.hashInForce', { number }) : t('signatures.hashCurrent', { number })}
          </Text>
          <HashText hash={hash} copyable />
          {inForce && agreement.activatedAt && (
            <Text size="xs" c="dimmed">
              {t('signatures.activatedAt')} <time dateTime={agreement.activatedAt}>{format.dateTime(agreement.activatedAt)}</time>
            </Text>
          )}
        </Stack>
        {conflict && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('signatures.conflictTitle')} data-testid="sign-conflict" withCloseButton closeButtonLabel={t('common:states.dismiss')} onClose={() => setConflict(undefined)}>
            <Text size="sm">{conflict}</Text>
            <Text size="sm" mt={4}>
              {t('signatures.conflict')}
            </Text>
          </Alert>
        )}
        <FailureAlert failure={failure} title={t('signatures.failedTitle')} />
        {(open || inForce) && <SignatureTable rows={rows} caption={open ? t('signatures.tableRound', { number }) : t('signatures.tableInForce', { number })} />}
        {open && (
          <Stack gap={4} data-testid="missing-signatures">
            {agreement.missingSignatures.length === 0 ? (
              <Text size="sm">{t('signatures.noneMissing')}</Text>
            ) : (
              <>
                <Text size="sm" fw={600}>
                  {t('signatures.missing', { count: agreement.missingSignatures.length })}
                </Text>
                <List size="sm" spacing={2}>
                  {agreement.missingSignatures.map((organisation) => (
                    <List.Item key={organisation.id}>{organisation.name}</List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        )}
        {agreement.viewerCan.sign && (
          <Stack gap={4} align="flex-start">
            <Text size="sm" id={signHintId}>
              {t('signatures.signHint', { organisation: signer?.name ?? '' })}
            </Text>
            <Button leftSection={<IconSignature size={16} aria-hidden />} aria-describedby={signHintId} onClick={() => setSigning({ hash: agreement.currentVersion.hash, number: agreement.currentVersion.number })}>
              {t('signatures.sign')}
            </Button>
          </Stack>
        )}
      </Stack>
      <ConfirmModal
        opened={signing !== undefined}
        title={t('signatures.confirmTitle', { number: signing?.number ?? number })}
        confirmLabel={t('signatures.confirm')}
        loading={loading}
        onConfirm={() => void confirm()}
        onCancel={() => setSigning(undefined)}
      >
        <Stack gap="sm">
          <Text size="sm">{t('signatures.confirmText', { number: signing?.number ?? number, title: agreement.title, organisation: shortNameOf(signer, '') })}</Text>
          <Text size="sm" fw={600}>
            {t('signatures.confirmHash')}
          </Text>
          {signing && <HashText hash={signing.hash} />}
          <Text size="sm" c="dimmed">
            {t('signatures.confirmNote')}
          </Text>
        </Stack>
      </ConfirmModal>
    </Paper>
  );
}
