// Small type guards for validating what comes back from storage.
export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
export const isBooleanArray = (v: unknown): v is boolean[] => Array.isArray(v) && v.every((b) => typeof b === 'boolean');
export const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
