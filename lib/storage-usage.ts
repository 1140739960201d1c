// How much the browser says Wenzhai stores (navigator.storage.estimate: IndexedDB, caches, storage),
// turned into something a person can read. Pure: the StorageManager is a parameter.

export interface StorageUsage {
  /** Bytes used by this extension's origin. */
  usage: number;
  /** Bytes the browser would allow; 0 when it does not say. */
  quota: number;
  /** Whether the browser promised not to evict the data under pressure. */
  persisted: boolean | null;
}

type Estimator = Pick<StorageManager, 'estimate'> & Partial<Pick<StorageManager, 'persisted'>>;

/** The estimate, or null when the browser offers none (or refuses): callers show "unknown". */
export async function readStorageUsage(manager: Estimator | undefined): Promise<StorageUsage | null> {
  if (!manager?.estimate) return null;
  try {
    const estimate = await manager.estimate();
    const usage = Number(estimate.usage);
    if (!Number.isFinite(usage) || usage < 0) return null;
    const quota = Number(estimate.quota);
    let persisted: boolean | null = null;
    try {
      persisted = manager.persisted ? await manager.persisted() : null;
    } catch {
      persisted = null;
    }
    return { usage, quota: Number.isFinite(quota) && quota > 0 ? quota : 0, persisted };
  } catch {
    return null;
  }
}

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/** 1536 → "1.5 kB" (decimal units, as browsers and file managers show them); one decimal under 10. */
export function formatBytes(bytes: number, locale?: string): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const text = value.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return `${text} ${UNITS[unit]}`;
}
