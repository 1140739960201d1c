import { t } from '../lib/i18n';

export type ToastState =
  | { kind: 'saved' | 'updated'; id: number }
  | { kind: 'undone' | 'tooLate' | 'noSelection' }
  | { kind: 'failed'; message: string };

export interface ClippingToastProps {
  state: ToastState;
  /** The click event travels out so the wiring can check `isTrusted` (the page is hostile). */
  onUndo: (event: MouseEvent) => void;
  onClose: (event: MouseEvent) => void;
}

function message(state: ToastState): string {
  switch (state.kind) {
    case 'saved':
      return t('toastSaved');
    case 'updated':
      return t('toastUpdated');
    case 'undone':
      return t('toastUndone');
    case 'tooLate':
      return t('toastTooLate');
    case 'noSelection':
      return t('toastNoSelection');
    case 'failed':
      return t('toastFailed', { message: state.message });
  }
}

/** The in-page confirmation after a save, with Undo. Rendered inside a closed shadow root. */
export function ClippingToast({ state, onUndo, onClose }: ClippingToastProps) {
  const canUndo = state.kind === 'saved' || state.kind === 'updated';
  return (
    <div class={`toast ${state.kind === 'failed' ? 'bad' : ''}`} role="status" aria-live="polite">
      <span class="msg">{message(state)}</span>
      {canUndo && (
        <button type="button" class="undo" onClick={(e) => onUndo(e)}>
          {t('undo')}
        </button>
      )}
      <button type="button" class="close" aria-label={t('close')} onClick={(e) => onClose(e)}>
        ×
      </button>
    </div>
  );
}

export const clippingToastStyles = `
:host { all: initial; }
.toast { display: flex; align-items: center; gap: 12px; font: 14px/1.4 system-ui, "Noto Sans CJK SC", sans-serif;
  color: #fff; background: #1f2328; border-radius: 8px; padding: 10px 12px 10px 16px;
  box-shadow: 0 4px 18px rgba(0,0,0,.3); max-width: 420px; }
.toast.bad { color: #fff; background: #8b1a1a; }
button { font: inherit; color: inherit; background: none; border: 1px solid rgba(255,255,255,.5);
  border-radius: 5px; padding: 3px 10px; cursor: pointer; }
button.close { border: none; font-size: 18px; padding: 0 4px; }
button:focus-visible { outline: 2px solid #79b8ff; outline-offset: 2px; }
/* A dark toast on a light system, a light one on a dark system: it stands out from the page either way. */
@media (prefers-color-scheme: dark) {
  .toast { color: #1b1b1f; background: #e8e6e1; }
  .toast.bad { color: #410002; background: #ffdad6; }
  button { border-color: rgba(0,0,0,.55); }
  button:focus-visible { outline-color: #1f4fbf; }
}
`;
