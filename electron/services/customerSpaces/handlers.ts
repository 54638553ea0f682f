import { ApiError } from '../../../shared/api/errors';
import type { MethodName } from '../../../shared/api/contract';
import type { Handlers } from '../../api/handlers';
import type { WorkspaceSession } from '../../workspace/session';
import { customerImportHandlers } from '../customerImport/handlers';

type Methods = Extract<MethodName, `customerSpaces.${string}`>;

// Scaffolding while the service is being written (issue 6): every method answers that it is not built yet.
export function customerSpaceHandlers(_session: WorkspaceSession): Pick<Handlers, Methods> {
  const notYet = () => {
    throw new ApiError('INTERNAL', '此功能尚未完成');
  };
  return new Proxy({}, { get: () => notYet }) as Pick<Handlers, Methods>;
}
// The importer's four methods (electron/services/customerImport) are spread in by the real implementation:
void customerImportHandlers;
