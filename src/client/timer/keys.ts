// fasilitator's keys, chosen not to clash with reveal.js's own (N P H L K J, arrows, space,
// Home/End, B V . : ;, F, A, G, O, Esc, S for the speaker view, ? and F1 for help).
export type KeyAction =
  | 'toggle-overlay'
  | 'toggle-session'
  | 'reset-session'
  | 'toggle-countdown'
  | 'reset-countdown'
  | 'plus-minute'
  | 'minus-minute'
  | 'help'
  | 'speaker'
  | 'close'
  | 'accept-step';

/** Keys that move through the slides (clickers send PageUp/PageDown or the arrows). */
const NAVIGATION = new Set(['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', ' ', 'Enter', 'Home', 'End', 'n', 'N', 'p', 'P', 'h', 'l', 'j', 'k']);

/** True for a key that moves through the slides: during the black screen it brings the slide back. */
export function isNavigationKey(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): boolean {
  return !event.altKey && !event.ctrlKey && !event.metaKey && NAVIGATION.has(event.key);
}

/** The action for a key press, or undefined to leave the key to reveal.js. */
export function keyAction(event: Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): KeyAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const key = event.key.toLowerCase();
  if (event.key === '?' || event.key === 'F1') return 'help';
  if (event.key === 'Escape') return 'close';
  if (key === 't' && !event.shiftKey) return 'toggle-overlay';
  if (key === 'z') return event.shiftKey ? 'reset-session' : 'toggle-session';
  if (key === 'x') return event.shiftKey ? 'reset-countdown' : 'toggle-countdown';
  if (event.key === '+' || event.code === 'NumpadAdd') return 'plus-minute';
  if (event.key === '-' || event.key === '−' || event.code === 'NumpadSubtract') return 'minus-minute';
  if (key === 's' && !event.shiftKey) return 'speaker';
  if (key === 'a' && !event.shiftKey) return 'accept-step';
  return undefined;
}
