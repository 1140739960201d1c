// The tab's state as the frames that run a script of their own follow it (issue 15 §2): a granted
// site's frame under a page of another origin cannot be read from the top frame, so its own content
// script converts, restores and hovers as the top frame does. The top frame reports, the background
// relays to each such frame (tabs.sendMessage with its frameId); a frame that starts asks. Never
// through the page (postMessage): a page could forge it. Type-only leaf.
import type { Target } from '../types';

/** What a frame follows of its tab. `seq` orders reports (a frame ignores one older than the last it
 *  applied); 0 is an answer read from the top frame on request, older than any report. */
export interface FollowState {
  seq: number;
  convertedTo: Target | null;
  hoverEnabled: boolean;
}

/** Handled by the background. */
export interface FramesApi {
  /** From the top frame's content script after the tab converted, was restored or hover switched:
   *  relayed to every frame with a script of its own (injected first where a granted frame has none).
   *  Answers how many frames it reached. */
  tabStateChanged: { params: FollowState; result: { frames: number } };
  /** From a frame's own content script as it starts: the tab's state now (seq 0). */
  frameTabState: { params: Record<string, never>; result: FollowState };
}

/** Handled by the content script of a frame that runs its own (destination `frame`). */
export interface FrameApi {
  followTab: { params: FollowState; result: { applied: boolean } };
}
