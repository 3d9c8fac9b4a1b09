export const alternative = {} as const;
