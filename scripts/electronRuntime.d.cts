export type ElectronRuntime =
  | { available: true; executablePath: string; version: string }
  | { available: false; reason: string; version?: string };

export declare const REPO_ROOT: string;

export declare function electronRuntime(options?: {
  root?: string;
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
}): ElectronRuntime;
