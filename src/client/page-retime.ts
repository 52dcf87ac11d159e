// Run sheet and slides-with-notes opened with ?start=HH:MM&date=YYYY-MM-DD (from the course
// site's start page): every printed clock time moves with the start, so what is on screen and on
// paper matches the deck. An external file (no inline scripts); the page's built start is in
// <main data-start>. Without valid values the page stays as built.
import { parseClock } from '../schedule/clock.js';
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
    main.dataset.start = main.dataset.start!.replace(/.*/, () => shiftClocks(main.dataset.start!, minutes));
  }
  if (time.date) {
    const meta = main.querySelector('.fa-m-meta');
    const [year, month, day] = time.date.split('-').map(Number) as [number, number, number];
    const text = new Date(year, month - 1, day).toLocaleDateString(document.documentElement.lang === 'en' ? 'en-GB' : 'nb-NO', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const line = document.createElement('p');
    line.dataset.fasilitator = 'date';
    line.textContent = text;
    meta?.prepend(line);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
else run();
