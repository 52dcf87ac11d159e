// The session timer as a reveal.js plugin on the projected slides: wires the deck's events and
// keys to the timer controller, tells the speaker view (another page) where the deck is, runs the
// speaker view's commands, and redraws the overlay and countdowns from one snapshot per tick.
import type { RevealApi, RevealPlugin } from 'reveal.js';
import type { Schedule } from '../../schedule/types.js';
import { stringsFor } from '../strings.js';
import { TimerController } from './controller.js';
import { CountdownView } from './countdowns.js';
import { HelpOverlay } from './help.js';
import { isNavigationKey, keyAction } from './keys.js';
import { RoomLink, type SpeakerCommand } from './link.js';
import { TimerOverlay } from './overlay.js';
import { pace } from './pace.js';
import { chime } from './sound.js';
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

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

/** A speaker view that blinked (its own reload) keeps the projector clean this long. */
const SPEAKER_GRACE_MS = 3000;

/** The speaker view is the same page with ?speaker: it reads the slides from this very file. */
export function speakerUrl(href: string): string {
  const url = new URL(href);
  url.hash = '';
  url.search = '?speaker';
  return url.href;
}

export default function sessionTimer(options: SessionTimerOptions): SessionTimerPlugin {
  const s = stringsFor(options.language);
  const slides = options.schedule.slides;
  let deck: RevealApi;
  let controller: TimerController;
  let link: RoomLink;
  let overlay: TimerOverlay;
  let help: HelpOverlay;
  let countdowns: CountdownView;
  let timer = 0;
  let lastSection = -2;
  let lastIndex = 0;
  let speakerSeenAt = Number.NEGATIVE_INFINITY;
  const cleanups: (() => void)[] = [];

  const currentSlide = (): number => deck.getIndices().h;
  const currentId = (): string | undefined => slides[currentSlide()]?.id;

  /** True while a speaker view is open (or was, a moment ago: it may be reloading). */
  const speakerOpen = (now: number): boolean => {
    if (link.speakerOpen(now)) speakerSeenAt = now;
    return now - speakerSeenAt < SPEAKER_GRACE_MS;
  };

  const overlayShown = (now: number, started: boolean): boolean => {
    if (!controller.overlayVisible || !started) return false;
    // auto (the default): the room sees the timer only when the facilitator has no speaker view.
    return options.schedule.plan.timer.overlay !== 'auto' || !speakerOpen(now);
  };

  const render = (): void => {
    const now = controller.now();
    const snapshot = controller.snapshot(now, currentSlide());
    const current = pace(options.schedule, snapshot, now);
    const shown = overlayShown(now, snapshot.status !== 'not-started');
    overlay.update(options.schedule, current, shown);
    deck.getRevealElement()?.classList.toggle('fa-timer-shown', shown);
    countdowns.update(snapshot);
    if (current.sectionIndex !== lastSection) {
      if (lastSection !== -2 && current.sectionIndex >= 0) overlay.announce(s.sectionChanged(options.schedule.sections[current.sectionIndex]!.title));
      lastSection = current.sectionIndex;
    }
  };

  const publish = (): void => {
    const indices = deck.getIndices();
    link.publishDeck({ slide: indices.h, fragment: indices.f ?? -1, blackout: deck.isPaused(), at: controller.now() });
  };

  const resetSession = (): void => {
    if (window.confirm(s.resetConfirm)) controller.reset();
  };

  const openSpeaker = (): void => {
    // A named window: pressing S again brings the same window back instead of a second one.
    const win = window.open(speakerUrl(window.location.href), 'fasilitator-manus', 'width=1366,height=768');
    if (!win) overlay.announce(s.speaker.popupBlocked);
  };

  /** Runs a fasilitator key; returns false when the key belongs to reveal.js. */
  const handleKey = (event: KeyLike, fromSpeaker = false): boolean => {
    // Black screen (B or .): any navigation key brings the same slide back, as in PowerPoint.
    if (deck.isPaused() && isNavigationKey(event)) {
      deck.togglePause(false);
      return true;
    }
    const action = keyAction(event);
    if (!action) return false;
    if (help.open && action !== 'help' && action !== 'close') return true;
    const id = currentId();
    switch (action) {
      case 'help':
        if (!fromSpeaker) help.toggle();
        return true;
      case 'close':
        // Esc (many clickers send it) never opens the overview on the projector; O does.
        if (help.open) help.hide();
        else if (deck.isPaused()) deck.togglePause(false);
        return true;
      case 'toggle-overlay':
        controller.setOverlay(!controller.overlayVisible);
        return true;
      case 'toggle-session':
        controller.togglePause(currentSlide());
        return true;
      case 'reset-session':
        if (!fromSpeaker) resetSession();
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
        if (!fromSpeaker) openSpeaker();
        return true;
      case 'accept-step':
        // Catch-up steps are chosen in the speaker view, where they are shown.
        return fromSpeaker;
    }
  };

  const runCommand = (command: SpeakerCommand): void => {
    const id = currentId();
    switch (command.type) {
      case 'key':
        if (!handleKey({ ...command, altKey: false, ctrlKey: false, metaKey: false }, true)) deck.triggerKey(command.keyCode);
        break;
      case 'goto':
        deck.slide(command.slide);
        break;
      case 'catch-up':
        if (command.kind === 'skip') controller.skip(command.slideId);
        else controller.adjust(command.slideId, -Math.abs(command.sec));
        break;
      case 'action':
        if (command.action === 'session') controller.togglePause(currentSlide());
        else if (command.action === 'reset') controller.reset();
        else if (id) {
          if (command.action === 'cd-toggle') controller.toggleCountdown(id);
          if (command.action === 'cd-plus') controller.adjust(id, 60);
          if (command.action === 'cd-minus') controller.adjust(id, -60);
          if (command.action === 'cd-reset') controller.countdown(id, 'reset');
        }
        break;
    }
    publish();
  };

  /** The next slide in this direction that the facilitator has not chosen to skip. */
  const notSkipped = (from: number, step: 1 | -1): number | undefined => {
    const skipped = controller.snapshot().skipped;
    for (let i = from; i >= 0 && i < slides.length; i += step) if (!skipped.has(slides[i]!.id)) return i;
    return undefined;
  };

  return {
    id: 'fasilitator-timer',
    init(reveal: RevealApi) {
      deck = reveal;
      const store = safeStorage();
      controller = new TimerController(options.schedule, store);
      this.controller = controller;
      link = new RoomLink(store, controller.storageKey);
      const viewport = deck.getViewportElement() ?? document.body;
      // The overlay lives in the slide's own footer band, so it scales with the slide and the
      // footer makes room for it: it cannot cover slide text at any window size.
      overlay = new TimerOverlay(deck.getSlidesElement() ?? viewport, viewport, s);
      help = new HelpOverlay(viewport, s);
      countdowns = new CountdownView(deck.getRevealElement() ?? document.body, options.schedule, s, (_, title) => {
        overlay.announce(s.countdownDone(title));
        if (options.schedule.plan.timer.sound) chime();
      });

      // Capture phase on window: fasilitator's keys run before reveal.js's own listener.
      const onKey = (event: KeyboardEvent): void => {
        if (handleKey(event)) {
          event.preventDefault();
          event.stopImmediatePropagation();
        }
      };
      window.addEventListener('keydown', onKey, true);
      cleanups.push(() => window.removeEventListener('keydown', onKey, true));

      cleanups.push(
        link.subscribe((what) => {
          if (what === 'command') {
            const command = link.command();
            if (command) runCommand(command);
          }
          render();
        }),
      );
      const onHide = (): void => link.leaveDeck();
      window.addEventListener('pagehide', onHide);
      cleanups.push(() => window.removeEventListener('pagehide', onHide));

      deck.on('ready', () => {
        // Opened anew after a crash (no #/slide in the address): back to where the session was.
        const logged = controller.snapshot().slideIndex;
        if (!window.location.hash && controller.started && logged > 0 && logged < slides.length) deck.slide(logged);
        lastIndex = currentSlide();
        // Slide changes count from here on: the slide the deck opens on (a reload) is not one.
        const onSlide = (): void => {
          const index = currentSlide();
          const id = slides[index]?.id;
          if (id && controller.snapshot().skipped.has(id)) {
            // A catch-up step skipped this slide: Next and Previous pass over it.
            const target = notSkipped(index, index >= lastIndex ? 1 : -1) ?? notSkipped(index, index >= lastIndex ? -1 : 1);
            if (target !== undefined && target !== index) {
              deck.slide(target);
              return;
            }
          }
          lastIndex = index;
          controller.slide(index);
          publish();
          render();
        };
        deck.on('slidechanged', onSlide);
        cleanups.push(() => deck.off('slidechanged', onSlide));
        for (const name of ['fragmentshown', 'fragmenthidden', 'paused', 'resumed']) {
          deck.on(name, publish);
          cleanups.push(() => deck.off(name, publish));
        }
        publish();
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
      link?.destroy();
    },
  };
}
