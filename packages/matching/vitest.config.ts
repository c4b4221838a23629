import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@ecaf/matching',
    include: ['src/**/*.test.ts'],
  },
});
