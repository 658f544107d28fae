import { Anchor, Text, type TextProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { externalLink } from '@web/shared/links/external-href';

const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/g;
/** Sentence punctuation right after an address belongs to the sentence, not the address. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}»”’]+$/;

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/** Splits plain text into text and http(s) links; nothing else (javascript:, data:, mailto:) becomes a link. */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const candidate = match[0].replace(TRAILING_PUNCTUATION, '');
    const link = externalLink(candidate);
    if (!link) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: candidate, href: link.href });
    last = start + candidate.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/**
 * Untrusted plain text (an e-mail body) shown as text, line breaks kept, with its web addresses
 * clickable. React escapes every part, so markup in the text is shown, never interpreted.
 */
export function LinkifiedText({ text, ...props }: { text: string } & TextProps) {
  const nodes: ReactNode[] = linkify(text).map((part, index) =>
    part.kind === 'link' ? (
      <Anchor key={index} href={part.href} rel="noopener noreferrer" style={{ overflowWrap: 'anywhere' }}>
        {part.text}
      </Anchor>
    ) : (
      part.text
    ),
  );
  return (
    <Text component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} {...props}>
      {nodes}
    </Text>
  );
}
