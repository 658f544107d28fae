import { externalLink } from './external-href';

describe('externalLink', () => {
  it('links http and https addresses and labels them without the scheme', () => {
    expect(externalLink('https://binhduong.gov.vn/')).toEqual({ href: 'https://binhduong.gov.vn/', label: 'binhduong.gov.vn' });
    expect(externalLink(' http://tdmu.edu.vn/research ')).toEqual({ href: 'http://tdmu.edu.vn/research', label: 'tdmu.edu.vn/research' });
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org', 'www.example.org', 'not a url', '', null, undefined])(
    'refuses %p',
    (value) => {
      expect(externalLink(value)).toBeUndefined();
    },
  );
});
