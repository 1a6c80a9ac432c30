import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Build tests run Astro itself; one at a time keeps them within a 2-core machine.
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false } },
      // Browser tests read the built dist/ (npm test builds it first).
      { test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000, fileParallelism: false } },
      // `npm start` and `npm run dev` as a new user runs them, each on a free port; they build, so give them time.
      { test: { name: 'serve', include: ['tests/serve/**/*.test.ts'], testTimeout: 420_000, hookTimeout: 60_000, fileParallelism: false } },
    ],
  },
});
