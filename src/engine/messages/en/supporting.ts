export const supporting: Record<string, string> = {};
