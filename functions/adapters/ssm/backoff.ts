const THROTTLING = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'TooManyUpdates',
  'RequestLimitExceeded',
  'ServiceUnavailable',
]);

export const isThrottling = (error: unknown): boolean =>
  THROTTLING.has((error as { name?: string })?.name ?? '') ||
  (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode === 429;

export interface BackoffOptions {
  attempts: number;
  baseMs: number;
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Retries a call that SSM throttled, with exponential backoff and full jitter; any other error, or
 * throttling past the last attempt, is thrown (the queue then retries the message later).
 */
export const withBackoff = async <T>(call: () => Promise<T>, options: BackoffOptions): Promise<T> => {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isThrottling(error) || attempt >= options.attempts) throw error;
      await sleep(Math.random() * options.baseMs * 2 ** (attempt - 1));
    }
  }
};
