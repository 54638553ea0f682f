import type { Handlers } from '../api/handlers';
import type { WorkspaceSession } from '../workspace/session';
/** Every contract method, implemented over one workspace session. */
export declare function createHandlers(session: WorkspaceSession): Handlers;
