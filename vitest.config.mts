import { defineConfig } from 'vitest/config';
import os from 'node:os';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // CI has 2 cores: one worker per core, no more.
    maxWorkers: Math.max(1, Math.min(2, os.availableParallelism())),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
