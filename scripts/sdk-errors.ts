/** What the official SDK's ClientRequestException carries, decoded from the error body. */
export interface SdkFailure {
  httpStatusCode?: number | string;
  errorCode?: string;
  errorMsg?: string;
}

/**
 * For tests: runs an SDK call that must fail and returns the SDK's rejection. The SDK also dumps the whole
 * axios error to stdout (log4js, no way to turn it off through the client): hushed meanwhile.
 */
export async function sdkError(call: () => Promise<unknown>): Promise<SdkFailure> {
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    await call();
  } catch (error) {
    return error as SdkFailure;
  } finally {
    process.stdout.write = write;
  }
  throw new Error('expected the SDK call to fail');
}
