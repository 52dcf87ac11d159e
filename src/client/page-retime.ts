// Run sheet and slides-with-notes opened with ?start=HH:MM&date=YYYY-MM-DD (from the course
// site's start page): every printed clock time moves with the start, so what is on screen and on
// paper matches the deck. An external file (no inline scripts); the page's built start is in
// <main data-start>. Without valid values the page stays as built.
import { parseClock } from '../time/clock.js';
import { showDate } from './date-text.js';
import { parseAddressTime, shiftClocks, shiftMinutes } from '../schedule/retime.js';

function run(): void {
  const main = document.querySelector<HTMLElement>('main[data-start]');
  const builtSec = main ? parseClock(main.dataset.start ?? '') : undefined;
  if (!main || builtSec === undefined) return;
  const time = parseAddressTime(window.location.search);
  if (time.startSec !== undefined) {
    const minutes = shiftMinutes(builtSec, time.startSec);
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const moved = shiftClocks(node.nodeValue ?? '', minutes);
      if (moved !== node.nodeValue) node.nodeValue = moved;
    }
    main.dataset.start = shiftClocks(main.dataset.start!, minutes);
  }
  if (time.date) showDate(main.querySelector('.fa-m-meta'), time.date, document.documentElement.lang);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
else run();
