import type { CoreContext } from '../context';
import { saveTextVersion } from '../documents/saveTextVersion';
import type { Handlers } from '../handlers/types';

export function textHandlers(ctx: CoreContext): Handlers<'document:saveText'> {
  return { 'document:saveText': (params) => saveTextVersion(ctx, params) };
}
