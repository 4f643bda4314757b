import type { z } from 'zod';
import { annotationMethods } from './annotations';
import { appMethods } from './app';
import { backupMethods } from './backups';
import { exportMethods } from './exports';
import { cardMethods } from './cards';
import { importMethods } from './imports';
import { libraryMethods } from './library';
import { searchMethods } from './search';
import { settingsMethods } from './settings';
import { tagMethods } from './tags';

export * from './common';
export * from './annotations';
export * from './app';
export * from './backups';
export * from './exports';
export * from './cards';
export * from './imports';
export * from './library';
export * from './search';
export * from './settings';
export * from './tags';
export * from './tagSchema';
export * from './errors';
export * from './events';

/**
 * The API contract: every method the renderer may call, with runtime schemas
 * for its params and result. Each door (IPC, HTTP) validates against it.
 */
export const contract = {
  ...annotationMethods,
  ...appMethods,
  ...backupMethods,
  ...exportMethods,
  ...cardMethods,
  ...importMethods,
  ...libraryMethods,
  ...searchMethods,
  ...settingsMethods,
  ...tagMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodParams<M extends MethodName> = z.input<Contract[M]['params']>;
export type MethodResult<M extends MethodName> = z.output<Contract[M]['result']>;

/** Every method name, for the doors that expose them one by one. */
export const methodNames = Object.keys(contract) as MethodName[];

/** Whether an untrusted string names a contract method. */
export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** The typed calls, one per method, as the renderer sees them. */
export type GlossCalls = { [M in MethodName]: (params: MethodParams<M>) => Promise<MethodResult<M>> };
