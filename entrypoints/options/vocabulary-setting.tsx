// Wires Options → Vocabulary to its stored setting (lib/vocabulary/settings.ts); values are clamped
// into range before they are stored.
import { VocabularyGroup } from '../../components/options/VocabularyGroup';
import { normaliseReviewSettings } from '../../lib/vocabulary/review';
import { reviewSettingsItem } from '../../lib/vocabulary/settings';
import { useSetting } from './use-setting';

export function VocabularySetting({ onSaved }: { onSaved?: () => void }) {
  const [value, setValue] = useSetting(reviewSettingsItem, onSaved);
  return (
    <VocabularyGroup
      value={normaliseReviewSettings(value)}
      onChange={(next) => setValue(normaliseReviewSettings(next))}
    />
  );
}
