import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DemoDataRequest } from '../../contract';
import { apiFetch, consoleV1 } from '../client';

export const runDemoData = (request: DemoDataRequest) =>
  apiFetch<unknown>(consoleV1('/demo-data'), { method: 'POST', body: request satisfies DemoDataRequest });

/** Replaces the project's data: every cached answer is stale. */
export function useRunDemoData() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: runDemoData,
    onSuccess: () => qc.invalidateQueries(),
  });
}
