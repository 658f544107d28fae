import { Anchor, Badge, Stack, Tabs } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { AgreementActions } from '@web/modules/agreements/components/agreement-actions';
import { AgreementHeader, AmendmentBanner, StatusNotice } from '@web/modules/agreements/components/agreement-header';
import { AgreementDocuments, AgreementOverview, AgreementTerms } from '@web/modules/agreements/components/agreement-overview';
import { MilestoneTimeline } from '@web/modules/agreements/components/milestone-timeline';
import { SignaturePanel } from '@web/modules/agreements/components/signature-panel';
import { VersionHistory } from '@web/modules/agreements/components/version-history';
import type { AgreementView } from '@web/modules/agreements/graphql/agreements';
import { useAgreement } from '@web/modules/agreements/hooks/use-agreement';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { ErrorState } from '@web/shared/ui/error-state';
import { NotFoundState } from '@web/shared/ui/not-found-state';
import { PageLoader } from '@web/shared/ui/page-loader';

export const WORKSPACE_TABS = ['overview', 'terms', 'milestones', 'signatures', 'versions', 'documents'] as const;
export type WorkspaceTab = (typeof WORKSPACE_TABS)[number];

function tabFrom(value: string | null): WorkspaceTab {
  return WORKSPACE_TABS.find((tab) => tab === value) ?? 'overview';
}

function versionFrom(value: string | null): number | undefined {
  const number = Number(value);
  return value && Number.isInteger(number) && number > 0 ? number : undefined;
}

/** The address of a comparison between two versions, on the versions tab. */
export function diffPath(id: string, from: number, to: number): string {
  return `/agreements/${id}?tab=versions&from=${from}&to=${to}`;
}

function Workspace({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation('agreements');
  const [params, setParams] = useSearchParams();
  const tab = tabFrom(params.get('tab'));
  const overdue = agreement.milestones.filter((milestone) => milestone.overdue).length;
  const missing = agreement.missingSignatures.length;

  const showTab = (next: string | null) => setParams(next && next !== 'overview' ? { tab: next } : {}, { preventScrollReset: true });
  const compare = (from: number, to: number) => setParams({ tab: 'versions', from: String(from), to: String(to) }, { preventScrollReset: true, replace: true });

  return (
    <Stack gap="lg">
      <DocumentTitle title={agreement.title || t('header.untitled')} />
      <AgreementHeader agreement={agreement} />
      <StatusNotice agreement={agreement} />
      <AmendmentBanner agreement={agreement} diffHref={agreement.signedVersion ? diffPath(agreement.id, agreement.signedVersion.number, agreement.currentVersion.number) : ''} />
      <AgreementActions agreement={agreement} />
      <Tabs value={tab} onChange={showTab} keepMounted={false}>
        <Tabs.List aria-label={t('workspace.tabsLabel')}>
          <Tabs.Tab value="overview">{t('workspace.overview')}</Tabs.Tab>
          <Tabs.Tab value="terms">{t('workspace.terms')}</Tabs.Tab>
          <Tabs.Tab
            value="milestones"
            rightSection={
              overdue > 0 ? (
                <Badge size="xs" color="red.9" variant="filled">
                  {t('workspace.overdueCount', { count: overdue })}
                </Badge>
              ) : undefined
            }
          >
            {t('workspace.milestones')}
          </Tabs.Tab>
          <Tabs.Tab
            value="signatures"
            rightSection={
              missing > 0 ? (
                <Badge size="xs" variant="light" color="blue">
                  {t('workspace.missingCount', { count: missing })}
                </Badge>
              ) : undefined
            }
          >
            {t('workspace.signatures')}
          </Tabs.Tab>
          <Tabs.Tab value="versions">{t('workspace.versions', { count: agreement.versions.length })}</Tabs.Tab>
          <Tabs.Tab value="documents">{t('workspace.documents', { count: agreement.attachments.length })}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="lg">
          <AgreementOverview agreement={agreement} />
        </Tabs.Panel>
        <Tabs.Panel value="terms" pt="lg">
          <AgreementTerms agreement={agreement} />
        </Tabs.Panel>
        <Tabs.Panel value="milestones" pt="lg">
          <MilestoneTimeline agreement={agreement} />
        </Tabs.Panel>
        <Tabs.Panel value="signatures" pt="lg">
          <SignaturePanel agreement={agreement} />
        </Tabs.Panel>
        <Tabs.Panel value="versions" pt="lg">
          <VersionHistory agreement={agreement} from={versionFrom(params.get('from'))} to={versionFrom(params.get('to'))} onCompare={compare} />
        </Tabs.Panel>
        <Tabs.Panel value="documents" pt="lg">
          <AgreementDocuments agreement={agreement} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** `/agreements/:id`: the agreement's workspace, for its parties (a draft: for its manager). */
export default function AgreementPage() {
  const { t } = useTranslation('agreements');
  const { id = '' } = useParams();
  const { agreement, loading, notFound, error, retry } = useAgreement(id);

  let content;
  if (agreement) content = <Workspace agreement={agreement} />;
  else if (loading) content = <PageLoader label={t('workspace.loading')} />;
  else if (notFound) {
    content = (
      <>
        <DocumentTitle title={t('workspace.notFoundTitle')} />
        <NotFoundState title={t('workspace.notFoundTitle')} description={t('workspace.notFoundDescription')} />
      </>
    );
  } else {
    content = (
      <>
        <DocumentTitle title={t('workspace.errorTitle')} />
        <ErrorState title={t('workspace.errorTitle')} error={error} onRetry={retry} />
      </>
    );
  }

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/agreements" size="sm" style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}>
        <IconArrowLeft size={16} aria-hidden />
        {t('workspace.back')}
      </Anchor>
      {content}
    </Stack>
  );
}
