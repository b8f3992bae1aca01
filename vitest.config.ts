import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'schemas/src/**/*.test.ts',
      'tests/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    reporters: ['default', './scripts/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    coverage: {
      provider: 'v8',
      // The packages' own code, measured in-process (the end-to-end tests run the built CLI in
      // child processes, which this does not see). The floor below is what the suite reaches on a
      // fresh clone without the development corpus (78.4/68.1/73.8/80.5 % on 2026-12-06), less
      // about one point for runs that differ; raise it when coverage rises.
      include: ['packages/*/src/**/*.ts', 'packages/*/dist/**/*.js'],
      exclude: ['**/*.test.ts', '**/dist/**/*.test.js', 'packages/model/src/generated/**', '**/*.d.ts'],
      reporter: ['text-summary', 'json-summary'],
      reportsDirectory: 'coverage',
      thresholds: { statements: 77, branches: 67, functions: 72, lines: 79 },
    },
  },
});
