import { ApiError } from '../../../shared/api/errors';
import type { MethodName } from '../../../shared/api/contract';
import type { Handlers } from '../../api/handlers';
import type { Tx } from '../../storage/types';
import type { WorkspaceSession } from '../../workspace/session';
import { customerImportHandlers } from '../customerImport/handlers';
import { markReported } from './markReported';
import { buildRegisterXlsx } from './registerXlsx';
import { peekNextCode, readPattern, savePattern } from './spaceCodes';
import { readSpace } from './spaceRepository';
import { searchSpaces } from './spaceSearch';
import { removeSpace, spacesChanged, writeEndedOn, writeSpace } from './spaceWriter';

type Methods = Extract<MethodName, `customerSpaces.${string}`>;

export function customerSpaceHandlers(session: WorkspaceSession): Pick<Handlers, Methods> {
  const codePattern = () => session.store.read((db) => ({ pattern: readPattern(db), next: peekNextCode(db) }));
  /** A mutation of spaces, after which the search index looks again, whether it succeeded or not. */
  const changing = async <T>(fn: (tx: Tx) => T): Promise<T> => {
    const store = session.store;
    try {
      return await store.mutate(fn);
    } finally {
      spacesChanged(store);
    }
  };

  return {
    ...customerImportHandlers(session),
    'customerSpaces.search': (input) => searchSpaces(session.store, input),
    'customerSpaces.get': ({ id }) => {
      const space = session.store.read((db) => readSpace(db, id));
      if (!space) throw new ApiError('NOT_FOUND', '找不到这个客户空间（可能已被删除）');
      return space;
    },
    'customerSpaces.save': (input) => changing((tx) => writeSpace(tx, input)),
    'customerSpaces.remove': async ({ id }) => {
      await changing((tx) => removeSpace(tx, id));
      return { removed: true as const };
    },
    'customerSpaces.end': ({ id, endedOn }) => changing((tx) => writeEndedOn(tx, id, endedOn)),
    'customerSpaces.restore': ({ id }) => changing((tx) => writeEndedOn(tx, id, '')),
    'customerSpaces.markReported': (input) => markReported(session.store, input),
    'customerSpaces.getCodePattern': () => codePattern(),
    'customerSpaces.saveCodePattern': async ({ pattern }) => {
      await session.store.mutate((tx) => savePattern(tx, pattern));
      return codePattern();
    },
    'customerSpaces.exportXlsx': async () => {
      const file = await buildRegisterXlsx(session.store);
      return { fileName: file.fileName, dataBase64: file.bytes.toString('base64'), rows: file.rows };
    },
  };
}
