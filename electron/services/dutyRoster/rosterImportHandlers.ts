// 导入排班表 over the API: the file as the customer import takes it (Base64, a picker handle, or a CLI path).
import type { Handlers } from '../../api/handlers';
import type { WorkspaceSession } from '../../workspace/session';
import { assertPathAllowed, fileFromBase64, fileFromPath, fileFromPicked } from '../customerImport/importFile';
import { applyRosterImport, previewRosterImport, readRosterFile } from './rosterImport';

type Methods = 'dutyRoster.importPreview' | 'dutyRoster.importApply';

export function rosterImportHandlers(session: WorkspaceSession): Pick<Handlers, Methods> {
  return {
    'dutyRoster.importPreview': async (input, ctx) => {
      let file: { name: string; bytes: Buffer };
      if ('path' in input) {
        assertPathAllowed(ctx);
        file = await fileFromPath(input.path);
      } else if ('handle' in input) {
        file = await fileFromPicked(input.handle);
      } else {
        file = fileFromBase64(input.name, input.dataBase64);
      }
      const field = 'path' in input ? 'path' : 'handle' in input ? 'handle' : 'dataBase64';
      const rows = await readRosterFile(file.name, file.bytes, field);
      return previewRosterImport(session.store, input.month, file.name, rows, field);
    },
    'dutyRoster.importApply': (input) => applyRosterImport(session.store, input),
  };
}
