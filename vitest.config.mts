// One Vitest configuration, two projects:
//  - unit: *.spec.ts beside the code (and beside the scripts), fakes only, no network;
//  - integration: *.integration-spec.ts and test/**, against the real Kafka broker and PostgreSQL
//    (the global setup starts the project's broker if needed and prepares the test database).
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// NestJS needs decorators and their metadata: SWC compiles them the way tsc would.
const plugins = [
  swc.vite({
    jsc: {
      target: 'es2023',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
  }),
];

export default defineConfig({
  resolve: { tsconfigPaths: true },
  plugins,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['{apps,libs,deploy,scripts}/**/*.spec.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['{apps,libs}/**/*.integration-spec.ts', 'test/**/*.e2e-spec.ts'],
          environment: 'node',
          globalSetup: ['test/setup/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // one broker and one database on a 2-core machine: files run one after another
          fileParallelism: false,
        },
      },
    ],
  },
});
