import { Badge, Stack, Tabs } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ActivityTimeline } from '@web/modules/activity/components/activity-timeline';
import { AgreementActions } from '@web/modules/agreements/components/agreement-actions';
import { AgreementLoadStates } from '@web/modules/agreements/components/agreement-load-states';
import { AgreementHeader, AmendmentBanner, StatusNotice } from '@web/modules/agreements/components/agreement-header';
import { AgreementDocuments, AgreementOverview, AgreementTerms } from '@web/modules/agreements/components/agreement-overview';
import { MilestoneTimeline } from '@web/modules/agreements/components/milestone-timeline';
import { SignaturePanel } from '@web/modules/agreements/components/signature-panel';
import { VersionHistory } from '@web/modules/agreements/components/version-history';
import type { AgreementView } from '@web/modules/agreements/graphql/agreements';
import { useAgreement } from '@web/modules/agreements/hooks/use-agreement';
import { BackLink } from '@web/shared/ui/back-link';
import { DocumentTitle } from '@web/shared/ui/document-title';

export const WORKSPACE_TABS = ['overview', 'terms', 'milestones', 'signatures', 'versions', 'activity', 'documents'] as const;
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

interface TabWithCountProps {
  value: WorkspaceTab;
  label: string;
  /** Nothing is shown while it is 0. */
  count: number;
  countText: string;
  color: string;
  variant: 'filled' | 'light';
}

/** A tab that says how many things in it want attention. */
function TabWithCount({ value, label, count, countText, color, variant }: TabWithCountProps) {
  return (
    <Tabs.Tab
      value={value}
      rightSection={
        count > 0 ? (
          <Badge size="xs" color={color} variant={variant}>
            {countText}
          </Badge>
        ) : undefined
      }
    >
      {label}
    </Tabs.Tab>
  );
}

function Workspace({ agreement }: { agreement: AgreementView }) {
  const { t } = useTranslation('agreements');
  const [params, setParams] = useSearchParams();
  const tab = tabFrom(params.get('tab'));
  const overdue = agreement.milestones.filter((milestone) => milestone.overdue).length;
  const missing = agreement.missingSignatures.length;
  const milestoneNames = useMemo(() => Object.fromEntries(agreement.milestones.map((milestone) => [milestone.id, milestone.title])), [agreement.milestones]);

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
          <TabWithCount value="milestones" label={t('workspace.milestones')} count={overdue} countText={t('workspace.overdueCount', { count: overdue })} color="red.9" variant="filled" />
          <TabWithCount value="signatures" label={t('workspace.signatures')} count={missing} countText={t('workspace.missingCount', { count: missing })} color="blue" variant="light" />
          <Tabs.Tab value="versions">{t('workspace.versions', { count: agreement.versions.length })}</Tabs.Tab>
          <Tabs.Tab value="activity">{t('workspace.activity')}</Tabs.Tab>
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
        <Tabs.Panel value="activity" pt="lg">
          <ActivityTimeline subjectId={agreement.id} partNames={milestoneNames} />
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
  const { agreement, ...load } = useAgreement(id);
  return (
    <Stack gap="lg">
      <BackLink to="/agreements">{t('workspace.back')}</BackLink>
      {agreement ? <Workspace agreement={agreement} /> : <AgreementLoadStates {...load} />}
    </Stack>
  );
}
