import { Alert, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeFailure, type Failure } from '@web/shared/graphql/errors';

/** "30 seconds" / "2 minutes" (rounded up) in the reader's language. */
export function useWaitText() {
  const { t } = useTranslation();
  return useCallback(
    (seconds: number) => (seconds < 90 ? t('wait.seconds', { count: seconds }) : t('wait.minutes', { count: Math.ceil(seconds / 60) })),
    [t],
  );
}

/** Counts down a RATE_LIMITED wait, a second at a time. */
function useCountdown(): [number, (seconds: number) => void] {
  const [deadline, setDeadline] = useState<number>();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === undefined) return;
    const timer = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= deadline) setDeadline(undefined);
    }, 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  const start = useCallback((seconds: number) => {
    const current = Date.now();
    setNow(current);
    setDeadline(current + seconds * 1000);
  }, []);
  return [deadline === undefined ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000)), start];
}

/**
 * Turns a failed mutation into what a form shows: a BAD_USER_INPUT naming one of `fields` goes
 * next to that field (`input.name` → `name`), anything else into an alert; a RATE_LIMITED answer
 * also holds the submit button back for the wait it names.
 */
export function useFormFailure<Values>(form: UseFormReturnType<Values> | undefined, fields: readonly string[]) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<Failure>();
  const [waitSeconds, startWait] = useCountdown();

  const report = useCallback(
    (error: unknown) => {
      const next = describeFailure(error, t('states.networkError'));
      if (form && next.code === 'BAD_USER_INPUT' && next.field && fields.includes(next.field)) {
        form.setFieldError(next.field, next.message);
        form.getInputNode(next.field)?.focus();
        setFailure(undefined);
        return next;
      }
      if (next.retryAfterSeconds) startWait(next.retryAfterSeconds);
      setFailure(next);
      return next;
    },
    // `fields` is a constant list at each call site.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [form, t, startWait],
  );
  const clear = useCallback(() => setFailure(undefined), []);
  return { failure, report, clear, waiting: waitSeconds > 0, waitSeconds };
}

interface FailureAlertProps {
  failure: Failure | undefined;
  title?: string;
  children?: ReactNode;
}

/** The server's (translated) refusal, with the wait a RATE_LIMITED answer asks for. */
export function FailureAlert({ failure, title, children }: FailureAlertProps) {
  const { t } = useTranslation();
  const waitText = useWaitText();
  if (!failure) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={title}>
      <Text size="sm">{failure.message}</Text>
      {failure.retryAfterSeconds !== undefined && (
        <Text size="sm" mt={4} fw={500}>
          {t('wait.tryAgainIn', { wait: waitText(failure.retryAfterSeconds) })}
        </Text>
      )}
      {children}
    </Alert>
  );
}
