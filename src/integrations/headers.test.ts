import { expect, test } from 'vitest';
import { headerOnlyDirectives, immutableCaching, pageCaching, renderHeaders } from './headers';

const policy = "default-src 'self';  script-src 'self' 'sha256-abc=';style-src 'self'";

test('writes one rule per page, under the base path, with the page policy plus frame-ancestors', () => {
  const text = renderHeaders('/two-ways/', [{ path: '/origins/', policy }]);
  const block = text.split('\n\n').find((part) => part.startsWith('/two-ways/origins/\n'));
  expect(block?.trimEnd()).toBe(
    [
      '/two-ways/origins/',
      `  Cache-Control: ${pageCaching}`,
      `  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'; ${headerOnlyDirectives.join('; ')}`,
    ].join('\n'),
  );
});

test('caches hashed assets for a year, at the root as under a base path', () => {
  expect(renderHeaders('/', [])).toContain(`/_astro/*\n  Cache-Control: ${immutableCaching}`);
  expect(renderHeaders('/two-ways/', [])).toContain(`/two-ways/_astro/*\n  Cache-Control: ${immutableCaching}`);
});
