/** Reads a Content-Security-Policy into its directives, and hashes inline code the way browsers do. */
import { createHash } from 'node:crypto';

export type Policy = Map<string, string[]>;

export function parsePolicy(policy: string): Policy {
  const directives: Policy = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The sources that govern a fetch type, following CSP's fallback to default-src. */
export function effectiveSources(policy: Policy, directive: 'script-src' | 'style-src'): string[] | undefined {
  return policy.get(directive) ?? policy.get('default-src');
}

export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
