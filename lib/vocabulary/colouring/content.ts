// The content script's wiring of the colouring (entrypoints/content adds one line): on while the
// popup's switch (a storage item) is on, asked again whenever the words' states change in any tab or
// page (the change counter in storage). Both are storage change events, which only the extension
// can cause; the page's events and messages are never listened to. The colouring itself is loaded
// the first time the switch is on (create.ts: it ships with the on-demand tools, not in this script).
import type { createTabColouring } from './create';
import type { WordColouring } from './page';
import { colourWords, vocabularyChanged } from './settings';

type LoadColouring = () => Promise<typeof createTabColouring | undefined>;

export function startColouring(doc: Document, load: LoadColouring): WordColouring & { stop(): void } {
  let made: Promise<WordColouring | null> | null = null;
  let on = false;
  const colouring = (): Promise<WordColouring | null> => {
    made ??= load().then(
      (create) => (create ? create(doc) : null),
      () => null, // the tools could not load (e.g. the add-on was reloaded): stay plain, never throw
    );
    return made;
  };
  const setEnabled = async (enabled: boolean): Promise<void> => {
    on = enabled;
    if (!enabled && !made) return;
    await (await colouring())?.setEnabled(enabled);
  };
  void colourWords.getValue().then((value) => setEnabled(value === true));
  const unwatchSwitch = colourWords.watch((value) => void setEnabled(value === true));
  const unwatchWords = vocabularyChanged.watch(() => {
    if (on) void colouring().then((c) => c?.refresh());
  });
  return {
    setEnabled,
    refresh: async () => {
      if (on) await (await colouring())?.refresh();
    },
    dispose() {
      void made?.then((c) => c?.dispose());
    },
    stop() {
      unwatchSwitch();
      unwatchWords();
      void made?.then((c) => c?.dispose());
    },
  };
}
