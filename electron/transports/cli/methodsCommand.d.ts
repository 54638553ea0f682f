import { type CliIo } from './output';
/** `beian methods`: every method with its input schema as JSON Schema. */
export declare function methodsCommand(io: CliIo): number;
