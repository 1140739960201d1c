// Settings as typed storage items with defaults and a version (WXT storage). Every shape change bumps
// the version and adds a migration with a test.
import { storage } from 'wxt/utils/storage';
import type { Target } from './types';

export const hoverByDefault = storage.defineItem<boolean>('local:hoverByDefault', {
  fallback: true,
  version: 1,
});

export const traditionalTarget = storage.defineItem<Target>('local:traditionalTarget', {
  fallback: 'tw',
  version: 1,
});
