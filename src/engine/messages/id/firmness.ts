export const firmness: Record<string, string> = {};
