import type { MethodName, MethodParams, MethodResult } from '../../shared/contract';

/** The implementation of some contract methods, taking already-validated params. */
export type Handlers<M extends MethodName> = { [K in M]: (params: MethodParams<K>) => Promise<MethodResult<K>> };
