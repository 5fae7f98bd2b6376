/** `astro dev` on a copy of the project (see project-copy.ts), for tests that look at pages as an editor does. */
import { stripVTControlCharacters } from 'node:util';
import { startAstro } from './build.ts';

export interface DevServer {
  /** The server's address, e.g. http://127.0.0.1:4480/. */
  url: string;
  /** Everything the server printed so far, without escape codes. */
  output(): string;
  /** Resolves once `pattern` appears in the output, or rejects after `ms` with the output so far. */
  waitFor(pattern: RegExp, ms: number): Promise<RegExpExecArray>;
  stop(): void;
}

export async function startDevServer(dir: string, port: number): Promise<DevServer> {
  const child = startAstro(['dev', '--root', dir, '--host', '127.0.0.1', '--port', String(port)], dir);
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const output = () => stripVTControlCharacters(printed);
  const waitFor = (pattern: RegExp, ms: number) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const started = Date.now();
      const poll = setInterval(() => {
        const found = pattern.exec(output());
        if (found) {
          clearInterval(poll);
          resolve(found);
        } else if (Date.now() - started > ms) {
          clearInterval(poll);
          reject(new Error(`no ${pattern} after ${ms} ms in:\n${output()}`));
        }
      }, 250);
    });
  const stop = () => child.kill();
  try {
    const [, url] = await waitFor(/Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/u, 90_000);
    return { url: url!, output, waitFor, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
