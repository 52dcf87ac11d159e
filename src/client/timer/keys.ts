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
  | 'close';

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
  return undefined;
}
