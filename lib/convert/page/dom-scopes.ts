// The trees a page's text lives in beyond its own: shadow roots (open, declarative, and closed ones
// the extension may reach) and the documents of same-origin and about:blank frames. The walk meets
// their hosts; each tree found is walked after the one it hangs from and watched by the same
// observer. A custom element met before the page defines it has no root yet, and attaching one
// makes no mutation record: such elements are looked at again on a backing-off timer.

/** A subtree walked on its own: the converter's root, a shadow root, a frame's body. */
export type Scope = Node & ParentNode;

/** How an element's shadow root is reached: the open one, else the browser's extension API. */
export type ShadowRootOf = (el: Element) => ShadowRoot | null;

type ClosedRootApi = (el: Element) => ShadowRoot | null;

/** Chrome gives content scripts chrome.dom.openOrClosedShadowRoot(el), Firefox gives them
 *  el.openOrClosedShadowRoot; pages and Node have neither (then only open roots are reached). */
export function browserShadowRootOf(world: object = globalThis): ShadowRootOf {
  const chromeApi = (world as { chrome?: { dom?: { openOrClosedShadowRoot?: ClosedRootApi } } }).chrome?.dom
    ?.openOrClosedShadowRoot;
  return (el) => {
    const open = el.shadowRoot;
    if (open) return open;
    try {
      if (typeof chromeApi === 'function') return chromeApi(el) ?? null;
      const firefox = (el as { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
      return firefox ?? null;
    } catch {
      return null;
    }
  };
}

/** The body (or root element) of a frame's document, when the extension may read it. */
function frameScopeOf(frame: Element): { doc: Document; scope: Element } | null {
  try {
    const doc = (frame as HTMLIFrameElement).contentDocument;
    const scope = doc?.body ?? doc?.documentElement;
    return doc && scope ? { doc, scope } : null;
  } catch {
    return null; // cross-origin: not ours to read
  }
}

const DOCUMENT_NODE = 9;
/** The elements that may have a shadow root besides custom elements (the HTML standard's list). */
const SHADOW_HOST_TAGS = new Set(
  'ARTICLE ASIDE BLOCKQUOTE BODY DIV FOOTER H1 H2 H3 H4 H5 H6 HEADER MAIN NAV P SECTION SPAN'.split(' '),
);

/** How long a defined custom element without a root is still looked at (it may attach one late). */
const CANDIDATE_MS = 10_000;
const MAX_CANDIDATES = 5000;
const SWEEP_FIRST_MS = 200;
const SWEEP_MAX_MS = 2000;

export class PageScopes {
  /** Shadow root or frame document → the element it hangs from. */
  private readonly hosts = new WeakMap<Node, Element>();
  /** Scopes met by the walk and not yet walked. */
  found: Scope[] = [];
  /** Scopes under watch besides the root (the observer is reconnected to each). */
  readonly watched = new Set<Scope>();
  /** Custom elements met without a root, with the time they were met. */
  private readonly candidates = new Map<Element, number>();
  private readonly listening = new WeakSet<Element>();
  private sweepTimer: ReturnType<typeof setTimeout> | null = null;
  private sweepDelay = SWEEP_FIRST_MS;

  constructor(
    private readonly shadowRootOf: ShadowRootOf,
    /** Called with a scope found outside a walk (a frame loaded, an element upgraded). */
    private readonly onLateScope: (scope: Scope) => void,
    /** Starts watching a scope with the converter's observer. */
    private readonly watch: (scope: Scope) => void,
  ) {}

  /** The walk entered `el` (tag `tag`), not a skipped one (except frames, whose own text is not
   *  walked but whose document is). */
  meet(el: Element, tag: string): void {
    if (tag === 'IFRAME' || tag === 'FRAME') {
      this.meetFrame(el);
      return;
    }
    const custom = tag.includes('-');
    if (!custom && !SHADOW_HOST_TAGS.has(tag)) return;
    // Closed roots are looked for on custom elements only (widgets are where pages close them): the
    // browser's API is a call into the extension bindings, too dear for every <div> of a big page.
    const shadow = custom ? this.shadowRootOf(el) : el.shadowRoot;
    if (shadow) this.add(shadow, el, this.found);
    else if (custom && this.candidates.size < MAX_CANDIDATES && !this.candidates.has(el))
      this.candidates.set(el, performance.now());
  }

  private meetFrame(frame: Element): void {
    const inner = frameScopeOf(frame);
    if (inner) this.add(inner.scope, frame, this.found, inner.doc);
    if (this.listening.has(frame)) return;
    this.listening.add(frame);
    // A frame that loads (or navigates) later gets a new document: converted when it comes. The
    // event carries nothing we trust: it only makes us look at the frame again.
    frame.addEventListener('load', () => {
      const late = frameScopeOf(frame);
      if (late) this.add(late.scope, frame, null, late.doc);
    });
  }

  private add(scope: Scope, host: Element, queue: Scope[] | null, doc?: Document): void {
    this.hosts.set(doc ?? scope, host);
    if (!this.watched.has(scope)) {
      this.watched.add(scope);
      this.watch(scope);
    }
    if (queue) queue.push(scope);
    else this.onLateScope(scope);
  }

  /** The node above `n`, across shadow roots (to the host) and frame documents (to the frame's
   *  parent: the frame element itself is not walked as text). */
  parentOf(n: Node): Node | null {
    const parent = n.parentNode;
    if (parent) return parent;
    const host = this.hosts.get(n);
    if (!host) return null;
    return n.nodeType === DOCUMENT_NODE ? host.parentNode : host;
  }

  /** Looks again at custom elements met without a root, on a backing-off timer, while `active`. */
  startSweeps(active: () => boolean): void {
    this.stopSweeps();
    this.sweepDelay = SWEEP_FIRST_MS;
    const tick = (): void => {
      this.sweepTimer = null;
      if (!active()) return;
      this.sweep();
      if (this.candidates.size === 0) return;
      this.sweepDelay = Math.min(this.sweepDelay * 2, SWEEP_MAX_MS);
      this.sweepTimer = setTimeout(tick, this.sweepDelay);
    };
    if (this.candidates.size) this.sweepTimer = setTimeout(tick, this.sweepDelay);
  }

  stopSweeps(): void {
    if (this.sweepTimer !== null) clearTimeout(this.sweepTimer);
    this.sweepTimer = null;
  }

  /** The observer is off: scopes are found (and watched) again by the next pass. */
  forgetWatched(): void {
    this.watched.clear();
    this.found = [];
  }

  private sweep(): void {
    const now = performance.now();
    for (const [el, met] of this.candidates) {
      const shadow = el.isConnected ? this.shadowRootOf(el) : null;
      if (shadow) {
        this.candidates.delete(el);
        this.add(shadow, el, null);
      } else if (!el.isConnected || (now - met > CANDIDATE_MS && isDefined(el))) this.candidates.delete(el);
    }
  }
}

function isDefined(el: Element): boolean {
  try {
    return el.matches(':defined');
  } catch {
    return true;
  }
}
