import { expect, test } from 'vitest';
import { embedCode } from './snippet';

test('the host code frames the chart and sizes only its own frame from its own origin', () => {
  const code = embedCode({ src: new URL('https://news.example.com/two-ways/embed/backers/'), title: 'Who backed "whom" & why', height: 512.4 });
  expect(code.split('\n')[0]).toBe(
    '<iframe src="https://news.example.com/two-ways/embed/backers/" title="Who backed &quot;whom&quot; &amp; why" height="512" loading="lazy" data-two-ways-embed style="width: 100%; border: 0;"></iframe>',
  );
  expect(code).toContain('event.origin !== "https://news.example.com"');
  expect(code).toContain('event.data.type !== "two-ways-to-live:embed-height"');
  expect(code).toContain('frame.contentWindow === event.source');
});
