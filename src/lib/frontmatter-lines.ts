/**
 * Lines for frontmatter errors. Astro's content layer reports a schema error of a glob-loaded entry at
 * line 0 (it has no raw text to search), so an editor sees "file:0:0"; these find the line of the field
 * instead, for the build (through the chapters' loader) and for `npm run check`.
 */
import { readFileSync } from 'node:fs';
import type { Loader } from 'astro/loaders';

/**
 * 1-based line of a top-level field in an MDX file's frontmatter (or in a YAML file); the first line when
 * the field is missing.
 */
export function frontmatterLine(source: string, field: string | undefined): number {
  const lines = source.split(/\r?\n/u);
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  const found = field === undefined ? -1 : lines.slice(0, end < 0 ? lines.length : end).findIndex((line) => line.startsWith(`${field}:`));
  return found < 0 ? 1 : found + 1;
}

interface LocatableError {
  message: string;
  setLocation: (location: { file: string; line: number; column: number }) => void;
}

function isLocatable(error: unknown): error is LocatableError {
  return error instanceof Error && 'setLocation' in error && typeof error.setLocation === 'function';
}

/** The first field an Astro schema error names (its message lists them as `**field**: problem`). */
function firstField(message: string): string | undefined {
  return /\n\s*\*\*([^*.]+)[^*]*\*\*:/u.exec(message)?.[1];
}

/** Wraps a loader so that a schema error names the line of the field at fault. */
export function withFrontmatterLines(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch (error) {
            if (isLocatable(error) && props.filePath) {
              const line = frontmatterLine(readFileSync(props.filePath, 'utf8'), firstField(error.message));
              error.setLocation({ file: props.filePath, line, column: 1 });
            }
            throw error;
          }
        },
      }),
  };
}
