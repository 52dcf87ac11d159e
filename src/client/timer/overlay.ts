// The timer in a corner of the projected screen: section and time left, elapsed of planned,
// ahead/behind in words and colour, and the projected end. DOM only; the numbers come in.
import type { Schedule } from '../../schedule/types.js';
import { formatClock, formatDuration, type ClientStrings } from '../strings.js';
import { wholeMinutes, type Pace } from './pace.js';

export function paceText(pace: Pace, s: ClientStrings): string {
  switch (pace.state) {
    case 'not-started':
      return s.notStarted;
    case 'paused':
      return s.paused;
    case 'behind':
      return s.behind(wholeMinutes(pace.deltaSec));
    case 'ahead':
      return s.ahead(wholeMinutes(pace.deltaSec));
    default:
      return s.onTrack;
  }
}

export function sectionLeftText(pace: Pace, s: ClientStrings): string {
  if (pace.sectionLeftSec === undefined) return '';
  // Labelled: this is the section's own budget, not the session's delay (that is `pace`).
  return pace.sectionLeftSec >= 0 ? s.sectionLeft(formatDuration(pace.sectionLeftSec)) : s.sectionOver(formatDuration(-pace.sectionLeftSec));
}

export interface TimerLines {
  section: string;
  left: string;
  elapsed: string;
  pace: string;
  end: string;
}

/** The timer's lines: the speaker view shows all, the projector only `pace` and `end`. */
export function timerLines(schedule: Schedule, pace: Pace, s: ClientStrings): TimerLines {
  const section = schedule.sections[pace.sectionIndex];
  return {
    section: section?.title ?? schedule.plan.title,
    left: sectionLeftText(pace, s),
    elapsed: s.elapsed(formatDuration(pace.elapsedSec), formatDuration(pace.plannedTotalSec)),
    pace: pace.state === 'not-started' ? s.notStartedHint : paceText(pace, s),
    end: s.end(formatClock(pace.projectedEndSec), formatClock(pace.plannedEndSec)),
  };
}

/** Writes the timer lines into an element built by `timerMarkup`. */
export function fillTimer(root: HTMLElement, lines: TimerLines, pace: Pace): void {
  root.dataset.state = pace.state;
  root.dataset.deltaSeconds = String(Math.round(pace.deltaSec));
  root.dataset.elapsedSeconds = String(Math.floor(pace.elapsedSec));
  const set = (name: keyof TimerLines): void => {
    const element = root.querySelector<HTMLElement>(`[data-line="${name}"]`);
    if (element && element.textContent !== lines[name]) element.textContent = lines[name];
  };
  (['section', 'left', 'elapsed', 'pace', 'end'] as const).forEach(set);
}

export function timerMarkup(): string {
  return `<div class="fa-timer__row"><span class="fa-timer__section" data-line="section"></span><span class="fa-timer__left" data-line="left"></span></div>
<div class="fa-timer__row"><span class="fa-timer__pace" data-line="pace"></span><span class="fa-timer__elapsed" data-line="elapsed"></span></div>
<div class="fa-timer__end" data-line="end"></div>`;
}

/** The projector's overlay: the session's delay in words and the projected end, nothing else. */
export function overlayMarkup(): string {
  return `<div class="fa-timer__pace" data-line="pace"></div><div class="fa-timer__end" data-line="end"></div>`;
}

export class TimerOverlay {
  readonly element: HTMLElement;
  private readonly live: HTMLElement;

  constructor(parent: HTMLElement, liveParent: HTMLElement, private readonly s: ClientStrings) {
    this.element = document.createElement('aside');
    this.element.className = 'fa-timer';
    this.element.dataset.fasilitator = 'timer';
    this.element.setAttribute('aria-label', s.timerLabel);
    this.element.lang = s.lang;
    this.element.innerHTML = overlayMarkup();
    // The ticking numbers are not announced; a separate polite region says only what matters.
    this.live = document.createElement('div');
    this.live.className = 'fa-visually-hidden';
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'status');
    this.live.dataset.fasilitator = 'announcer';
    this.live.lang = s.lang;
    parent.append(this.element);
    liveParent.append(this.live);
  }

  update(schedule: Schedule, pace: Pace, visible: boolean): void {
    this.element.hidden = !visible;
    const lines = timerLines(schedule, pace, this.s);
    fillTimer(this.element, { ...lines, end: this.s.endShort(formatClock(pace.projectedEndSec)) }, pace);
  }

  announce(text: string): void {
    this.live.textContent = text;
  }

  destroy(): void {
    this.element.remove();
    this.live.remove();
  }
}
