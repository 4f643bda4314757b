#!/usr/bin/env node
// The `gloss` command: runs the TypeScript CLI (src/cli/main.ts) from source through tsx's loader,
// so `npm link`, `npx gloss` and `node bin/gloss.mjs` work from any folder without a build step.
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { register } from 'tsx/esm/api';

// Our tsconfig, not whatever the current folder has.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.node.json', import.meta.url)) });
const { runGlossProcess } = await import('../src/cli/main.ts');
await runGlossProcess(process.argv.slice(2));
