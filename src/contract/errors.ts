/**
 * Huawei error bodies. VPC v1 answers `{code, message}`, but the official SDK decodes only
 * `{error_code, error_msg}`, so every VPC-style error carries both pairs. ECS paths answer
 * `{error: {code, message}}`.
 */
export interface VpcErrorBody {
  code: string;
  message: string;
  error_code: string;
  error_msg: string;
  request_id?: string;
}

export interface EcsErrorBody {
  error: { code: string; message: string };
}

export type ErrorBody = VpcErrorBody | EcsErrorBody;

/** Reads the code and message out of either error shape; null when the body is not an error. */
export function readErrorBody(body: unknown): { code: string; message: string } | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  if (typeof b.error_code === 'string') return { code: b.error_code, message: String(b.error_msg ?? '') };
  if (typeof b.code === 'string') return { code: b.code, message: String(b.message ?? '') };
  const inner = b.error as Record<string, unknown> | undefined;
  if (inner && typeof inner.code === 'string') return { code: inner.code, message: String(inner.message ?? '') };
  return null;
}
