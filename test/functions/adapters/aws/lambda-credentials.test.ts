import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultProvider } from '../../../../functions/adapters/aws/lambda-credentials.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the credential chain of Lambda bundles', () => {
  it('reads the execution role’s credentials Lambda puts in the environment', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'ASIAEXAMPLEKEY');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret-example');
    vi.stubEnv('AWS_SESSION_TOKEN', 'session-example');
    const credentials = await defaultProvider({})();
    expect(credentials).toMatchObject({
      accessKeyId: 'ASIAEXAMPLEKEY',
      secretAccessKey: 'secret-example',
      sessionToken: 'session-example',
    });
  });

  it('fails clearly when the environment holds none, instead of trying files or the metadata service', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    await expect(defaultProvider({})()).rejects.toThrow(/environment/i);
  });
});
