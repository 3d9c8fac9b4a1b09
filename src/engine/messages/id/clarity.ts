export const clarity: Record<string, string> = {};
