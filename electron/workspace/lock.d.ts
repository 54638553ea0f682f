export declare const LOCK_FILE = "beian.lock";
export interface WorkspaceLock {
    release(): void;
}
/**
 * One process at a time per workspace: each process keeps the database in memory and saves it whole,
 * so a second writer would silently undo the first one's saves. A lock left by a process that died
 * (same host, pid gone) is taken over.
 */
export declare function lockWorkspace(root: string): WorkspaceLock;
