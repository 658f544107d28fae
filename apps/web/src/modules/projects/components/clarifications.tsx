import { useMutation } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMessageQuestion, IconSend } from '@tabler/icons-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMessage, PROJECT_LIMITS } from '@helix/domain';
import { ANSWER_QUESTION_MUTATION, ASK_QUESTION_MUTATION, PROJECT_QUESTION_FRAGMENT, type ProjectQuestionView, type ProjectView } from '@web/modules/projects/graphql/projects';
import { useFormat } from '@web/shared/format/use-format';
import { FailureAlert, useFormFailure } from '@web/shared/forms/failure';
import { useLocale } from '@web/shared/i18n/locale';
import { notify } from '@web/shared/ui/notify';

function useTextRules(max: number) {
  const locale = useLocale();
  return (value: string) => {
    if (!value.trim()) return formatMessage('REQUIRED', locale);
    if (value.trim().length > max) return formatMessage('TOO_LONG', locale, { max });
    return null;
  };
}

function QuestionItem({ question, children }: { question: ProjectQuestionView; children?: ReactNode }) {
  const { t } = useTranslation('projects');
  const format = useFormat();
  return (
    <Paper component="li" withBorder p="md">
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" align="flex-start">
          <Text size="xs" c="dimmed">
            {t('questions.askedAt')} <time dateTime={question.askedAt}>{format.dateTime(question.askedAt)}</time>
          </Text>
          {question.askedByYou && (
            <Badge size="sm" variant="light" color="blue" tt="none">
              {t('questions.askedByYou')}
            </Badge>
          )}
        </Group>
        <Text fw={600} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          <Text span inherit c="dimmed">
            {t('questions.q')}{' '}
          </Text>
          {question.text}
        </Text>
        {question.answer ? (
          <Stack gap={2} pl="sm" style={{ borderInlineStart: '3px solid var(--mantine-color-blue-2)' }}>
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              <Text span inherit c="dimmed" fw={600}>
                {t('questions.a')}{' '}
              </Text>
              {question.answer}
            </Text>
            {question.answeredAt && (
              <Text size="xs" c="dimmed">
                {t('questions.answeredAt')} <time dateTime={question.answeredAt}>{format.dateTime(question.answeredAt)}</time>
              </Text>
            )}
          </Stack>
        ) : (
          !children && (
            <Text size="sm" c="dimmed">
              {t('questions.awaiting')}
            </Text>
          )
        )}
        {children}
      </Stack>
    </Paper>
  );
}

function AnswerForm({ question }: { question: ProjectQuestionView }) {
  const { t } = useTranslation('projects');
  const check = useTextRules(PROJECT_LIMITS.answerMax);
  const form = useForm({ initialValues: { answer: '' }, validate: { answer: check } });
  const { failure, report, clear } = useFormFailure(form, ['answer']);
  const [answer, { loading }] = useMutation(ANSWER_QUESTION_MUTATION);
  const submit = form.onSubmit(async ({ answer: text }) => {
    clear();
    try {
      // The answered question comes back and replaces the unanswered one in the cache.
      await answer({ variables: { questionId: question.id, answer: text.trim() } });
      notify({ color: 'teal', message: t('questions.answered') });
    } catch (error) {
      report(error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <FailureAlert failure={failure} />
        <Textarea label={t('questions.answerLabel')} autosize minRows={2} maxRows={10} required maxLength={PROJECT_LIMITS.answerMax} {...form.getInputProps('answer')} />
        <Group justify="flex-end">
          <Button type="submit" size="sm" loading={loading} leftSection={<IconSend size={14} aria-hidden />}>
            {t('questions.publishAnswer')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AskForm({ projectId }: { projectId: string }) {
  const { t } = useTranslation('projects');
  const check = useTextRules(PROJECT_LIMITS.questionMax);
  const form = useForm({ initialValues: { text: '' }, validate: { text: check } });
  const { failure, report, clear } = useFormFailure(form, ['text']);
  const [ask, { loading }] = useMutation(ASK_QUESTION_MUTATION, {
    update(cache, { data }) {
      const question = data?.askQuestion;
      if (!question) return;
      const ref = cache.writeFragment({ fragment: PROJECT_QUESTION_FRAGMENT, fragmentName: 'ProjectQuestionFields', data: question });
      if (!ref) return;
      cache.modify({
        id: cache.identify({ __typename: 'Project', id: projectId }),
        fields: { questions: (existing) => (Array.isArray(existing) ? [...existing, ref] : existing) },
      });
    },
  });
  const submit = form.onSubmit(async ({ text }) => {
    clear();
    try {
      await ask({ variables: { projectId, text: text.trim() } });
      form.reset();
      notify({ color: 'teal', message: t('questions.sent') });
    } catch (error) {
      report(error);
    }
  });
  return (
    <Paper withBorder p="md" bg="gray.0">
      <form onSubmit={submit} noValidate aria-label={t('questions.askHeading')}>
        <Stack gap="xs">
          <Text fw={600}>{t('questions.askHeading')}</Text>
          <Text size="sm" c="dimmed">
            {t('questions.askHint')}
          </Text>
          <FailureAlert failure={failure} />
          <Textarea label={t('questions.askLabel')} autosize minRows={3} maxRows={10} required maxLength={PROJECT_LIMITS.questionMax} {...form.getInputProps('text')} />
          <Group justify="flex-end">
            <Button type="submit" loading={loading} leftSection={<IconMessageQuestion size={16} aria-hidden />}>
              {t('questions.ask')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

interface ClarificationsProps {
  project: ProjectView;
  /** The reader's organisation may ask (eligible, or the call opens later). */
  canAsk: boolean;
  /** The owner may answer (the call is open). */
  canAnswer: boolean;
}

/**
 * Clarification questions: answers are public to everyone who sees the project and never say who
 * asked; the asker's organisation sees its own questions marked, the owner the unanswered ones.
 */
export function Clarifications({ project, canAsk, canAnswer }: ClarificationsProps) {
  const { t } = useTranslation('projects');
  const headingId = useId();
  const answered = project.questions.filter((question) => question.answer);
  const unanswered = project.questions.filter((question) => !question.answer);
  const manager = project.viewerCanManage;
  return (
    <Stack component="section" gap="sm" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('questions.heading')}
      </Title>
      {manager && unanswered.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('questions.unansweredHeading', { count: unanswered.length })}
          </Title>
          {!canAnswer && (
            <Text size="sm" c="dimmed">
              {t('questions.answerClosed')}
            </Text>
          )}
          <Stack component="ul" gap="xs" aria-label={t('questions.unansweredList')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {unanswered.map((question) => (
              <QuestionItem key={question.id} question={question}>
                {canAnswer && <AnswerForm question={question} />}
              </QuestionItem>
            ))}
          </Stack>
        </Stack>
      )}
      {!manager && unanswered.length > 0 && (
        <Stack component="ul" gap="xs" aria-label={t('questions.yoursPending')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {unanswered.map((question) => (
            <QuestionItem key={question.id} question={question} />
          ))}
        </Stack>
      )}
      {answered.length === 0 ? (
        <Text c="dimmed">{t('questions.none')}</Text>
      ) : (
        <Stack component="ul" gap="xs" aria-label={t('questions.answeredList')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {answered.map((question) => (
            <QuestionItem key={question.id} question={question} />
          ))}
        </Stack>
      )}
      {canAsk && <AskForm projectId={project.id} />}
    </Stack>
  );
}
