import { afterAll, beforeAll } from 'vitest';
import { openApiHost, type ApiHost } from '../../electron/api/host';
import { tempWorkspace } from './tempWorkspace';

/**
 * The API on a fresh workspace for the enclosing describe block: opened before its tests, closed and
 * removed after them. Call it first in the block, so that the block's own beforeAll runs with it open.
 */
export function apiOnTempWorkspace() {
  const ws = tempWorkspace();
  let host: ApiHost;

  beforeAll(async () => {
    host = await openApiHost(ws.dir);
  });
  afterAll(async () => {
    await host.close();
    ws.remove();
  });

  return {
    dispatch: (method: string, input: unknown) => host.dispatch(method, input, { transport: 'test' }),
    /** The call's result; throws when the call is refused. */
    async ok<T>(method: string, input: unknown): Promise<T> {
      const reply = await host.dispatch(method, input, { transport: 'test' });
      if (!reply.ok) throw new Error(`${method} refused: ${reply.error.message} (${reply.error.field ?? ''})`);
      return reply.result as T;
    },
    /** The refusal; throws when the call is accepted. */
    async refused(method: string, input: unknown) {
      const reply = await host.dispatch(method, input, { transport: 'test' });
      if (reply.ok) throw new Error(`${method} was accepted`);
      return reply.error;
    },
    /** Closes the workspace and opens it again, as restarting the app would. */
    async reopen(): Promise<void> {
      await host.close();
      host = await openApiHost(ws.dir);
    },
  };
}
