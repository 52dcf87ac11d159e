// Brings the countdowns on activity and break slides to life: the remaining time, a calm signal
// at zero, and the break's "we start again at" from when the break actually began.
import type { Schedule } from '../../schedule/types.js';
import { formatClock, formatDuration, type ClientStrings } from '../strings.js';
import { clockSecOf } from './pace.js';
import type { TimerSnapshot } from './state.js';

export class CountdownView {
  /** Countdowns already finished, so the signal (sound, announcement) fires once. */
  private readonly signalled = new Set<string>();
  private first = true;

  constructor(
    private readonly root: HTMLElement,
    private readonly schedule: Schedule,
    private readonly s: ClientStrings,
    private readonly onFinished: (slideId: string, title: string) => void,
  ) {}

  update(snapshot: TimerSnapshot): void {
    for (const section of this.root.querySelectorAll<HTMLElement>('section[data-fa-id]')) {
      const slideId = section.dataset.faId!;
      const countdown = snapshot.countdowns.get(slideId);
      if (!countdown) continue;
      const remaining = Math.ceil(countdown.remainingSec);
      for (const element of section.querySelectorAll<HTMLElement>('[data-fasilitator="countdown"]')) {
        element.dataset.remainingSeconds = String(remaining);
        element.dataset.state = countdown.status;
        // The bar under the numbers: what is left, visible from the back of the room.
        const left = countdown.durationSec > 0 ? Math.min(1, countdown.remainingSec / countdown.durationSec) : 0;
        element.style.setProperty('--fa-left', left.toFixed(4));
        const label = this.s.countdownLabel[countdown.status];
        if (element.dataset.stateLabel !== label) element.dataset.stateLabel = label;
        const text = formatDuration(remaining);
        if (element.textContent !== text) element.textContent = text;
      }
      section.classList.toggle('fa-is-done', countdown.status === 'done');
      const box = section.querySelector<HTMLElement>('.fa-activity, .fa-break__status');
      const label = section.querySelector<HTMLElement>('.fa-done-label');
      if (countdown.status === 'done' && !label && box) {
        const tag = document.createElement('div');
        tag.className = 'fa-done-label';
        tag.textContent = this.s.timeUp;
        box.append(tag);
      } else if (countdown.status !== 'done' && label) label.remove();

      const resume = section.querySelector<HTMLElement>('[data-fasilitator="break-resume"]');
      if (resume && countdown.firstStartedAt !== undefined) {
        const clock = formatClock(clockSecOf(countdown.firstStartedAt) + countdown.durationSec);
        const text = this.s.breakResume(clock);
        if (resume.textContent !== text) resume.textContent = text;
        resume.dataset.resumeClock = clock;
      }

      if (countdown.status === 'done' && !this.signalled.has(slideId)) {
        this.signalled.add(slideId);
        // Countdowns that were already over when the deck loaded (a reload) do not signal again.
        if (!this.first) this.onFinished(slideId, this.schedule.slides.find((slide) => slide.id === slideId)?.activity?.title ?? this.schedule.slides.find((slide) => slide.id === slideId)?.title ?? '');
      } else if (countdown.status !== 'done') this.signalled.delete(slideId);
    }
    this.first = false;
  }
}
