// The timer's one source of truth in the browser: appends events to the log, persists it, and
// tells the views. Views read snapshots; they never change state themselves.
import type { Schedule } from '../../schedule/types.js';
import type { CountdownAction, TimerEvent } from './events.js';
import { foldLog, type TimerSnapshot } from './state.js';
import { fingerprint, parseStored, storageKey, type StoredTimer } from './storage.js';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export class TimerController {
  readonly schedule: Schedule;
  private log: TimerEvent[] = [];
  private listeners = new Set<() => void>();
  private readonly key: string;
  private readonly print: string;
  overlayVisible: boolean;

  constructor(
    schedule: Schedule,
    private readonly store: Store | undefined,
    private readonly clock: () => number = () => Date.now(),
  ) {
    this.schedule = schedule;
    this.key = storageKey(schedule, clock());
    this.print = fingerprint(schedule);
    this.overlayVisible = schedule.plan.timer.overlay !== false;
    this.load(true);
  }

  /** The storage key shared with the speaker view (plan and date). */
  get storageKey(): string {
    return this.key;
  }

  private load(dropInvalid: boolean): void {
    const stored = parseStored(this.store?.getItem(this.key) ?? null, this.print, this.schedule.slides.length);
    if (stored) {
      this.log = stored.log;
      if (stored.overlay !== undefined) this.overlayVisible = stored.overlay;
    } else if (dropInvalid) {
      // Corrupted or foreign state is dropped, not trusted.
      this.store?.removeItem(this.key);
    } else this.log = [];
  }

  /** Reads the log again (the speaker view, after the slides wrote it). */
  reload(): void {
    this.load(false);
    for (const listener of this.listeners) listener();
  }

  now(): number {
    return this.clock();
  }

  get events(): readonly TimerEvent[] {
    return this.log;
  }

  snapshot(now = this.clock(), initialSlide = 0): TimerSnapshot {
    return foldLog(this.log, this.schedule, now, initialSlide);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private save(): void {
    const stored: StoredTimer = { version: 1, fingerprint: this.print, log: this.log, overlay: this.overlayVisible };
    try {
      this.store?.setItem(this.key, JSON.stringify(stored));
    } catch {
      // A full or blocked storage must not stop the session; the timer keeps running in memory.
    }
  }

  private push(event: TimerEvent): void {
    this.log.push(event);
    this.save();
    for (const listener of this.listeners) listener();
  }

  get started(): boolean {
    return this.log.some((event) => event.type === 'start');
  }

  /** Starts the session clock on the given slide (no-op when already started). */
  start(slide: number): void {
    if (!this.started) this.push({ type: 'start', at: this.clock(), slide });
  }

  /** A slide change: the first one starts the session clock. */
  slide(slide: number): void {
    if (!this.started) this.start(slide);
    else if (this.snapshot().slideIndex !== slide) this.push({ type: 'slide', at: this.clock(), slide });
  }

  /** Z: start the session, or pause / resume it. */
  togglePause(currentSlide: number): void {
    if (!this.started) return this.start(currentSlide);
    this.push({ type: this.snapshot().status === 'paused' ? 'resume' : 'pause', at: this.clock() });
  }

  countdown(slideId: string, action: CountdownAction): void {
    this.push({ type: 'countdown', at: this.clock(), slideId, action });
  }

  /** X: start the countdown if it is ready or paused, pause it if running; a finished one restarts. */
  toggleCountdown(slideId: string): void {
    const countdown = this.snapshot().countdowns.get(slideId);
    if (!countdown) return;
    if (countdown.status === 'running') this.countdown(slideId, 'pause');
    else if (countdown.status === 'done') {
      this.countdown(slideId, 'reset');
      this.countdown(slideId, 'start');
    } else this.countdown(slideId, 'start');
  }

  adjust(slideId: string, sec: number): void {
    const countdown = this.snapshot().countdowns.get(slideId);
    if (!countdown) return;
    // Never below zero: taking off more minutes than remain just ends the countdown.
    const allowed = Math.max(sec, -countdown.durationSec);
    if (allowed !== 0) this.push({ type: 'adjust', at: this.clock(), slideId, sec: allowed });
  }

  /** A catch-up step: pass over this slide. */
  skip(slideId: string): void {
    if (!this.snapshot().skipped.has(slideId)) this.push({ type: 'skip', at: this.clock(), slideId });
  }

  /** Clears the whole session (the caller has asked for confirmation). */
  reset(): void {
    this.log = [];
    this.save();
    for (const listener of this.listeners) listener();
  }

  setOverlay(visible: boolean): void {
    this.overlayVisible = visible;
    this.save();
    for (const listener of this.listeners) listener();
  }
}
