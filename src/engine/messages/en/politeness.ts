export const politeness: Record<string, string> = {};
