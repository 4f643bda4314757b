import { z } from 'zod';
import { NoParams, Timestamp, Ack, method } from './common';

/** Something the app must tell the user once, such as a recovered file. */
export const Notice = z.strictObject({
  id: z.string().min(1).max(64),
  level: z.enum(['info', 'warning', 'error']),
  message: z.string().min(1),
  at: Timestamp,
});
export type Notice = z.infer<typeof Notice>;

export const AppStatus = z.strictObject({
  version: z.string(),
  dataDir: z.string(),
  notices: z.array(Notice),
});
export type AppStatus = z.infer<typeof AppStatus>;

export const appMethods = {
  /** Version, data directory and any notices the user has not dismissed. */
  'app:status': method(NoParams, AppStatus, { readOnly: true }),
  /** Forgets a notice; notices.json is rewritten so that it stays forgotten after a restart (if that write fails, the notice stays). */
  'app:dismissNotice': method(z.strictObject({ id: z.string().min(1).max(64) }), Ack, { readOnly: true }),
};
