// One live content-script instance per frame, tracked in the isolated world (the page cannot see it).
// We do not rely on WXT's ContentScriptContext to retire old instances: it listens for a document
// event the page can forge, which would let any page switch Wenzhai off. Instead an instance is
// replaced only when its extension context is gone (extension reloaded or updated).
const REGISTRY = Symbol.for('wenzhai.content-instance');

export interface ContentInstance {
  /** True while this instance's extension runtime is alive. */
  isAlive(): boolean;
  dispose(): void;
}

type Registry = { [REGISTRY]?: ContentInstance };

/** Returns the instance already running in this world if it is alive; otherwise disposes of a dead one
 *  and installs `create()`. */
export function claimInstance(
  world: object,
  create: () => ContentInstance,
): { instance: ContentInstance; fresh: boolean } {
  const registry = world as Registry;
  const existing = registry[REGISTRY];
  if (existing?.isAlive()) return { instance: existing, fresh: false };
  existing?.dispose();
  const instance = create();
  registry[REGISTRY] = instance;
  return { instance, fresh: true };
}
