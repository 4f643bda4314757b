import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'eval/**/*.test.ts'],
    environment: 'node',
    // Unit tests never load the real electron package: it would try to download its binary.
    alias: { electron: new URL('./src/main/testing/electronMock.ts', import.meta.url).pathname },
  },
});
