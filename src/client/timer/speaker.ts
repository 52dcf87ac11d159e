// The speaker view (S): the deck's own page opened with ?speaker, for the facilitator's screen.
// Manuscript in large type, the timer, the current and next slide, how to catch up when behind,
// countdown controls and the timing report. It reads the timer log and the deck's slide from
// localStorage and sends keys and clicks back as commands (link.ts), so either window can be
// reloaded (F5, a clicker's "start show", a crash) and the two find each other again by themselves.
import type { Schedule } from '../../schedule/types.js';
import { formatClock, formatDuration, formatMinutes, stringsFor, type ClientStrings } from '../strings.js';
import { TimerController } from './controller.js';
import { keyAction } from './keys.js';
import { HEARTBEAT_MS, RoomLink, type SpeakerCommand } from './link.js';
import { fillTimer, timerLines, timerMarkup } from './overlay.js';
import { catchUp, upcoming, type CatchUpPlan, type Pace, pace as paceOf } from './pace.js';
import { reportCsv, timingReport } from './report.js';
import type { TimerSnapshot } from './state.js';
import { safeStorage } from './storage.js';
import speakerCss from './speaker.css?inline';

/** The slides and manuscript are written in bokmål (src/render/deck.ts). */
const CONTENT_LANG = 'nb';

import { escapeHtml as escape } from '../../html/escape.js';

/** True when this page is the speaker view (index.html?speaker). */
export function isSpeakerPage(search: string): boolean {
  return new URLSearchParams(search).has('speaker');
}

export class SpeakerPage {
  private readonly s: ClientStrings;
  private readonly sections: HTMLElement[];
  private readonly controller: TimerController;
  private readonly link: RoomLink;
  private readonly lang: string;
  private renderedSlide = '';
  private renderedCountdown = '';
  private renderedCatchUp = '';
  private plan: CatchUpPlan = { needSec: 0, steps: [], recoverableSec: 0, acceptedSec: 0 };

  constructor(
    private readonly schedule: Schedule,
    language: string,
  ) {
    this.s = stringsFor(language);
    // The slides are the language of the content; the speaker view's own words follow --lang.
    this.lang = language;
    const reveal = document.querySelector('.reveal');
    this.sections = [...document.querySelectorAll<HTMLElement>('.reveal .slides > section')];
    reveal?.remove();
    const store = safeStorage();
    this.controller = new TimerController(schedule, store);
    this.link = new RoomLink(store, this.controller.storageKey);
  }

  mount(): void {
    const doc = document;
    doc.title = `${this.s.speaker.title} – ${this.schedule.plan.title}`;
    // The speaker view's own words follow --lang; the manuscript and previews are the content's.
    doc.documentElement.lang = this.s.lang;
    const style = doc.createElement('style');
    style.textContent = speakerCss;
    doc.head.append(style);
    doc.body.dataset.fasilitator = 'speaker';
    doc.body.innerHTML = this.skeleton();
    doc.addEventListener('keydown', (event) => this.onKey(event));
    doc.addEventListener('click', (event) => this.onClick(event));

    const beat = (): void => this.link.heartbeat(this.controller.now());
    beat();
    window.setInterval(beat, HEARTBEAT_MS);
    window.addEventListener('pagehide', () => this.link.leaveSpeaker());
    this.link.subscribe((what) => {
      if (what === 'log') this.controller.reload();
      this.render();
    });
    window.addEventListener('resize', () => this.scalePreviews());
    window.setInterval(() => this.render(), 250);
    this.render();
  }

  private skeleton(): string {
    const s = this.s.speaker;
    return `<header class="fa-sp-bar">
<div class="fa-sp-timer" data-fasilitator="speaker-timer">${timerMarkup()}</div>
<div class="fa-sp-buttons"><button type="button" data-action="session"></button><button type="button" data-action="reset">${escape(s.reset)}</button></div>
<p class="fa-sp-status" data-part="status" role="status"></p>
</header>
<main class="fa-sp-main">
<section class="fa-sp-notes" tabindex="0" aria-labelledby="fa-sp-title"><h1 id="fa-sp-title" class="fa-sp-slide-title" data-part="title" lang="${CONTENT_LANG}"></h1><div class="fa-sp-notes__body" data-part="notes" lang="${CONTENT_LANG}"></div></section>
<aside class="fa-sp-side" aria-label="${escape(s.sideLabel)}">
<section class="fa-sp-catchup" data-fasilitator="catch-up" data-recoverable-seconds="0" data-part="catchup" aria-labelledby="fa-sp-catchup-title" hidden></section>
<div class="fa-sp-countdown" data-part="countdown" hidden></div>
<figure class="fa-sp-preview"><figcaption class="fa-sp-label" data-part="current-caption"></figcaption><div class="fa-sp-frame" data-part="current"></div></figure>
<figure class="fa-sp-preview fa-sp-preview--next"><figcaption class="fa-sp-label" data-part="next-caption"></figcaption><div class="fa-sp-frame" data-part="next"></div></figure>
<dl class="fa-sp-upcoming" data-part="upcoming"></dl>
<div class="fa-sp-report"><span class="fa-sp-label">${escape(s.report)}</span> <button type="button" data-action="csv">${escape(s.saveCsv)}</button> <button type="button" data-action="json">${escape(s.saveJson)}</button></div>
</aside>
</main>`;
  }

  private send(command: SpeakerCommand): void {
    this.link.send(command);
  }

  private currentIndex(): number {
    return this.link.deck()?.slide ?? this.controller.snapshot().slideIndex;
  }

  private accept(index: number): void {
    const step = this.plan.steps[index];
    if (!step) return;
    this.send({ type: 'catch-up', kind: step.kind === 'skip' ? 'skip' : 'shorten', slideId: step.slideId, sec: step.saveSec });
  }

  private onKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return; // the browser's own (Ctrl+R reloads safely)
    if (event.key === 'Tab' || event.key === 'F5' || event.key === 'Shift') return;
    const target = event.target as HTMLElement | null;
    // Buttons keep Enter and Space; the manuscript keeps the up/down arrows for scrolling.
    if (target?.closest('button') && (event.key === 'Enter' || event.key === ' ')) return;
    if (target?.closest('.fa-sp-notes') && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) return;
    const action = keyAction(event);
    event.preventDefault();
    if (action === 'accept-step') return this.accept(0);
    if (action === 'reset-session') {
      if (window.confirm(this.s.resetConfirm)) this.send({ type: 'action', action: 'reset' });
      return;
    }
    if (action === 'speaker' || action === 'help') return;
    this.send({ type: 'key', key: event.key, code: event.code, keyCode: event.keyCode, shiftKey: event.shiftKey });
  }

  private onClick(event: MouseEvent): void {
    const target = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-action]');
    if (!target) return;
    const action = target.dataset.action;
    switch (action) {
      case 'reset':
        if (window.confirm(this.s.resetConfirm)) this.send({ type: 'action', action: 'reset' });
        break;
      case 'csv':
      case 'json':
        this.download(action);
        break;
      case 'accept':
        this.accept(Number(target.dataset.step));
        break;
      case 'session':
      case 'cd-toggle':
      case 'cd-plus':
      case 'cd-minus':
      case 'cd-reset':
        this.send({ type: 'action', action });
        break;
    }
  }

  private download(kind: 'csv' | 'json'): void {
    const now = this.controller.now();
    const report = timingReport(this.schedule, this.controller.snapshot(now, this.currentIndex()), now);
    const text = kind === 'csv' ? reportCsv(report, this.s.report) : `${JSON.stringify(report, null, 2)}\n`;
    const blob = new Blob([text], { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `tidsrapport-${report.plan}-${report.savedAt.slice(0, 10)}.${kind}`;
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  /** A slide's markup for a preview: a copy without notes, shown whole (all fragments). */
  private preview(index: number): string {
    const section = this.sections[index];
    if (!section) return '';
    const copy = section.cloneNode(true) as HTMLElement;
    copy.querySelector('aside.notes')?.remove();
    copy.removeAttribute('style');
    copy.removeAttribute('hidden');
    copy.removeAttribute('id');
    copy.setAttribute('aria-hidden', 'true');
    copy.classList.remove('past', 'future');
    copy.classList.add('present');
    copy.querySelectorAll('[id]').forEach((element) => element.removeAttribute('id'));
    copy.querySelectorAll('.fragment').forEach((fragment) => fragment.classList.add('visible'));
    return `<div class="reveal fa-sp-reveal" aria-hidden="true" lang="${CONTENT_LANG}"><div class="slides">${copy.outerHTML}</div></div>`;
  }

  private scalePreviews(): void {
    // Previews are 1280×720 slides scaled to the width of their frame.
    for (const frame of document.querySelectorAll<HTMLElement>('.fa-sp-frame')) {
      const inner = frame.querySelector<HTMLElement>('.fa-sp-reveal');
      if (inner) inner.style.transform = `scale(${frame.clientWidth / 1280})`;
    }
  }

  render(): void {
    const part = (name: string): HTMLElement => document.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
    const schedule = this.schedule;
    const s = this.s.speaker;
    const presence = this.link.deck();
    const index = Math.min(Math.max(0, this.currentIndex()), schedule.slides.length - 1);
    const slide = schedule.slides[index]!;
    const now = this.controller.now();
    const snapshot = this.controller.snapshot(now, index);
    const pace = paceOf(schedule, snapshot, now);
    document.body.dataset.slideId = slide.id;
    document.body.dataset.connected = String(Boolean(presence));

    const timer = document.querySelector<HTMLElement>('[data-fasilitator="speaker-timer"]');
    if (timer) fillTimer(timer, timerLines(schedule, pace, this.s), pace);
    const sessionButton = document.querySelector<HTMLElement>('[data-action="session"]');
    const sessionText = snapshot.status === 'paused' ? s.resume : snapshot.status === 'not-started' ? s.start : s.pause;
    if (sessionButton && sessionButton.textContent !== sessionText) sessionButton.textContent = sessionText;
    const status = !presence ? s.waiting : presence.blackout ? s.blackout : s.connected;
    if (part('status').textContent !== status) part('status').textContent = status;
    part('status').dataset.state = !presence ? 'waiting' : presence.blackout ? 'blackout' : 'connected';

    // Redrawn when the slide changes, or a catch-up step changes what comes next.
    const slideKey = `${index}|${[...snapshot.skipped].join(',')}`;
    if (slideKey !== this.renderedSlide) {
      const sameSlide = this.renderedSlide.startsWith(`${index}|`);
      this.renderedSlide = slideKey;
      const notes = this.sections[index]?.querySelector('aside.notes')?.innerHTML ?? '';
      part('title').textContent = `${index + 1}. ${slide.title}`;
      if (!sameSlide) part('notes').parentElement!.scrollTop = 0;
      part('notes').innerHTML = notes;
      part('current-caption').textContent = `${s.current} · ${index + 1}/${schedule.slides.length} · ${s.at(slide.clock)} · ${formatDuration(slide.durationSec)}`;
      part('current').innerHTML = this.preview(index);
      const nextIndex = schedule.slides.findIndex((candidate) => candidate.index > index && !snapshot.skipped.has(candidate.id));
      const next = nextIndex >= 0 ? schedule.slides[nextIndex] : undefined;
      part('next-caption').textContent = next ? `${s.next} · ${next.title}${next.optional ? ` (${s.optional})` : ''}` : `${s.next} · ${s.none}`;
      part('next').innerHTML = next ? this.preview(next.index) : '';
      const coming = upcoming(schedule, index);
      part('upcoming').innerHTML = `<dt>${escape(s.nextSection)}</dt><dd>${coming.section ? `${escape(coming.section.title)} · ${escape(s.at(coming.section.clock))}` : escape(s.none)}</dd>
<dt>${escape(s.nextActivity)}</dt><dd>${coming.activity ? `${escape(coming.activity.activity?.title ?? coming.activity.title)} · ${escape(s.at(coming.activity.clock))} · ${formatMinutes(coming.activity.activity?.durationSec ?? coming.activity.durationSec, this.lang)}` : escape(s.none)}</dd>`;
      this.scalePreviews();
    }

    this.renderCountdown(snapshot, slide.id);
    this.renderCatchUp(snapshot, pace);
  }

  private renderCountdown(snapshot: TimerSnapshot, slideId: string): void {
    const box = document.querySelector<HTMLElement>('[data-part="countdown"]')!;
    const countdown = snapshot.countdowns.get(slideId);
    box.hidden = !countdown;
    if (!countdown) return;
    const s = this.s.speaker;
    const key = `${slideId}:${countdown.status}:${Math.ceil(countdown.remainingSec)}`;
    if (key === this.renderedCountdown) return;
    this.renderedCountdown = key;
    box.dataset.state = countdown.status;
    box.innerHTML = `<span class="fa-sp-label">${escape(s.countdown)} · ${escape(s.countdownState[countdown.status])}</span> <strong class="fa-sp-countdown__time">${formatDuration(Math.ceil(countdown.remainingSec))}</strong>
<button type="button" data-action="cd-toggle">${escape(countdown.status === 'running' ? s.countdownPause : s.countdownStart)}</button>
<button type="button" data-action="cd-minus">${escape(s.minusMinute)}</button><button type="button" data-action="cd-plus">${escape(s.plusMinute)}</button>
<button type="button" data-action="cd-reset">${escape(s.countdownReset)}</button>`;
  }

  private renderCatchUp(snapshot: TimerSnapshot, pace: Pace): void {
    const box = document.querySelector<HTMLElement>('[data-part="catchup"]')!;
    const s = this.s.speaker;
    const plan = catchUp(this.schedule, snapshot, pace.state === 'behind' ? pace.deltaSec : 0);
    this.plan = plan;
    const show = pace.state === 'behind';
    box.hidden = !show;
    box.dataset.recoverableSeconds = String(plan.recoverableSec);
    if (!show) return;
    const minutes = (sec: number): string => formatMinutes(sec, this.lang);
    const items = plan.steps
      .map((step, i) => {
        const text = step.kind === 'skip' ? s.skip(step.title, minutes(step.saveSec)) : step.kind === 'break' ? s.shortenBreak(step.title, minutes(step.saveSec)) : s.shorten(step.title, minutes(step.saveSec));
        return `<li><span>${escape(text)}</span> <button type="button" data-action="accept" data-step="${i}">${escape(i === 0 ? s.acceptFirst : s.accept)}</button></li>`;
      })
      .join('');
    const short = plan.needSec - plan.recoverableSec;
    const parts = [`<h2 id="fa-sp-catchup-title" class="fa-sp-catchup__title">${escape(s.catchUpTitle)}</h2>`];
    if (plan.needSec <= 0) parts.push(`<p>${escape(s.catchUpCovered(minutes(plan.acceptedSec)))}</p>`);
    else if (!plan.steps.length) parts.push(`<p>${escape(s.catchUpNone(minutes(plan.needSec)))}</p>`);
    else {
      parts.push(`<ol>${items}</ol>`);
      parts.push(`<p>${escape(s.catchUpResult(minutes(plan.recoverableSec), formatClock(pace.projectedEndSec - plan.recoverableSec)))}</p>`);
      if (short >= 60) parts.push(`<p class="fa-sp-catchup__short">${escape(s.catchUpShort(minutes(short)))}</p>`);
    }
    const html = parts.join('');
    if (html !== this.renderedCatchUp) {
      this.renderedCatchUp = html;
      box.innerHTML = html;
    }
  }
}
