import { defineConfig } from 'vitest/config';

// Unit tests (*.test.ts) and integration tests (*.int.test.ts) of every package. Integration
// tests use in-memory PGlite, or PostgreSQL when TEST_DATABASE_URL is set.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/server', 'apps/web'],
  },
});
