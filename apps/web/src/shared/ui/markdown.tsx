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

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // markdown-it escapes all HTML in the source (html: false) and drops unsafe link schemes.
  return <Typography dangerouslySetInnerHTML={{ __html: html }} />;
}
