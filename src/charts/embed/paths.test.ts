import { expect, test } from 'vitest';
import { headerOnlyDirectivesFor } from '../../integrations/headers';
import { embedPath, isEmbedPath, oembedPath, sequenceEmbedPath, svgExportPath } from './paths';

test('English embeds live at the root, the Chinese editions under their locale', () => {
  expect(embedPath('receivable-days', 'en')).toBe('/embed/receivable-days/');
  expect(embedPath('receivable-days', 'zh-hans')).toBe('/zh-hans/embed/receivable-days/');
  expect(sequenceEmbedPath('receivable-days', 'zh-hant')).toBe('/zh-hant/embed/receivable-days/sequence/');
  expect(oembedPath('backers', 'en')).toBe('/embed/backers/oembed.json');
  expect(svgExportPath('backers', 'narrow', 'zh-hans')).toBe('/zh-hans/embed/backers/backers-narrow.svg');
});

test('only embed pages, in any edition, may be framed by other sites', () => {
  expect(isEmbedPath('/embed/backers/')).toBe(true);
  expect(isEmbedPath('/zh-hant/embed/backers/sequence/')).toBe(true);
  expect(isEmbedPath('/charts/')).toBe(false);
  expect(isEmbedPath('/origins/embed/')).toBe(false);
  expect(headerOnlyDirectivesFor('/embed/backers/')).toEqual(['frame-ancestors *']);
  expect(headerOnlyDirectivesFor('/')).toEqual(["frame-ancestors 'none'"]);
  expect(headerOnlyDirectivesFor('/zh-hans/origins/')).toEqual(["frame-ancestors 'none'"]);
});
