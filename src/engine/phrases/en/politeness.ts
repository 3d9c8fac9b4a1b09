export const politeness = {} as const;
