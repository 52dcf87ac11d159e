// The link between the slides (projector) and the speaker view: both are pages of the same deck,
// opened from file:// or http://, so they talk through localStorage and its `storage` events.
// Window references and same-origin access do not survive a reload between file:// pages in
// Chromium ("Blocked a frame with origin null"), but localStorage is shared by every file:// page
// and its events reach the other page after either one reloads. Each window writes its own key:
//   <base>:deck     the slide the deck shows (written by the deck)
//   <base>:speaker  a heartbeat while a speaker view is open (written by the speaker view)
//   <base>:command  the last key or button pressed in the speaker view (read by the deck)
// The timer log itself stays under <base> (storage.ts); only the deck writes it.

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface DeckPresence {
  slide: number;
  fragment: number;
  /** Black screen (B or .) is on. */
  blackout: boolean;
  at: number;
}

export type SpeakerCommand =
  | { type: 'key'; key: string; code: string; keyCode: number; shiftKey: boolean }
  | { type: 'action'; action: 'session' | 'cd-toggle' | 'cd-plus' | 'cd-minus' | 'cd-reset' | 'reset'; slideId?: string }
  | { type: 'catch-up'; kind: 'skip' | 'shorten'; slideId: string; sec: number }
  | { type: 'goto'; slide: number };

/**
 * A speaker view whose heartbeat is older than this is taken as closed (a crashed window; a
 * closed or reloaded one says so at once on pagehide). Long, because Chromium runs timers of a
 * hidden window only once a minute: a speaker view behind another window is still open.
 */
export const SPEAKER_STALE_MS = 90_000;
export const HEARTBEAT_MS = 2_000;

const parse = <T>(text: string | null): T | undefined => {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
};

export class RoomLink {
  private readonly listeners = new Set<(key: 'deck' | 'speaker' | 'command' | 'log') => void>();
  private readonly onStorage = (event: StorageEvent): void => {
    if (event.key === null) return this.emit('log');
    if (event.key === this.base) this.emit('log');
    else if (event.key === `${this.base}:deck`) this.emit('deck');
    else if (event.key === `${this.base}:speaker`) this.emit('speaker');
    else if (event.key === `${this.base}:command`) this.emit('command');
  };

  constructor(
    private readonly store: Store | undefined,
    /** The timer's storage key (plan and date), shared by both windows. */
    readonly base: string,
  ) {
    window.addEventListener('storage', this.onStorage);
  }

  private emit(key: 'deck' | 'speaker' | 'command' | 'log'): void {
    for (const listener of this.listeners) listener(key);
  }

  subscribe(listener: (key: 'deck' | 'speaker' | 'command' | 'log') => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private write(suffix: string, value: unknown): void {
    try {
      this.store?.setItem(`${this.base}:${suffix}`, JSON.stringify(value));
    } catch {
      // Full or blocked storage: the windows cannot talk, the slides still work alone.
    }
  }

  publishDeck(presence: DeckPresence): void {
    this.write('deck', presence);
  }

  deck(): DeckPresence | undefined {
    const value = parse<DeckPresence>(this.store?.getItem(`${this.base}:deck`) ?? null);
    return value && typeof value.slide === 'number' ? value : undefined;
  }

  leaveDeck(): void {
    this.store?.removeItem(`${this.base}:deck`);
  }

  heartbeat(now: number): void {
    this.write('speaker', { at: now });
  }

  leaveSpeaker(): void {
    this.store?.removeItem(`${this.base}:speaker`);
  }

  /** True while a speaker view has said it is there within the last SPEAKER_STALE_MS. */
  speakerOpen(now: number): boolean {
    const value = parse<{ at: number }>(this.store?.getItem(`${this.base}:speaker`) ?? null);
    return Boolean(value && typeof value.at === 'number' && Math.abs(now - value.at) < SPEAKER_STALE_MS);
  }

  /** Sends a command; the nonce makes two equal commands in a row two storage events. */
  send(command: SpeakerCommand): void {
    this.write('command', { nonce: `${Date.now()}-${Math.random().toString(36).slice(2)}`, command });
  }

  command(): SpeakerCommand | undefined {
    return parse<{ command: SpeakerCommand }>(this.store?.getItem(`${this.base}:command`) ?? null)?.command;
  }

  destroy(): void {
    window.removeEventListener('storage', this.onStorage);
    this.listeners.clear();
  }
}
