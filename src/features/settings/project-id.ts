const HEX_32 = /^[0-9a-f]{32}$/i;
const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Why `text` cannot name a project, or null when it can. Huawei's project ids are 32 hex characters;
 * any other id of letters, digits, "-" and "_" (what the API accepts in a path) opens its own project.
 */
export function checkProjectId(text: string): string | null {
  if (text === '') return 'Enter a project ID.';
  if (/\s/.test(text)) return 'A project ID has no spaces.';
  if (HEX_32.test(text)) return null;
  if (text.length > 64) return 'Use at most 64 characters.';
  if (!PROJECT_ID.test(text)) return 'Use letters, digits, "-" and "_" only (a Huawei project ID is 32 hexadecimal characters).';
  return null;
}

export const isHuaweiProjectId = (text: string) => HEX_32.test(text);
