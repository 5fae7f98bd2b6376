import { expect, test } from 'vitest';
import { renderHeaders } from './headers';

const policy = "default-src 'self';  script-src 'self' 'sha256-abc=';style-src 'self'";

test('writes one rule per page, under the base path, with the page policy plus frame-ancestors', () => {
  const text = renderHeaders('/two-ways/', [{ path: '/origins/', policy }]);
  const block = text.split('\n\n').find((part) => part.startsWith('/two-ways/origins/\n'));
  expect(block?.trimEnd()).toBe(
    [
      '/two-ways/origins/',
      '  Cache-Control: public, max-age=300, must-revalidate',
      "  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'; frame-ancestors 'none'",
    ].join('\n'),
  );
});

test('caches hashed assets for a year, at the root as under a base path', () => {
  expect(renderHeaders('/', [])).toContain('\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
  expect(renderHeaders('/two-ways/', [])).toContain('\n/two-ways/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
});

test('sends every path the content-type and referrer rules, under the base path', () => {
  expect(renderHeaders('/two-ways/', [])).toContain(
    '\n/two-ways/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n',
  );
});
