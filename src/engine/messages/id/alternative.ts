export const alternative: Record<string, string> = {};
