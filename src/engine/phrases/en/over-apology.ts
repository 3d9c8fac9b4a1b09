export const overApology = {} as const;
