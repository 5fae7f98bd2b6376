/** Every HTML file of the build validates with html-validate's recommended rules. */
import path from 'node:path';
import { HtmlValidate, type Message } from 'html-validate';
import { expect, test } from 'vitest';
import { distRoot, outputFiles, requireBuild } from '../support/site';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

const htmlFiles = (await outputFiles(requireBuild(distRoot))).filter((file) => file.endsWith('.html'));

function describeMessage(file: string, message: Message): string {
  return `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}${message.selector ? ` (${message.selector})` : ''}`;
}

test.each(htmlFiles)('%s validates', async (file) => {
  const report = await validator.validateFile(path.join(distRoot, file));
  const errors = report.results.flatMap((result) => result.messages.map((message) => describeMessage(file, message)));
  expect(errors).toEqual([]);
});
