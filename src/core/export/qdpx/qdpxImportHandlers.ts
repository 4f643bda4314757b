import type { CoreContext } from '../../context';
import type { Handlers } from '../../handlers/types';
import { importQdpx } from './import/importQdpx';

/** Importing a REFI-QDA project (.qdpx) made by Gloss, NVivo, ATLAS.ti, MAXQDA or QualCoder. */
export function qdpxImportHandlers(ctx: CoreContext): Handlers<'import:qdpx'> {
  return {
    'import:qdpx': async ({ fileName, data }) => importQdpx(ctx, fileName, new Uint8Array(Buffer.from(data, 'base64'))),
  };
}
