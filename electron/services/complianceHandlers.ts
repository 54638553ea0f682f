import { ApiError } from '../../shared/api/errors';
import type { Handlers } from '../api/handlers';
import type { WorkspaceSession } from '../workspace/session';

// Being built (issue 3, compliance): replaced by the rules in shared/compliance/.
export function complianceHandlers(_session: WorkspaceSession): Pick<Handlers, 'compliance.summary'> {
  return {
    'compliance.summary': () => {
      throw new ApiError('INTERNAL', '合规概览尚在开发中');
    },
  };
}
