import { Alert, Badge, Button, DataList, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { IconArrowLeft, IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrganisationKind } from '@helix/domain';
import { useSwitchOrganisation } from '@web/modules/identity/hooks/use-session';
import { KindCards } from '@web/modules/organisations/components/kind-cards';
import { DescriptionFields, IdentityFields } from '@web/modules/organisations/components/organisation-form-fields';
import {
  cleanExpertise,
  EMPTY_ORGANISATION,
  optionalText,
  websiteProblem,
  type OrganisationFormValues,
} from '@web/modules/organisations/components/organisation-fields';
import { CREATE_ORGANISATION_MUTATION } from '@web/modules/organisations/graphql/organisations';
import type { CreateOrganisationInput } from '@web/gql/graphql';
import { FailureAlert, useFormFailure } from '@web/shared/forms/failure';
import { DocumentTitle } from '@web/shared/ui/document-title';
import { notify } from '@web/shared/ui/notify';
import { WizardStepHeading, WizardStepper } from '@web/shared/ui/wizard';

const STEPS = ['kind', 'identity', 'description', 'review'] as const;
type Step = (typeof STEPS)[number];

/** Which step holds each field the server may name in a BAD_USER_INPUT. */
const FIELD_STEP: Record<string, number> = {
  kind: 0,
  name: 1,
  shortName: 1,
  registrationCode: 1,
  website: 1,
  description: 2,
  descriptionVi: 2,
  descriptionEn: 2,
  expertise: 2,
};

/** The mutation's input: trimmed, optional fields left out when empty. */
export function createOrganisationInput(values: OrganisationFormValues, kind: OrganisationKind): CreateOrganisationInput {
  const input: CreateOrganisationInput = { kind, name: values.name.trim() };
  const optional = {
    shortName: optionalText(values.shortName),
    registrationCode: optionalText(values.registrationCode),
    website: optionalText(values.website),
    descriptionVi: optionalText(values.descriptionVi),
    descriptionEn: optionalText(values.descriptionEn),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(input, { [key]: value });
  const expertise = cleanExpertise(values.expertise);
  if (expertise.length > 0) input.expertise = expertise;
  return input;
}

function ReviewStep({ values }: { values: OrganisationFormValues }) {
  const { t } = useTranslation('organisations');
  const none = (
    <Text span c="dimmed" size="sm">
      {t('wizard.notGiven')}
    </Text>
  );
  const rows: { label: string; value: ReactNode; lang?: string }[] = [
    { label: t('fields.kind'), value: values.kind ? t(`kinds.${values.kind}`) : none },
    { label: t('fields.name'), value: values.name.trim() || none },
    { label: t('fields.shortName'), value: optionalText(values.shortName) ?? none },
    { label: t('fields.registrationCode'), value: optionalText(values.registrationCode) ?? none },
    { label: t('fields.website'), value: optionalText(values.website) ?? none },
    { label: t('fields.descriptionVi'), value: optionalText(values.descriptionVi) ?? none, lang: 'vi' },
    { label: t('fields.descriptionEn'), value: optionalText(values.descriptionEn) ?? none, lang: 'en' },
    {
      label: t('fields.expertise'),
      value:
        values.expertise.length > 0 ? (
          <Group gap={6}>
            {cleanExpertise(values.expertise).map((tag) => (
              <Badge key={tag} variant="light" color="blue" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        ) : (
          none
        ),
    },
  ];
  return (
    <DataList orientation="horizontal" withDivider>
      {rows.map((row) => (
        <DataList.Item key={row.label}>
          <DataList.ItemLabel>{row.label}</DataList.ItemLabel>
          <DataList.ItemValue lang={row.lang} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {row.value}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}

export default function CreateOrganisationPage() {
  const { t } = useTranslation('organisations');
  const navigate = useNavigate();
  const switchOrganisation = useSwitchOrganisation();
  const narrow = useMediaQuery('(max-width: 40em)');
  const [active, setActive] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const [createOrganisation] = useMutation(CREATE_ORGANISATION_MUTATION);
  const [creating, setCreating] = useState(false);

  const form = useForm<OrganisationFormValues>({
    initialValues: EMPTY_ORGANISATION,
    validate: (values) => {
      const step: Step | undefined = STEPS[active];
      if (step === 'kind') return { kind: values.kind ? null : t('fields.kindRequired') };
      if (step === 'identity') {
        const website = websiteProblem(values.website);
        return { name: values.name.trim() ? null : t('fields.nameRequired'), website: website ? t(website) : null };
      }
      return {};
    },
  });
  const { failure, report, clear } = useFormFailure(form, Object.keys(FIELD_STEP));

  // Keyboard and screen-reader users land on the new step's heading.
  useEffect(() => {
    if (!moved.current) return;
    headingRef.current?.focus();
  }, [active]);

  const goTo = (step: number) => {
    moved.current = true;
    setActive(step);
  };
  const next = () => {
    if (form.validate().hasErrors) return;
    goTo(Math.min(active + 1, STEPS.length - 1));
  };
  const back = () => goTo(Math.max(active - 1, 0));

  const create = async () => {
    const { kind } = form.values;
    if (!kind) return goTo(0);
    clear();
    setCreating(true);
    try {
      const { data } = await createOrganisation({ variables: { input: createOrganisationInput(form.values, kind) } });
      if (!data) return;
      const organisation = data.createOrganisation;
      // The creator owns it; act for it from now on (the store reset also fetches the new membership).
      await switchOrganisation(organisation.id);
      notify({ color: 'teal', title: t('wizard.createdTitle', { name: organisation.name }), message: t('wizard.created') });
      await navigate(`/organisations/${organisation.id}`);
    } catch (error) {
      const reported = report(error);
      const step = reported.field ? FIELD_STEP[reported.field] : undefined;
      if (step !== undefined && reported.code === 'BAD_USER_INPUT') goTo(step);
    } finally {
      setCreating(false);
    }
  };

  const step = STEPS[active] ?? 'review';
  return (
    <Stack gap="lg" maw={880}>
      <DocumentTitle title={t('wizard.title')} />
      <Stack gap={4}>
        <Title order={1}>{t('wizard.title')}</Title>
        <Text c="dimmed">{t('wizard.intro')}</Text>
      </Stack>
      <WizardStepper
        label={t('wizard.stepsLabel')}
        steps={STEPS.map((key) => ({ label: t(`wizard.steps.${key}.label`), description: t(`wizard.steps.${key}.description`) }))}
        active={active}
        onStepClick={goTo}
        allowNextStepsSelect={false}
        narrow={narrow}
      />

      <Stack gap="md" component="section" aria-labelledby="wizard-step-heading">
        <WizardStepHeading
          id="wizard-step-heading"
          headingRef={headingRef}
          heading={t(`wizard.steps.${step}.heading`)}
          position={t('wizard.stepOf', { step: active + 1, total: STEPS.length })}
        />
        <FailureAlert failure={failure} />
        {step === 'kind' && (
          <KindCards
            label={t('fields.kind')}
            value={form.values.kind}
            onChange={(kind) => form.setFieldValue('kind', kind)}
            error={typeof form.errors.kind === 'string' ? form.errors.kind : undefined}
          />
        )}
        {step === 'identity' && <IdentityFields form={form} />}
        {step === 'description' && (
          <Stack gap="md">
            <Text size="sm">{t('wizard.descriptionHint')}</Text>
            <DescriptionFields form={form} />
          </Stack>
        )}
        {step === 'review' && (
          <Stack gap="md">
            <Alert color="blue" variant="light" title={t('wizard.reviewNoticeTitle')}>
              {t('wizard.reviewNotice')}
            </Alert>
            <ReviewStep values={form.values} />
          </Stack>
        )}
      </Stack>

      <Group justify="space-between">
        {active > 0 ? (
          <Button variant="default" leftSection={<IconArrowLeft size={16} aria-hidden />} onClick={back} disabled={creating}>
            {t('wizard.back')}
          </Button>
        ) : (
          <span />
        )}
        {step === 'review' ? (
          <Button leftSection={<IconCheck size={16} aria-hidden />} onClick={() => void create()} loading={creating}>
            {t('wizard.create')}
          </Button>
        ) : (
          <Button rightSection={<IconArrowRight size={16} aria-hidden />} onClick={next}>
            {t('wizard.next')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
