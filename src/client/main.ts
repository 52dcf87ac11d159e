// Browser entry: starts reveal.js with fasilitator's session timer (overlay, countdowns, speaker
// view, key help). The participant copy and print mode get the slides only.
import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import './deck.css';
// First: moves the embedded schedule to ?start=/&date= before anything reads it.
import './retime.js';
import { readDeckConfig, readSchedule } from './config.js';
import sessionTimer from './timer/plugin.js';
import { isSpeakerPage, SpeakerPage } from './timer/speaker.js';

const config = readDeckConfig();
const schedule = readSchedule();
const printing = /print-pdf/.test(window.location.search);

if (schedule && !config.participant && isSpeakerPage(window.location.search)) {
  // index.html?speaker: the same file becomes the speaker view; reveal.js is not started.
  new SpeakerPage(schedule, config.language).mount();
  document.documentElement.dataset.fasilitatorReady = 'true';
} else startDeck();

function startDeck(): void {
  const plugins = !config.participant && !printing && schedule ? [sessionTimer({ schedule, language: config.language })] : [];

  const deck = new Reveal({
    ...config.reveal,
    // Printed pages are exactly one slide: no margin around it.
    ...(printing ? { margin: 0 } : {}),
    // fasilitator shows its own key help (?), in the deck's language.
    help: false,
    plugins,
  });

  // PDF export waits for these flags instead of guessing with timeouts.
  deck.on('pdf-ready', () => {
    void document.fonts.ready.then(() => {
      document.documentElement.dataset.fasilitatorPdfReady = 'true';
    });
  });
  void deck.initialize().then(() => {
    document.documentElement.dataset.fasilitatorReady = 'true';
  });

  // Tests and automation reach the deck through this one global, as with reveal.js's own.
  (window as unknown as { Reveal: typeof deck }).Reveal = deck;
}
