import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/globalSetup.ts'],
    setupFiles: ['tests/support/tenant.ts', 'tests/support/env.ts'],
    testTimeout: 30000,
    env: { POWERTOOLS_LOG_LEVEL: 'ERROR', POWERTOOLS_DEV: 'false' },
    hookTimeout: 120000,
    // Two cores: files run in parallel against one DynamoDB Local, each on its own table.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
