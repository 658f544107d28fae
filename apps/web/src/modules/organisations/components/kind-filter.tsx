import { Chip, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type OrganisationKind } from '@helix/domain';

interface KindFilterProps {
  value: readonly OrganisationKind[];
  onChange: (kinds: string[]) => void;
}

/** One checkbox chip per kind of organisation; none checked shows every kind. */
export function KindFilter({ value, onChange }: KindFilterProps) {
  const { t } = useTranslation('organisations');
  const labelId = useId();
  return (
    <Group gap="sm" role="group" aria-labelledby={labelId}>
      <Text id={labelId} size="sm" fw={500}>
        {t('ecosystem.filterLabel')}
      </Text>
      <Chip.Group multiple value={[...value]} onChange={onChange}>
        <Group gap="xs">
          {ORGANISATION_KINDS.map((kind) => (
            <Chip key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Group>
  );
}
