import { afterAll, beforeAll } from 'vitest';
import { startLocalApiServer, type LocalApiServer } from '../../test-support/local-api-server.test-support.js';

/** The local API server of a test file, started before its tests and closed after them. */
export interface LocalApiServerHandle {
  readonly server: LocalApiServer;
}

/** Registers `beforeAll`/`afterAll` hooks that run one local API server for the calling test file. */
export function useLocalApiServer(): LocalApiServerHandle {
  let current: LocalApiServer | undefined;
  beforeAll(async () => {
    current = await startLocalApiServer(() => ({ status: 500, body: { error: 'no answer set for this test' } }));
  });
  afterAll(() => current?.close());
  return {
    get server(): LocalApiServer {
      if (current === undefined) throw new Error('the local API server runs only inside tests');
      return current;
    },
  };
}
