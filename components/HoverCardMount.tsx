// The hover card's one rendering step on a page: <HoverCard/> into the frame that lib/hover/view.ts
// owns (or the frame emptied). The host, its guarding, placement and showing are decided in lib/hover.
import { render } from 'preact';
import { HoverCard, type HoverCardProps } from './HoverCard';

/** Renders the card with `props` into `frame`; null unmounts it. */
export function renderHoverCard(frame: HTMLElement, props: HoverCardProps | null): void {
  render(props ? <HoverCard {...props} /> : null, frame);
}
