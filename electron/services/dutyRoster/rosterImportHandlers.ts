// 导入排班表 over the API: the file as the customer import takes it (Base64, a picker handle, or a CLI path).
import type { Handlers } from '../../api/handlers';
import type { WorkspaceSession } from '../../workspace/session';
import { fileFromImportInput } from '../customerImport/importFile';
import { applyRosterImport, previewRosterImport, readRosterFile } from './rosterImport';

type Methods = 'dutyRoster.importPreview' | 'dutyRoster.importApply';

export function rosterImportHandlers(session: WorkspaceSession): Pick<Handlers, Methods> {
  return {
    'dutyRoster.importPreview': async (input, ctx) => {
      const { name, bytes, field } = await fileFromImportInput(input, ctx);
      const rows = await readRosterFile(name, bytes, field);
      return previewRosterImport(session.store, input.month, name, rows, field);
    },
    'dutyRoster.importApply': (input) => applyRosterImport(session.store, input),
  };
}
