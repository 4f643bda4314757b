import { findElectronBinary } from '../scripts/electronBinary';

/** Says once, up front, why the `electron` project's tests will be skipped here. */
export default function globalSetup(): void {
  if (!findElectronBinary()) {
    console.log(
      'electron project: skipped — no Electron binary is installed on this machine and it cannot be downloaded here; ' +
        'the browser project runs the same journeys against the same renderer and core.',
    );
  }
}
