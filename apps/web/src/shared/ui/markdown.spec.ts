import { renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  it('renders headings, lists and emphasis', () => {
    const html = renderMarkdown('# Mục tiêu\n\n- **giao thông** thông minh\n- _năng lượng_');
    expect(html).toContain('<h1>Mục tiêu</h1>');
    expect(html).toContain('<strong>giao thông</strong>');
    expect(html).toContain('<em>năng lượng</em>');
  });

  it('escapes raw HTML instead of interpreting it', () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript: links and opens web links in a new tab', () => {
    expect(renderMarkdown('[x](javascript:alert(1))')).not.toContain('href="javascript:');
    const html = renderMarkdown('[Binh Duong](https://binhduong.gov.vn)');
    expect(html).toContain('href="https://binhduong.gov.vn"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
  });

  it('moves the text’s headings below the page’s when asked, never past h6', () => {
    const html = renderMarkdown('# Điều khoản\n\n## Điều 1\n\n###### Ghi chú', { headingOffset: 2 });
    expect(html).toContain('<h3>Điều khoản</h3>');
    expect(html).toContain('<h4>Điều 1</h4>');
    expect(html).toContain('<h6>Ghi chú</h6>');
    expect(html).not.toContain('<h1>');
  });
});
