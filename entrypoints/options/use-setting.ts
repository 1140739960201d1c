// A stored setting as Preact state: read once, written on change, and followed while the page is open
// (another options tab, or the popup, may change it too).
import { useEffect, useState } from 'preact/hooks';

export interface SettingItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  watch(cb: (value: T) => void): () => void;
  fallback: T;
}

export function useSetting<T>(item: SettingItem<T>, onSaved?: () => void): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    let live = true;
    void item.getValue().then((v) => live && setValue(v));
    const stop = item.watch((v) => setValue(v ?? item.fallback));
    return () => {
      live = false;
      stop();
    };
  }, [item]);
  const set = (next: T): void => {
    setValue(next);
    void item.setValue(next).then(onSaved, () => undefined);
  };
  return [value, set];
}
