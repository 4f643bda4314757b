/**
 * A second process for lock tests: takes a data directory's lock, prints
 * "locked", and holds it until killed. If the lock is lost it prints "lost"
 * and exits with code 3. Usage: node --import tsx holdLock.ts DATA_DIR [STALE_MS]
 */
import { lockDataDir } from '../dataDirLock';

const [dataDir, staleMs] = process.argv.slice(2);
if (!dataDir) throw new Error('holdLock needs a data directory');
await lockDataDir(dataDir, {
  staleMs: staleMs ? Number(staleMs) : undefined,
  onCompromised: () => {
    console.log('lost');
    process.exit(3);
  },
});
console.log('locked');
setInterval(() => undefined, 60_000);
