export const overApology: Record<string, string> = {};
