// Words the deck shows in the room: timer, countdowns, speaker view and help, in bokmål and
// English. Kept apart from the CLI's catalogue so the browser bundle stays small.

const nb = {
  notStarted: 'Ikke startet',
  notStartedHint: 'Starter ved første lysbildeskift (eller tast Z)',
  paused: 'Pause i økten',
  onTrack: 'I rute',
  behind: (min: number) => `${min} min bak skjema`,
  ahead: (min: number) => `${min} min foran skjema`,
  left: (time: string) => `${time} igjen`,
  over: (time: string) => `${time} over tiden`,
  elapsed: (elapsed: string, total: string) => `${elapsed} av ${total}`,
  end: (projected: string, planned: string) => `Slutt kl. ${projected} (plan ${planned})`,
  timerLabel: 'Tidtaker',
  sectionChanged: (title: string) => `Ny seksjon: ${title}`,
  countdownDone: (title: string) => `Tiden er ute: ${title}`,
  timeUp: 'Tiden er ute',
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
    catchUpTitle: 'Slik kan du ta igjen tiden',
    skip: (title: string, minutes: string) => `Hopp over «${title}» (${minutes}, merket valgfritt)`,
    shorten: (title: string, minutes: string) => `Kort ned «${title}» med ${minutes}`,
    catchUpResult: (clock: string) => `Da blir slutt ca. kl. ${clock}.`,
    catchUpNone: 'Ingen valgfrie lysbilder eller aktiviteter igjen å korte ned. Vurder å korte ned avslutningen litt.',
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
    reconnect: 'Lysarkene ble lastet på nytt. Trykk S i lysarkene for å koble til igjen.',
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
          ['→  Mellomrom  N', 'neste lysbilde'],
          ['←  P', 'forrige lysbilde'],
          ['Home  End', 'første / siste lysbilde'],
          ['G', 'gå til lysbilde nummer …'],
          ['O  Esc', 'oversikt over alle lysbilder'],
          ['F', 'fullskjerm'],
          ['B  .', 'svart skjerm (pause i visningen)'],
        ],
      },
      {
        title: 'Manus og tid',
        keys: [
          ['S', 'åpne manus og tid i eget vindu (flytt det til din skjerm)'],
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
  notStarted: 'Not started',
  notStartedHint: 'Starts at the first slide change (or press Z)',
  paused: 'Session paused',
  onTrack: 'On track',
  behind: (min) => `${min} min behind`,
  ahead: (min) => `${min} min ahead`,
  left: (time) => `${time} left`,
  over: (time) => `${time} over`,
  elapsed: (elapsed, total) => `${elapsed} of ${total}`,
  end: (projected, planned) => `Ends ${projected} (plan ${planned})`,
  timerLabel: 'Timer',
  sectionChanged: (title) => `New section: ${title}`,
  countdownDone: (title) => `Time is up: ${title}`,
  timeUp: 'Time is up',
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
    skip: (title, minutes) => `Skip “${title}” (${minutes}, marked optional)`,
    shorten: (title, minutes) => `Shorten “${title}” by ${minutes}`,
    catchUpResult: (clock) => `Then the session ends at about ${clock}.`,
    catchUpNone: 'No optional slides or activities left to shorten. Consider a shorter close.',
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
    reconnect: 'The slides were reloaded. Press S in the slides to reconnect.',
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
          ['→  Space  N', 'next slide'],
          ['←  P', 'previous slide'],
          ['Home  End', 'first / last slide'],
          ['G', 'go to slide number …'],
          ['O  Esc', 'overview of all slides'],
          ['F', 'full screen'],
          ['B  .', 'black screen (pause the display)'],
        ],
      },
      {
        title: 'Manuscript and time',
        keys: [
          ['S', 'open manuscript and time in a window (move it to your screen)'],
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

/** Planned minutes for display, to the half minute: "1,5 min" in bokmål, "1.5 min" in English. */
export function formatMinutes(sec: number, language: string): string {
  const minutes = Math.round(sec / 30) / 2;
  return `${language === 'en' ? String(minutes) : String(minutes).replace('.', ',')} min`;
}

/** "m:ss", or "h:mm:ss" from an hour. */
export function formatDuration(sec: number): string {
  const total = Math.max(0, Math.round(sec));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Seconds after midnight → "HH:MM" (rounded to the minute). */
export function formatClock(sec: number): string {
  const minutes = ((Math.round(sec / 60) % 1440) + 1440) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
