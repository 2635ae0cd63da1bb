/** `npm run test:unit`: the fast tests (no Java, no cognito-local), in seconds. `npm test` runs them too. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/support/tenant.ts'],
    env: { POWERTOOLS_LOG_LEVEL: 'ERROR', POWERTOOLS_DEV: 'false' },
  },
});
