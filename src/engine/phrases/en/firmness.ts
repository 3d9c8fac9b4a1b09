export const firmness = {} as const;
