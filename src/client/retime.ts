// The deck takes its time from the address: index.html?start=10:00&date=2026-12-03 moves the
// embedded schedule (read by the timer, the speaker view and the break screens) and the clock
// times printed in the notes, before anything reads them. Imported for its effect, first thing in
// main.ts. Without (valid) values the deck is exactly as built.
import { formatClock } from '../time/clock.js';
import { parseAddressTime, retime, shiftClocks, shiftMinutes, type AddressTime } from '../schedule/retime.js';
import type { Schedule } from '../schedule/types.js';
import { showDate } from './date-text.js';

const STORE = 'fasilitator-address-time';

/** The time asked for; a speaker view opened from a retimed deck inherits it (sessionStorage is copied to windows it opens). */
function addressTime(): AddressTime {
  const params = new URLSearchParams(window.location.search);
  const asked = parseAddressTime(window.location.search);
  const key = `${STORE}:${window.location.pathname}`;
  try {
    if (asked.startSec !== undefined || asked.date) {
      sessionStorage.setItem(key, JSON.stringify(asked));
      return asked;
    }
    if (params.has('speaker')) return JSON.parse(sessionStorage.getItem(key) ?? '{}') as AddressTime;
  } catch {
    // Storage blocked: the address alone decides.
  }
  return asked;
}

function shiftText(root: Element, minutes: number): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const moved = shiftClocks(node.nodeValue ?? '', minutes);
    if (moved !== node.nodeValue) node.nodeValue = moved;
  }
}

function markPlannedEnd(schedule: Schedule): void {
  const end = formatClock(schedule.endSec);
  const mark = (): void => {
    for (const element of document.querySelectorAll<HTMLElement>('[data-fasilitator="timer"]')) {
      if (element.dataset.plannedEnd !== end) element.dataset.plannedEnd = end;
    }
  };
  mark();
  // The timer overlay is made by the plugin after start-up (and may be made again).
  new MutationObserver(mark).observe(document.documentElement, { childList: true, subtree: true });
}

function applyAddressTime(): void {
  const element = document.getElementById('session-schedule');
  if (!element?.textContent) return;
  let built: Schedule;
  try {
    built = JSON.parse(element.textContent) as Schedule;
  } catch {
    return;
  }
  const time = addressTime();
  const schedule = retime(built, time);
  if (schedule.startSec !== built.startSec || time.date) {
    element.textContent = JSON.stringify(schedule);
    const minutes = shiftMinutes(built.startSec, schedule.startSec);
    for (const root of document.querySelectorAll('aside.notes, [data-fasilitator="break-resume"]')) shiftText(root, minutes);
    for (const resume of document.querySelectorAll<HTMLElement>('[data-planned-resume]')) resume.dataset.plannedResume = shiftClocks(resume.dataset.plannedResume ?? '', minutes);
    // The title slide's date line, in the deck's language as the build wrote it (the page's lang
    // is the content's, bokmål, even in an English deck).
    if (time.date) showDate(document.querySelector('.slides > section .fa-meta'), time.date, built.plan.language);
  }
  markPlannedEnd(schedule);
}

applyAddressTime();
