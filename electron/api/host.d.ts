import { type Dispatch } from './dispatch';
import { WorkspaceSession } from '../workspace/session';
import type { OpenOptions } from '../storage/types';
export interface ApiHost {
    session: WorkspaceSession;
    dispatch: Dispatch;
    close(): Promise<void>;
}
/** Opens a workspace folder and wires the contract's handlers to it: what every transport serves. */
export declare function openApiHost(root: string, options?: OpenOptions): Promise<ApiHost>;
