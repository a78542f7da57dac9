import { codes, ruleProblem, type Problem } from './problem';

const HEX_32 = /^[0-9a-f]{32}$/i;
const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Why `text` cannot name a project, or null when it can. Huawei's project ids are 32 hexadecimal
 * characters; any other id of 1 to 64 letters, digits, `-` and `_` (what stays one segment of a path
 * such as `/v1/{project_id}/vpcs`) is accepted too and opens a project of its own. The Settings form
 * and the backend both ask this, so they refuse the same ids with the same words.
 */
export function checkProjectId(text: string, field = 'project_id'): Problem | null {
  if (text === '') return ruleProblem(codes.badParameter, field, 'projectId.empty');
  if (/\s/.test(text)) return ruleProblem(codes.badParameter, field, 'projectId.spaces');
  if (HEX_32.test(text)) return null;
  if (text.length > 64) return ruleProblem(codes.badParameter, field, 'projectId.tooLong');
  if (!PROJECT_ID.test(text)) return ruleProblem(codes.badParameter, field, 'projectId.characters');
  return null;
}

/** Whether `text` has the shape of a Huawei project id: 32 hexadecimal characters, either case. */
export const isHuaweiProjectId = (text: string): boolean => HEX_32.test(text);
