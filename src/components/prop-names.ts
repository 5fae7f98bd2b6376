/**
 * The props an editor may write on the prose components in this folder. The MDX pipeline rejects any
 * other name (src/lib/component-rules.ts), so a misspelled prop fails the build instead of being ignored;
 * `usedIn` is not listed because the pipeline sets it. Keep each list in step with the component's Props.
 */
export const factProps = ['id', 'digits'] as const;
export const derivedProps = ['kind', 'from', 'to', 'of', 'by', 'digits'] as const;
export const citeProps = ['p'] as const;
