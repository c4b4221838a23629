import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@ecaf/matching',
    // Pure code: one module graph per worker instead of one per file (the import cost dominated).
    isolate: false,
    include: ['src/**/*.test.ts'],
  },
});
