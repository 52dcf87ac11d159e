// The course site's start page (index.html at the top of the folder): choose modules, track, date,
// start time and breaks; the browser script (src/client/start/) shows the agenda with clock times
// and opens the deck with ?start=…&date=…. The full list of sessions is plain HTML, so every
// deck, run sheet and guide is reachable even without the script. No inline script: the data is
// a JSON block, the code an external file (file://, CSP).
import { messagesFor, type Language } from '../i18n/messages.js';
import type { Track } from '../plan/types.js';
import type { StartPageData, StartPageDeck } from './start-data.js';
import { escapeHtml, jsonForScript } from '../html/escape.js';

export type { StartPageData, StartPageDeck };

const TRACK_ORDER: Track[] = ['kunnskap', 'praksis', 'erfaring'];

export function renderStartPage(decks: readonly StartPageDeck[], language: Language, shared: string, options: { pdf?: boolean; pptx?: boolean } = {}): string {
  const t = messagesFor(language);
  const s = t.site;
  const modules = [...new Map(decks.map((deck) => [deck.moduleKey, deck])).values()];
  const minutesOf = (deck: StartPageDeck): number => Math.round(deck.schedule.totalSec / 60);
  const intros = modules.filter((deck) => deck.kind === 'introduction');
  const competencies = modules.filter((deck) => deck.kind === 'competency');
  const introChoices = [
    `<label class="fa-s-choice"><input type="radio" name="intro" value="" data-fasilitator="choose-intro"> ${escapeHtml(s.noIntro)}</label>`,
    ...intros.map(
      (deck, i) =>
        `<label class="fa-s-choice"><input type="radio" name="intro" value="${deck.moduleKey}" data-fasilitator="choose-intro"${i === 0 ? ' checked' : ''}> ${escapeHtml(t.introductions[deck.moduleKey.replace('intro-', '')] ?? deck.moduleTitle)} <span class="fa-s-dim">(${minutesOf(deck)} min)</span></label>`,
    ),
  ].join('\n');
  const kkChoices = competencies
    .map((deck) => `<label class="fa-s-choice"><input type="checkbox" name="kk" value="${deck.moduleKey}" data-fasilitator="choose-module"> ${escapeHtml(deck.moduleTitle)} <span class="fa-s-dim">(${minutesOf(deck)} min)</span></label>`)
    .join('\n');
  const trackChoices = TRACK_ORDER.map(
    (track, i) => `<div class="fa-s-track"><label class="fa-s-choice"><input type="radio" name="track" value="${track}" aria-describedby="track-${track}"${i === 1 ? ' checked' : ''} data-fasilitator="choose-track"> <strong>${escapeHtml(t.tracks[track] ?? track)}</strong></label>
<p id="track-${track}" class="fa-s-help">${escapeHtml(s.trackHelp[track] ?? '')}</p></div>`,
  ).join('\n');

  const link = (href: string, label: string): string => `<a href="${href}">${escapeHtml(label)}</a>`;
  const l = t.index.links;
  const rows = modules.map((module) => {
    const cells = TRACK_ORDER.map((track) => {
      const deck = decks.find((d) => d.moduleKey === module.moduleKey && d.track === track);
      if (!deck) return '<td>–</td>';
      const f = deck.folder;
      const links = [
        link(`${f}/index.html`, l.deck),
        link(`${f}/manus.html`, l.manus),
        link(`${f}/lysark-med-manus.html`, l.notes),
        link(`${f}/deltaker/index.html`, l.participant),
        ...(deck.guide ? [link(`${f}/veiledning.html`, l.guide)] : []),
        ...(options.pdf ? [link(`${f}/lysark.pdf`, l.slidesPdf), link(`${f}/lysark-med-manus.pdf`, l.notesPdf), link(`${f}/manus.pdf`, l.manusPdf)] : []),
        ...(options.pptx ? [link(`${f}/lysark.pptx`, l.slidesPptx)] : []),
      ];
      return `<td data-deck="${f}" data-module="${deck.moduleKey}" data-track="${track}">${links.join(' · ')}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(module.moduleTitle)} <span class="fa-s-dim">(${minutesOf(module)} min)</span></th>${cells.join('')}</tr>`;
  });

  const data: StartPageData = {
    decks: [...decks],
    pdf: Boolean(options.pdf),
    pptx: Boolean(options.pptx),
    breakTitle: t.deck.breakTitle,
    words: {
      clock: s.clock,
      minutes: s.minutes,
      section: s.section,
      activity: s.activity,
      present: s.present,
      agendaEmpty: s.agendaEmpty,
      total: s.total(-1, '{start}', '{end}').replace('-1', '{minutes}'),
      manus: l.manus,
      notes: l.notes,
      guide: l.guide,
      participant: l.participant,
      slidesPdf: l.slidesPdf,
      slidesPptx: l.slidesPptx,
      manusPdf: l.manusPdf,
      notesPdf: l.notesPdf,
    },
  };

  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fasilitator">
<title>${escapeHtml(`${s.title} – ${t.deck.defaultTitle}`)}</title>
<link rel="stylesheet" href="${shared}/fonts.css">
<link rel="stylesheet" href="${shared}/startside.css">
</head>
<body>
<header class="fa-s-header">
<p class="fa-s-kicker">${escapeHtml(s.title)}</p>
<h1>${escapeHtml(t.deck.defaultTitle)}</h1>
<p class="fa-s-lead">${escapeHtml(s.lead)}</p>
<p class="fa-s-dim">${escapeHtml(s.offline)}</p>
</header>
<main>
<noscript><p class="fa-s-note">${escapeHtml(s.noScript)}</p></noscript>
<form class="fa-s-form" id="planner" data-fasilitator="planner">
<fieldset><legend>${escapeHtml(s.chooseModules)}</legend>
<div class="fa-s-group"><p class="fa-s-grouplabel">${escapeHtml(s.introductions)}</p>
${introChoices}
</div>
<div class="fa-s-group"><p class="fa-s-grouplabel">${escapeHtml(s.competencies)}</p>
${kkChoices}
</div>
</fieldset>
<fieldset><legend>${escapeHtml(s.chooseTrack)}</legend>
${trackChoices}
</fieldset>
<fieldset class="fa-s-when"><legend>${escapeHtml(s.when)}</legend>
<label>${escapeHtml(s.date)} <input type="date" name="date" data-fasilitator="choose-date"></label>
<label>${escapeHtml(s.start)} <input type="time" name="start" value="09:00" step="60" required data-fasilitator="choose-start"></label>
<label>${escapeHtml(s.breakMinutes)} <input type="number" name="break" value="15" min="0" max="120" step="5" data-fasilitator="choose-break"></label>
</fieldset>
</form>
<section class="fa-s-agenda" aria-labelledby="agenda-heading">
<h2 id="agenda-heading">${escapeHtml(s.agenda)}</h2>
<div id="agenda" data-fasilitator="agenda" aria-live="polite"><p class="fa-s-dim">${escapeHtml(s.agendaEmpty)}</p></div>
</section>
<section class="fa-s-all" aria-labelledby="all-heading">
<h2 id="all-heading">${escapeHtml(s.allSessions)}</h2>
<p class="fa-s-dim">${escapeHtml(s.allLead)}</p>
<table data-fasilitator="sessions">
<thead><tr><th scope="col">${escapeHtml(s.module)}</th>${TRACK_ORDER.map((track) => `<th scope="col">${escapeHtml(t.tracks[track] ?? track)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</section>
</main>
<script type="application/json" id="site-data">${jsonForScript(data)}</script>
<script src="${shared}/startside.js"></script>
</body>
</html>
`;
}
