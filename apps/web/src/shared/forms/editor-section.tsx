import { Paper, Stack, Title } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { useId, type ReactNode } from 'react';

/** A titled part of an editor (a landmark region with its heading); with an id it can be scrolled to and focused. */
export function EditorSection({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  const headingId = useId();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId} id={id} tabIndex={id ? -1 : undefined}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** The error of a form path, when it is a text (Mantine keeps ReactNodes too). */
export function errorText(form: { errors: FormErrors }, path: string): string | undefined {
  const error = form.errors[path];
  return typeof error === 'string' ? error : undefined;
}
