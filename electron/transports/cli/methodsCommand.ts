import { z } from 'zod';
import { contract, METHOD_NAMES } from '../../../shared/api/contract';
import { printJson, type CliIo } from './output';

/** `beian methods`: every method with its input schema as JSON Schema. */
export function methodsCommand(io: CliIo): number {
  const list = METHOD_NAMES.map((name) => {
    const def = contract[name];
    return {
      method: name,
      summary: def.summary,
      input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
    };
  });
  printJson(io, list);
  return 0;
}
