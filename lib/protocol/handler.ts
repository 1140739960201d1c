// The one handler-map type every context uses (background, content script, dictionary holder, worker).
// Type-only leaf.
import type { Access, CallContext } from './sender';

/** A handler validates its params (they come from another context) before it runs, and says who may
 *  call it; lib/dispatch checks both. */
export interface Handler<P, R, Ctx = CallContext> {
  access: Access;
  validate: (params: unknown) => params is P;
  run: (params: P, ctx: Ctx) => Promise<R> | R;
}

export type HandlerMap<A, Ctx = CallContext> = {
  [N in keyof A]: A[N] extends { params: infer P; result: infer R } ? Handler<P, R, Ctx> : never;
};

export type ParamsOf<A, N extends keyof A> = A[N] extends { params: infer P } ? P : never;
export type ResultOf<A, N extends keyof A> = A[N] extends { result: infer R } ? R : never;
