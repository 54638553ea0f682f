import type { WorkspaceStatus } from '../../shared/api/contract';
import type { OpenOptions, Store } from '../storage/types';
/**
 * One open workspace folder, as every transport sees it. When the database was found damaged the
 * session stays usable for `workspace.status` / `workspace.restoreBackup` and refuses everything else.
 */
export declare class WorkspaceSession {
    readonly root: string;
    private current;
    private readonly options;
    private readonly lock;
    private constructor();
    static open(root: string, options?: OpenOptions): Promise<WorkspaceSession>;
    get store(): Store;
    status(): Promise<WorkspaceStatus>;
    restore(file: string): Promise<WorkspaceStatus>;
    close(): Promise<void>;
}
