import { linkify } from './linkified-text';

describe('linkify', () => {
  it('turns http(s) addresses into links, leaving sentence punctuation outside', () => {
    expect(linkify('Mở https://helix.example/reset-password?token=a.b, rồi đặt mật khẩu.')).toEqual([
      { kind: 'text', text: 'Mở ' },
      { kind: 'link', text: 'https://helix.example/reset-password?token=a.b', href: 'https://helix.example/reset-password?token=a.b' },
      { kind: 'text', text: ', rồi đặt mật khẩu.' },
    ]);
  });

  it('links nothing else', () => {
    expect(linkify('javascript:alert(1) data:text/html,<b>x</b> mailto:a@b.vn ftp://x.vn')).toEqual([
      { kind: 'text', text: 'javascript:alert(1) data:text/html,<b>x</b> mailto:a@b.vn ftp://x.vn' },
    ]);
  });

  it('keeps several links and the text between them', () => {
    const parts = linkify('(http://a.vn) và https://b.vn/x');
    expect(parts.filter((part) => part.kind === 'link').map((part) => part.text)).toEqual(['http://a.vn', 'https://b.vn/x']);
    expect(parts.map((part) => part.text).join('')).toBe('(http://a.vn) và https://b.vn/x');
  });
});
