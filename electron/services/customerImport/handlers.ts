import { ApiError } from '../../../shared/api/errors';
import type { Handlers } from '../../api/handlers';
import type { WorkspaceSession } from '../../workspace/session';

type Methods = 'customerSpaces.importPreview' | 'customerSpaces.importRun' | 'customerSpaces.importProgress' | 'customerSpaces.rejectedRows';

// Scaffolding while the importer is being written (issue 6).
export function customerImportHandlers(_session: WorkspaceSession): Pick<Handlers, Methods> {
  const notYet = () => {
    throw new ApiError('INTERNAL', '此功能尚未完成');
  };
  return { 'customerSpaces.importPreview': notYet, 'customerSpaces.importRun': notYet, 'customerSpaces.importProgress': notYet, 'customerSpaces.rejectedRows': notYet };
}
