import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './createHandlers';
import { WorkspaceSession } from '../workspace/session';
import { logInternalError } from '../log';
import type { OpenOptions } from '../storage/types';

export interface ApiHost {
  session: WorkspaceSession;
  dispatch: Dispatch;
  close(): Promise<void>;
}

/** Opens a workspace folder and wires the contract's handlers to it: what every transport serves. */
export async function openApiHost(root: string, options: OpenOptions = {}): Promise<ApiHost> {
  const session = await WorkspaceSession.open(root, options);
  const dispatch = createDispatch(createHandlers(session), (method, err) => logInternalError(method, err));
  return { session, dispatch, close: () => session.close() };
}
