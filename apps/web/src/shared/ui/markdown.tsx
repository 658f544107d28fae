import { Typography } from '@mantine/core';
import MarkdownIt from 'markdown-it';
import { useMemo } from 'react';

/**
 * Markdown written by users (project descriptions). Raw HTML is not allowed, so markup in the
 * text is escaped, and links are limited to http(s) and mailto and open in a new tab.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
markdown.validateLink = (url) => /^(https?:|mailto:)/i.test(url.trim());
const defaultLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  tokens[index]?.attrSet('target', '_blank');
  tokens[index]?.attrSet('rel', 'noopener noreferrer nofollow');
  return defaultLinkOpen(tokens, index, options, env, self);
};

export interface MarkdownOptions {
  /**
   * Levels to move the text's own headings down, so they sit below the page's: with 2, `#`
   * becomes an h3 under a section's h2 (never past h6).
   */
  headingOffset?: number;
}

export function renderMarkdown(source: string, { headingOffset = 0 }: MarkdownOptions = {}): string {
  if (!headingOffset) return markdown.render(source);
  const env = {};
  const tokens = markdown.parse(source, env);
  for (const token of tokens) {
    if (token.type !== 'heading_open' && token.type !== 'heading_close') continue;
    const level = Number(token.tag.slice(1));
    token.tag = `h${Math.min(6, level + headingOffset)}`;
  }
  return markdown.renderer.render(tokens, markdown.options, env);
}

export function Markdown({ source, headingOffset = 0 }: { source: string } & MarkdownOptions) {
  const html = useMemo(() => renderMarkdown(source, { headingOffset }), [source, headingOffset]);
  // markdown-it escapes all HTML in the source (html: false) and drops unsafe link schemes.
  return <Typography dangerouslySetInnerHTML={{ __html: html }} />;
}
