import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@ecaf/domain',
    include: ['src/**/*.test.ts'],
  },
});
