// The session timer as a reveal.js plugin: wires the deck's events and keys to the timer
// controller and redraws the overlay, countdowns and speaker view from one snapshot per tick.
import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { Schedule } from '../../schedule/types.js';
import { stringsFor } from '../strings.js';
import { TimerController } from './controller.js';
import { CountdownView } from './countdowns.js';
import { HelpOverlay } from './help.js';
import { keyAction } from './keys.js';
import { TimerOverlay } from './overlay.js';
import { pace } from './pace.js';
import { chime } from './sound.js';
import { SpeakerView } from './speaker.js';
import { safeStorage } from './storage.js';
import './timer.css';

export interface SessionTimerOptions {
  schedule: Schedule;
  language: string;
  /** Milliseconds between redraws. Time itself comes from timestamps, so this only sets smoothness. */
  tickMs?: number;
}

export interface SessionTimerPlugin extends RevealPlugin {
  controller?: TimerController;
}

export default function sessionTimer(options: SessionTimerOptions): SessionTimerPlugin {
  const s = stringsFor(options.language);
  let deck: RevealApi;
  let controller: TimerController;
  let overlay: TimerOverlay;
  let help: HelpOverlay;
  let countdowns: CountdownView;
  let speaker: SpeakerView;
  let timer = 0;
  let lastSection = -2;
  const cleanups: (() => void)[] = [];

  const currentSlide = (): number => deck.getIndices().h;
  const currentId = (): string | undefined => options.schedule.slides[currentSlide()]?.id;

  const render = (): void => {
    const now = controller.now();
    const snapshot = controller.snapshot(now, currentSlide());
    const current = pace(options.schedule, snapshot, now);
    overlay.update(options.schedule, current, controller.overlayVisible);
    countdowns.update(snapshot);
    speaker.render(snapshot, current);
    if (current.sectionIndex !== lastSection) {
      if (lastSection !== -2 && current.sectionIndex >= 0) overlay.announce(s.sectionChanged(options.schedule.sections[current.sectionIndex]!.title));
      lastSection = current.sectionIndex;
    }
  };

  const resetSession = (confirmIn: Window): void => {
    if (confirmIn.confirm(s.resetConfirm)) controller.reset();
  };

  /** Runs a fasilitator key; returns false when the key belongs to reveal.js. */
  const handleKey = (event: KeyboardEvent): boolean => {
    const action = keyAction(event);
    if (!action) return false;
    if (help.open && action !== 'help' && action !== 'close') return true;
    const id = currentId();
    switch (action) {
      case 'help':
        help.toggle();
        return true;
      case 'close':
        if (!help.open) return false;
        help.hide();
        return true;
      case 'toggle-overlay':
        controller.setOverlay(!controller.overlayVisible);
        return true;
      case 'toggle-session':
        controller.togglePause(currentSlide());
        return true;
      case 'reset-session':
        resetSession(window);
        return true;
      case 'toggle-countdown':
        if (id) controller.toggleCountdown(id);
        return true;
      case 'reset-countdown':
        if (id) controller.countdown(id, 'reset');
        return true;
      case 'plus-minute':
        if (id) controller.adjust(id, 60);
        return true;
      case 'minus-minute':
        if (id) controller.adjust(id, -60);
        return true;
      case 'speaker':
        if (!speaker.open()) overlay.announce(s.speaker.popupBlocked);
        return true;
    }
  };

  return {
    id: 'fasilitator-timer',
    init(reveal: RevealApi) {
      deck = reveal;
      controller = new TimerController(options.schedule, safeStorage());
      this.controller = controller;
      const viewport = deck.getViewportElement() ?? document.body;
      overlay = new TimerOverlay(viewport, s);
      help = new HelpOverlay(viewport, s);
      countdowns = new CountdownView(deck.getRevealElement() ?? document.body, options.schedule, s, (_, title) => {
        overlay.announce(s.countdownDone(title));
        if (options.schedule.plan.timer.sound) chime();
      });
      speaker = new SpeakerView(deck, controller, s, { key: handleKey, resetSession });

      // Capture phase on window: fasilitator's keys run before reveal.js's own listener.
      const onKey = (event: KeyboardEvent): void => {
        if (handleKey(event)) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
      };
      window.addEventListener('keydown', onKey, true);
      cleanups.push(() => window.removeEventListener('keydown', onKey, true));

      deck.on('ready', () => {
        // Slide changes count from here on: the slide the deck opens on (a reload) is not one.
        const onSlide = (): void => {
          controller.slide(currentSlide());
          render();
        };
        deck.on('slidechanged', onSlide);
        cleanups.push(() => deck.off('slidechanged', onSlide));
        speaker.reattach();
        render();
      });
      cleanups.push(controller.subscribe(render));
      timer = window.setInterval(render, options.tickMs ?? 250);
      render();
    },
    destroy() {
      window.clearInterval(timer);
      cleanups.forEach((cleanup) => cleanup());
      overlay?.destroy();
      help?.destroy();
      speaker?.close();
    },
  };
}
