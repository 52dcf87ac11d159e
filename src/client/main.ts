// Browser entry: starts reveal.js with the speaker-notes plugin and fasilitator's own plugins.
import Reveal from 'reveal.js';
import Notes from 'reveal.js/plugin/notes';
import 'reveal.js/reveal.css';
import './deck.css';
import { readDeckConfig } from './config.js';

const config = readDeckConfig();

const deck = new Reveal({
  ...config.reveal,
  plugins: config.participant ? [] : [Notes],
});

void deck.initialize().then(() => {
  document.documentElement.dataset.fasilitatorReady = 'true';
});

// Tests and automation reach the deck through this one global, as with reveal.js's own.
(window as unknown as { Reveal: typeof deck }).Reveal = deck;
