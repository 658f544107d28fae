import { Stack, Stepper, Text, Title } from '@mantine/core';
import type { Ref } from 'react';

export interface WizardStep {
  label: string;
  description: string;
}

interface WizardStepperProps {
  /** Names the steps for screen readers. */
  label: string;
  steps: readonly WizardStep[];
  active: number;
  onStepClick: (index: number) => void;
  /** Stacks the steps vertically, without their descriptions. */
  narrow: boolean;
  /** Whether steps after the current one can be clicked (Mantine's default: yes). */
  allowNextStepsSelect?: boolean;
}

/** A wizard's steps, each a button to move to it; they wrap rather than overflow. */
export function WizardStepper({ label, steps, active, onStepClick, narrow, allowNextStepsSelect }: WizardStepperProps) {
  return (
    <Stepper
      active={active}
      onStepClick={onStepClick}
      allowNextStepsSelect={allowNextStepsSelect}
      size="sm"
      orientation={narrow ? 'vertical' : 'horizontal'}
      aria-label={label}
      styles={{ steps: { flexWrap: 'wrap', rowGap: 'var(--mantine-spacing-sm)' } }}
    >
      {steps.map((step) => (
        <Stepper.Step key={step.label} label={step.label} description={narrow ? undefined : step.description} />
      ))}
    </Stepper>
  );
}

interface WizardStepHeadingProps {
  /** For the step's section to be labelled by (`aria-labelledby`). */
  id: string;
  heading: string;
  /** "Step 2 of 4", in the wizard's words. */
  position: string;
  /** The wizard focuses the heading after each move, so that screen readers say where the reader is. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** The current step's heading and where it stands among the steps. */
export function WizardStepHeading({ id, heading, position, headingRef }: WizardStepHeadingProps) {
  return (
    <Stack gap={4}>
      <Title order={2} size="h3" id={id} ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
        {heading}
      </Title>
      <Text size="sm" c="dimmed">
        {position}
      </Text>
    </Stack>
  );
}
