import { ApiError } from '../../shared/api/errors';
import type { Handlers } from '../api/handlers';
import type { WorkspaceSession } from '../workspace/session';

type AttachmentMethods = 'attachments.add' | 'attachments.get' | 'attachments.remove';

// Being built (issue 3, attachments): replaced by the attachment store under electron/attachments/.
export function attachmentHandlers(_session: WorkspaceSession): Pick<Handlers, AttachmentMethods> {
  const notYet = () => {
    throw new ApiError('INTERNAL', '扫描件功能尚在开发中');
  };
  return { 'attachments.add': notYet, 'attachments.get': notYet, 'attachments.remove': notYet };
}
