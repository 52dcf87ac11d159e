// Words the deck shows in the room: timer, countdowns, speaker view and help, in bokmål and
// English. Kept apart from the CLI's catalogue so the browser bundle stays small.
import { formatDuration as signedDuration } from '../time/clock.js';

const nb = {
  lang: 'nb',
  notStarted: 'Ikke startet',
  notStartedHint: 'Starter ved første lysbildeskift (eller tast Z)',
  paused: 'Pause i økten',
  onTrack: 'I rute',
  behind: (min: number) => `${min} min bak skjema`,
  ahead: (min: number) => `${min} min foran skjema`,
  sectionLeft: (time: string) => `Denne delen: ${time} igjen`,
  sectionOver: (time: string) => `Denne delen: ${time} over sin tid`,
  endShort: (clock: string) => `Slutt ca. kl. ${clock}`,
  elapsed: (elapsed: string, total: string) => `${elapsed} av ${total}`,
  end: (projected: string, planned: string) => `Slutt kl. ${projected} (plan ${planned})`,
  timerLabel: 'Tidtaker',
  sectionChanged: (title: string) => `Ny seksjon: ${title}`,
  countdownDone: (title: string) => `Tiden er ute: ${title}`,
  timeUp: 'Tiden er ute',
  countdownLabel: { ready: 'Klar', running: '', paused: 'Pause', done: '' },
  breakResume: (clock: string) => `Vi starter igjen kl. ${clock}`,
  resetConfirm: 'Nullstille tidtakeren for hele økten? Tiden som er brukt, slettes.',
  speaker: {
    title: 'Manus og tid',
    current: 'Nå',
    next: 'Neste',
    manuscript: 'Manus',
    nextSection: 'Neste seksjon',
    nextActivity: 'Neste aktivitet eller pause',
    none: '–',
    at: (clock: string) => `kl. ${clock}`,
    catchUpTitle: 'Slik tar du igjen tiden',
    skip: (title: string, minutes: string) => `Hopp over «${title}» (valgfritt): sparer ${minutes}`,
    shorten: (title: string, minutes: string) => `Kort ned «${title}» til det korteste: sparer ${minutes}`,
    shortenBreak: (title: string, minutes: string) => `Kort ned «${title}»: sparer ${minutes}`,
    accept: 'Gjør det',
    acceptFirst: 'Gjør det (A)',
    catchUpResult: (minutes: string, clock: string) => `Alle til sammen sparer ${minutes}: slutt ca. kl. ${clock}.`,
    catchUpShort: (minutes: string) => `Det mangler fortsatt ${minutes}. Innholdet har ikke mer som kan kortes ned: ta det i avslutningen, eller avtal med gruppen.`,
    catchUpNone: (minutes: string) => `Innholdet har ingenting mer som kan kortes ned eller hoppes over. ${minutes} må tas i avslutningen, eller avtal med gruppen.`,
    catchUpCovered: (minutes: string) => `Valgene dine sparer ${minutes}: det holder. Neste hopper over det du har valgt bort.`,
    sideLabel: 'Lysbilder og tid',
    start: 'Start økten (Z)',
    waiting: 'Venter på lysarkene – åpne dem (index.html), så kobles de til av seg selv.',
    connected: 'Koblet til lysarkene',
    blackout: 'Svart skjerm på lerretet – en piltast viser lysbildet igjen',
    countdownState: { ready: 'klar', running: 'går', paused: 'pause', done: 'ferdig' },
    pause: 'Pause i økten (Z)',
    resume: 'Fortsett (Z)',
    reset: 'Nullstill …',
    report: 'Tidsrapport',
    saveCsv: 'Lagre CSV',
    saveJson: 'Lagre JSON',
    countdown: 'Nedtelling',
    countdownStart: 'Start (X)',
    countdownPause: 'Pause (X)',
    plusMinute: '+1 min',
    minusMinute: '−1 min',
    countdownReset: 'Nullstill',
    popupBlocked: 'Nettleseren stoppet manusvinduet. Tillat sprettoppvinduer for denne siden, og trykk S igjen.',
    optional: 'valgfritt',
  },
  report: { id: 'id', section: 'Seksjon', kind: 'Type', planned: 'Planlagt (min)', actual: 'Faktisk (min)', difference: 'Differanse (min)' },
  help: {
    title: 'Taster',
    close: 'Lukk: Esc eller ?',
    groups: [
      {
        title: 'Lysbilder',
        keys: [
          ['→  Mellomrom  N  PageDown', 'neste lysbilde'],
          ['←  P  PageUp', 'forrige lysbilde'],
          ['Home  End', 'første / siste lysbilde'],
          ['G', 'gå til lysbilde nummer …'],
          ['O', 'oversikt over alle lysbilder (Esc viser den aldri)'],
          ['F', 'fullskjerm'],
          ['B  .', 'svart skjerm; neste tast viser samme lysbilde igjen'],
          ['F5', 'last inn på nytt: tid og manusvindu kommer tilbake av seg selv'],
        ],
      },
      {
        title: 'Manus og tid',
        keys: [
          ['S', 'åpne manus og tid i eget vindu (flytt det til din skjerm)'],
          ['A', 'i manusvinduet: gjør første forslag for å ta igjen tiden'],
          ['T', 'vis / skjul tidtakeren på lerretet'],
          ['Z', 'start økten, eller pause / fortsett (for en uplanlagt samtale)'],
          ['Shift + Z', 'nullstill tidtakeren (spør først)'],
        ],
      },
      {
        title: 'Nedtelling på aktivitet og pause',
        keys: [
          ['X', 'start / pause nedtellingen'],
          ['+  −', 'ett minutt mer / mindre'],
          ['Shift + X', 'nullstill nedtellingen'],
        ],
      },
    ] as { title: string; keys: [string, string][] }[],
  },
};

export type ClientStrings = typeof nb;

const en: ClientStrings = {
  lang: 'en',
  notStarted: 'Not started',
  notStartedHint: 'Starts at the first slide change (or press Z)',
  paused: 'Session paused',
  onTrack: 'On track',
  behind: (min) => `${min} min behind`,
  ahead: (min) => `${min} min ahead`,
  sectionLeft: (time) => `This part: ${time} left`,
  sectionOver: (time) => `This part: ${time} over its time`,
  endShort: (clock) => `Ends about ${clock}`,
  elapsed: (elapsed, total) => `${elapsed} of ${total}`,
  end: (projected, planned) => `Ends ${projected} (plan ${planned})`,
  timerLabel: 'Timer',
  sectionChanged: (title) => `New section: ${title}`,
  countdownDone: (title) => `Time is up: ${title}`,
  timeUp: 'Time is up',
  countdownLabel: { ready: 'Ready', running: '', paused: 'Paused', done: '' },
  breakResume: (clock) => `We start again at ${clock}`,
  resetConfirm: 'Reset the timer for the whole session? The time used so far is deleted.',
  speaker: {
    title: 'Manuscript and time',
    current: 'Now',
    next: 'Next',
    manuscript: 'Manuscript',
    nextSection: 'Next section',
    nextActivity: 'Next activity or break',
    none: '–',
    at: (clock) => `at ${clock}`,
    catchUpTitle: 'How to catch up',
    skip: (title, minutes) => `Skip “${title}” (optional): saves ${minutes}`,
    shorten: (title, minutes) => `Shorten “${title}” to its shortest: saves ${minutes}`,
    shortenBreak: (title, minutes) => `Shorten “${title}”: saves ${minutes}`,
    accept: 'Do it',
    acceptFirst: 'Do it (A)',
    catchUpResult: (minutes, clock) => `All together they save ${minutes}: ends about ${clock}.`,
    catchUpShort: (minutes) => `${minutes} still missing. The content has nothing more to shorten: take it from the close, or agree with the group.`,
    catchUpNone: (minutes) => `The content has nothing more to shorten or skip. ${minutes} must come from the close, or agree with the group.`,
    catchUpCovered: (minutes) => `Your choices save ${minutes}: that is enough. Next passes over what you left out.`,
    sideLabel: 'Slides and time',
    start: 'Start the session (Z)',
    waiting: 'Waiting for the slides – open them (index.html) and they connect by themselves.',
    connected: 'Connected to the slides',
    blackout: 'Black screen on the projector – an arrow key shows the slide again',
    countdownState: { ready: 'ready', running: 'running', paused: 'paused', done: 'done' },
    pause: 'Pause session (Z)',
    resume: 'Resume (Z)',
    reset: 'Reset …',
    report: 'Timing report',
    saveCsv: 'Save CSV',
    saveJson: 'Save JSON',
    countdown: 'Countdown',
    countdownStart: 'Start (X)',
    countdownPause: 'Pause (X)',
    plusMinute: '+1 min',
    minusMinute: '−1 min',
    countdownReset: 'Reset',
    popupBlocked: 'The browser blocked the manuscript window. Allow pop-ups for this page and press S again.',
    optional: 'optional',
  },
  report: { id: 'id', section: 'Section', kind: 'Kind', planned: 'Planned (min)', actual: 'Actual (min)', difference: 'Difference (min)' },
  help: {
    title: 'Keys',
    close: 'Close: Esc or ?',
    groups: [
      {
        title: 'Slides',
        keys: [
          ['→  Space  N  PageDown', 'next slide'],
          ['←  P  PageUp', 'previous slide'],
          ['Home  End', 'first / last slide'],
          ['G', 'go to slide number …'],
          ['O', 'overview of all slides (Esc never shows it)'],
          ['F', 'full screen'],
          ['B  .', 'black screen; the next key shows the same slide again'],
          ['F5', 'reload: time and speaker view come back by themselves'],
        ],
      },
      {
        title: 'Manuscript and time',
        keys: [
          ['S', 'open manuscript and time in a window (move it to your screen)'],
          ['A', 'in the speaker view: take the first catch-up step'],
          ['T', 'show / hide the timer on the projector'],
          ['Z', 'start the session, or pause / resume (for an unplanned discussion)'],
          ['Shift + Z', 'reset the timer (asks first)'],
        ],
      },
      {
        title: 'Countdown on activities and breaks',
        keys: [
          ['X', 'start / pause the countdown'],
          ['+  −', 'one minute more / less'],
          ['Shift + X', 'reset the countdown'],
        ],
      },
    ],
  },
};

export function stringsFor(language: string): ClientStrings {
  return language === 'en' ? en : nb;
}

/** Planned minutes for display: the one formatter shared with the manuscript and `check`. */
export { formatMinutes } from '../schedule/minutes.js';

/**
 * "m:ss", or "h:mm:ss" from an hour: the one formatter in time/clock.ts, except that the room's
 * countdowns stop at 0:00 instead of showing a signed, negative time.
 */
export function formatDuration(sec: number): string {
  return signedDuration(Math.max(0, sec));
}

/** Seconds after midnight → "HH:MM" (rounded to the minute): the one formatter shared with the build. */
export { formatClock } from '../time/clock.js';
