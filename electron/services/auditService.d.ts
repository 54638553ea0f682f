import type { AuditEntry } from '../../shared/api/contract';
import type { Store } from '../storage/types';
export declare function listAudit(store: Store, filter: {
    entity?: string | undefined;
    limit: number;
}): AuditEntry[];
