export const supporting = {} as const;
