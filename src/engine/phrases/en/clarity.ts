export const clarity = {} as const;
