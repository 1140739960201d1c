// Moved to lib/background/in-tab.ts (the background runs it). This re-export keeps
// lib/content/caret-command.ts building until its owner points it there; then delete this file.
export { inInjectedTab } from '../background/in-tab';
