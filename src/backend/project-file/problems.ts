import type { Problem } from '../../domain';
import { ApiError } from '../errors';

/** The refusals an import collects, each as `path: reason`, to answer them all at once. */
export class Problems {
  readonly lines: string[] = [];

  add(path: string, reason: string): void {
    this.lines.push(`${path}: ${reason.replace(/\.$/, '')}`);
  }

  /** A domain rule's refusal, at `path` (the rule's own field name is generic, such as `port_id`). */
  problem(path: string, p: Problem | null): void {
    if (p) this.add(path, p.message);
  }

  /** A refusal a route helper threw: its field when it names one, else `path`. Anything else is rethrown. */
  error(path: string, error: unknown): void {
    if (!(error instanceof ApiError) || error.status >= 500) throw error;
    const field = error.field ?? path;
    if (error.message.startsWith(`${field}: `)) this.lines.push(error.message.replace(/\.$/, ''));
    else this.add(field, error.message);
  }

  /** Runs a check that throws the API's refusals and notes what it throws. */
  check(path: string, run: () => void): void {
    try {
      run();
    } catch (error) {
      this.error(path, error);
    }
  }

  /** `check` for a check that reads the store. */
  async checkAsync(path: string, run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
    } catch (error) {
      this.error(path, error);
    }
  }
}
