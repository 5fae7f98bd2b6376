/** The props an editor may write on <Scrolly> and <Step> (see src/components/prop-names.ts for why). */
export const scrollyProps = ['chart'] as const;
export const stepProps = ['state'] as const;
