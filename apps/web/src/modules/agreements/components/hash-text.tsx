import { ActionIcon, Box, CopyButton, Group, Text, Tooltip, type TextProps } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { hashGroups } from '@web/modules/agreements/hooks/agreement-rules';

interface HashTextProps extends TextProps {
  hash: string;
  /** Only the first groups, for lists (the whole hash stays in the tooltip). */
  short?: boolean;
  /** A button copies the hash as it is (without the spaces between groups). */
  copyable?: boolean;
}

/**
 * A version's SHA-256 as parties compare it: monospace, in groups of eight characters that wrap
 * between groups, never inside one.
 */
export function HashText({ hash, short = false, copyable = false, ...props }: HashTextProps) {
  const { t } = useTranslation('agreements');
  const groups = hashGroups(hash);
  const shown = short ? groups.slice(0, 2) : groups;
  const text = (
    <Text component="code" ff="monospace" size="sm" title={short ? hash : undefined} data-testid="version-hash" data-hash={hash} style={{ display: 'inline-flex', flexWrap: 'wrap', columnGap: '0.6em' }} {...props}>
      {shown.map((group, index) => (
        <Fragment key={index}>
          {index > 0 && ' '}
          <Box component="span" style={{ whiteSpace: 'nowrap' }}>
            {group}
          </Box>
        </Fragment>
      ))}
      {short && groups.length > shown.length && <span aria-label={t('hash.truncated')}>…</span>}
    </Text>
  );
  if (!copyable) return text;
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      {text}
      <CopyButton value={hash}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? t('hash.copied') : t('hash.copy')} withArrow>
            <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} size="sm" onClick={copy} aria-label={copied ? t('hash.copied') : t('hash.copy')}>
              {copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}
