import { validateIdentity } from '../../shared/identity';
import type { Handlers } from '../api/handlers';
import type { WorkspaceSession } from '../workspace/session';
import { listAudit } from './auditService';
import { getUnit, saveUnit } from './unitService';

/** Every contract method, implemented over one workspace session. */
export function createHandlers(session: WorkspaceSession): Handlers {
  return {
    'identity.validate': ({ type, value }) => validateIdentity(type, value),
    'unit.get': () => getUnit(session.store),
    'unit.save': (unit) => saveUnit(session.store, unit),
    'workspace.status': () => session.status(),
    'workspace.restoreBackup': ({ file }) => session.restore(file),
    'audit.list': (filter) => listAudit(session.store, filter),
  };
}
