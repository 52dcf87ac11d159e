// English: the optional UI language (--lang en, or language: en in a plan). Mirrors nb.ts.
import type { Messages } from './nb.js';
import { safetyEn } from './safety-en.js';

const list = (items: readonly string[]): string => items.join(', ');
const quote = (text: string): string => `“${text}”`;

export const en: Messages = {
  lang: 'en',
  quote,
  severity: { error: 'error', warning: 'warning' },
  hintLabel: 'hint',
  safety: safetyEn,
  didYouMean: (suggestion) => `Did you mean ${quote(suggestion)}?`,
  valid: (values) => `Valid: ${list(values)}.`,

  file: {
    notFound: (path) => `cannot find the file ${path}`,
    notFoundHint: 'Check the spelling and the folder. Example plans are in plans/.',
    isDirectory: (path) => `${path} is a folder, not a file`,
    isDirectoryHint: 'Give a YAML file, for example plans/kort-intro-praksis.yaml, or plans/*.yaml for all.',
    notUtf8: 'the file is not saved as UTF-8 text',
    notUtf8Hint: 'Save the file as UTF-8 in your editor (the default in VS Code and most editors).',
    unreadable: (reason) => `cannot read the file (${reason})`,
    unreadableHint: 'Check that you may read the file.',
    empty: 'the file is empty',
    emptyPlanHint: 'A plan needs at least “introduction” and “track”. Create one with: fasilitator new plan.yaml',
  },

  yaml: {
    syntax: (detail) => `YAML error: ${detail}`,
    codes: {
      BAD_INDENT: 'wrong indentation',
      BLOCK_AS_IMPLICIT_KEY: 'a line has two colons; put the text in quotes',
      DUPLICATE_KEY: 'the field appears twice',
      MISSING_CHAR: 'a character is missing (such as a closing ] or ")',
      TAB_AS_INDENT: 'tab used for indentation',
      MULTILINE_IMPLICIT_KEY: 'a key runs over several lines',
      UNEXPECTED_TOKEN: 'unexpected character',
      BAD_SCALAR_START: 'a value cannot start with this character; put it in quotes',
      BLOCK_IN_FLOW: 'a block inside a one-line [list] or {map}',
      MISSING_KEY: 'a field name is missing before the colon',
    },
    patterns: [
      ['Sequence item without - indicator', 'the line does not line up with the line above (wrong indentation)'],
      ['end with a ]', 'a list with [ lacks its closing ]'],
      ['Missing closing "quote', 'a closing quote mark is missing'],
      ['Implicit map keys need to be followed by map values', 'a field lacks the colon after its name'],
    ],
    hint: 'Indent with spaces (not tabs), and quote text that contains a colon or #.',
    duplicateHint: 'Remove one of the lines.',
  },

  plan: {
    notAMap: 'a plan is made of fields like “track: praksis”, one per line',
    notAMapHint: 'See plans/ for examples, or create one with: fasilitator new plan.yaml',
    fields: {
      title: 'title',
      organisation: 'organisation',
      date: 'date',
      start: 'start time',
      end: 'end time',
      facilitators: 'facilitators',
      audience: 'audience',
      introduction: 'introduction',
      track: 'track',
      competencies: 'core competencies',
      breaks: 'breaks',
      timer: 'timer',
      language: 'language',
      theme: 'theme',
      after: 'after',
      at: 'clock time',
      minutes: 'minutes',
      overlay: 'show timer',
      tracks: 'tracks',
      optional: 'optional',
      notice: 'content notice',
      sources: 'sources',
      class: 'layout',
      activity: 'activity',
      purpose: 'purpose',
      instruction: 'instruction',
      group: 'group',
      materials: 'materials',
      debrief: 'debrief',
      alternative: 'alternative',
      kind: 'kind',
      number: 'number',
      tolerance: 'tolerance',
      goals: 'learning goals',
      skill: 'skill',
      id: 'id',
      file: 'file',
      break: 'break',
      short: 'short form',
      text: 'text',
      url: 'link',
      status: 'status',
      note: 'note',
      sound: 'sound',
    },
    unknownKey: (key) => `unknown field ${quote(key)}`,
    unknownKeyHint: (suggestion, valid) =>
      `${suggestion ? `Did you mean ${quote(suggestion)}? ` : ''}Valid fields here: ${list(valid)}.`,
    missing: (key, label) => `missing the field ${quote(key)} (${label})`,
    missingHint: (example) => `Add a line like: ${example}`,
    unknownValue: (key, value, label) => `${key}: ${value} — unknown ${label}`,
    unknownValueHint: (suggestion, valid) => `${suggestion ? `Did you mean ${quote(suggestion)}? ` : ''}Valid: ${list(valid)}.`,
    wrongType: (key, expected, actual) => `${quote(key)} should be ${expected}, but is ${actual}`,
    types: {
      string: 'text',
      number: 'a number',
      integer: 'a whole number',
      boolean: 'true or false',
      array: 'a list',
      object: 'a group of fields',
      null: 'empty',
      overlay: 'auto, true or false',
      stringOrList: 'text or a list of names',
    },
    overlayHint: 'Write overlay: auto (timer on the projector only without the speaker view), true (always) or false (never).',
    namesAsText: (key) => `${quote(key)}: every name must be text`,
    namesHint: 'Write one name, or a list: facilitators: [Kari Nordmann, Ola Nordmann]',
    booleanHint: (key) => `Write ${key}: true or ${key}: false.`,
    outOfRange: (key, value, _dir) => `${key}: ${value} — out of range`,
    unknownTheme: (name) => `theme: ${name} — no such theme`,
    clock: (key, value) => `${key}: ${value} — not a clock time`,
    clockHint: 'Write clock times as "09:00" (hours:minutes, 00:00–23:59).',
    date: (value) => `date: ${value} — not a valid date`,
    dateHint: 'Write the date as YYYY-MM-DD, for example 2026-12-03.',
    theme: (value) => `theme: ${value} — not a valid theme name`,
    themeHint: 'Theme names are lower-case letters, digits and hyphens, like “default”.',
    emptyText: (key) => `${quote(key)} is empty`,
    emptyTextHint: 'Write a value, or remove the line.',
    competencyRange: (value) => `core competency ${value} does not exist`,
    competencyRangeHint: 'The core competencies are numbered 1–5, for example competencies: [1, 2].',
    competencyDuplicate: (n) => `core competency ${n} appears twice`,
    competencyDuplicateHint: 'Remove one of them.',
    competencyOrder: (given, recommended) => `the core competencies come in the order ${given}; recommended is ${recommended}`,
    competencyOrderHint: 'The package recommends numbered order. If the order is intended, ignore this.',
    minutesRange: (value) => `minutes: ${value} — a break must be 1–120 minutes`,
    minutesRangeHint: 'Write the minutes as a whole number, for example minutes: 10.',
    breakNeedsPlace: 'the break has neither “after” nor “at”',
    breakNeedsPlaceHint: 'Write for example “after: intro” or “at: "10:15"”.',
    breakBothPlaces: 'the break has both “after” and “at”',
    breakBothPlacesHint: 'Choose one of them.',
    breakTarget: (value) => `after: ${value} — no such part of the session`,
    breakTargetHint: (suggestion, valid) => `${suggestion ? `Did you mean ${quote(suggestion)}? ` : ''}Possible: ${list(valid)}.`,
    breakMoved: (wanted, actual) => `the break “at: ${wanted}” is placed at the nearest section boundary, ${actual}`,
    breakMovedHint: 'Breaks go between sections so no section is split. Adjust the time if you like.',
    breakOutside: (wanted) => `the break “at: ${wanted}” is outside the session`,
    breakOutsideHint: 'Choose a time between the start and the end of the session.',
    moduleMissing: (label) => `${label} is not in the content yet`,
    moduleMissingHint: (available) => (available.length > 0 ? `Available: ${list(available)}. See: fasilitator list` : 'See: fasilitator list'),
    nothingToShow: 'the plan has neither an introduction nor core competencies',
    nothingToShowHint: 'Set “introduction: short” or “long”, or add “competencies: [1]”.',
    overrun: (planned, end, minutes) => `the session lasts until ${planned}, but must end at ${end} (${minutes} min short)`,
    overrunHint: 'These give time back (choose one or more):',
    underrun: (planned, end, minutes) => `the session is over at ${planned}, ${minutes} min before “end: ${end}”`,
    underrunHint: 'Choose one of these:',
    timeOption: {
      laterEnd: (end, minutes) => `set “end: ${end}” (${minutes} min later)`,
      earlierEnd: (end) => `set “end: ${end}” so the plan matches the session`,
      shorterBreak: (title, from, to, minutes) => `shorten “${title}” from ${from} to ${to} min (gives ${minutes} min)`,
      dropCompetency: (n, minutes) => `drop core competency ${n} (gives ${minutes} min)`,
      shortIntro: (minutes) => `choose the short introduction instead of the long one (gives ${minutes} min)`,
      addCompetency: (n, minutes) => `add core competency ${n} (${minutes} min): competencies: [..., ${n}]`,
      longerBreaks: (minutes) => `use the ${minutes} minutes for a longer break or more time for discussion`,
    },
    pastMidnight: 'the session runs past midnight',
    pastMidnightHint: 'Check “start” and the breaks.',
    examples: {
      introduction: 'introduction: short',
      track: 'track: praksis',
      minutes: 'minutes: 10',
      after: 'after: intro',
      at: 'at: "10:15"',
    },
  },

  content: {
    noModules: (dir) => `no modules found in ${dir}`,
    noModulesHint: 'A module is a folder with a module.yaml in the content folder. Use --decks to point at the content folder (the one with the module folders and sources.yaml), or leave out --decks for the course’s own content.',
    moduleMeta: (detail) => `module.yaml: ${detail}`,
    badSectionId: (value) => `id: ${value} — not a valid section id`,
    badSectionIdHint: 'Use lower-case letters, digits and hyphens, for example “what-is-trauma”.',
    needsIntroduction: 'an introduction module must say whether it is short or long',
    needsIntroductionHint: 'Add “introduction: short” or “introduction: long”.',
    needsNumber: 'a core competency needs a number',
    needsNumberHint: 'Add for example “number: 1”.',
    duplicateSection: (id) => `the section ${quote(id)} appears twice`,
    duplicateSectionHint: 'Every section needs its own id.',
    sectionNeedsFile: (id) => `the section ${quote(id)} has no “file”`,
    sectionNeedsFileHint: 'Name the Markdown file with its slides, or write “break: true” for a break.',
    sectionFile: (file) => `the section file ${file} does not exist`,
    sectionFileHint: 'Create the file, or correct “file” in module.yaml.',
    duplicateModule: (id) => `the module ${quote(id)} is in two folders`,
    slideMeta: (detail) => `slide settings: ${detail}`,
    slideMetaHint: 'Settings go between two --- lines at the top of the slide. See decks/README.md.',
    unknownSlideKey: (key) => `unknown setting ${quote(key)}`,
    badClass: (value) => `class: ${value} — not a valid name`,
    badClassHint: 'Use lower-case letters and hyphens, for example “class: center”.',
    emptySlide: 'empty slide',
    emptySlideHint: 'Remove the extra --- line, or write content.',
    noNotes: 'the slide has no manuscript',
    noNotesHint: 'Add a line “Manus:” and write what the facilitator says below it.',
    noTitle: 'the slide has no heading',
    noTitleHint: 'Start the slide with a heading, for example “# What is trauma?”.',
    sourceUnknown: (code) => `unknown source ${quote(code)}`,
    sourceUnknownHint: (suggestion) => `${suggestion ? `Did you mean ${quote(suggestion)}? ` : ''}Sources are listed in decks/sources.yaml.`,
    imageRemote: (src) => `the image ${src} is on the web`,
    imageRemoteHint: 'A deck must work offline. Download the image and put it in the module folder.',
    imageMissing: (path) => `cannot find the image ${path}`,
    imageMissingHint: 'Put the image in the module folder and write its path relative to the Markdown file.',
  },

  cli: {
    unknownCommand: (name) => `unknown command ${quote(name)}`,
    commandsHint: 'Commands: new, build, site, pdf, pptx, check, list, serve, dev, doctor. See: fasilitator --help',
    unknownOption: (name) => `unknown option ${name}`,
    missingValue: (name) => `the option ${name} needs a value`,
    unexpectedValue: (name) => `the option ${name} takes no value`,
    noPlans: 'no plan given',
    noPlansHint: 'Give the path of a plan, for example: fasilitator build plans/kort-intro-praksis.yaml',
    checkNoPlansHint: 'Give the path of a plan (fasilitator check plans/kort-intro-praksis.yaml), or check the content with: fasilitator check --content',
    badLang: (value) => `--lang ${value}: unknown language`,
    seeHelp: (command) => `See: fasilitator ${command} --help`,
    bug: 'Something went wrong inside fasilitator. This is a bug in the tool, not in your plan.',
    bugHint: 'Please report it with the text below so we can fix it.',
    summary: (errors, warnings) => `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
    built: (name, dir, ms) => `✔ ${name} → ${dir} (${ms} ms)`,
    buildFailed: (name) => `✖ ${name}: not built`,
    noRuntime: 'the browser part of fasilitator has not been built',
    noRuntimeHint: 'Run “npm install” (or “npm run build”) in the fasilitator folder first.',
    buildSummary: (built, failed) => `${built} built, ${failed} failed`,
    interrupted: 'Stopped. Half-written files were removed; the previous version is untouched.',
    nothingWritten: 'Nothing was written; the previous version is untouched.',
    openHint: (path) => `Open ${path} in the browser. Press S for the manuscript, ? for help.`,
    checkOk: (name) => `✔ ${name} is fine`,
    serving: (url) => `The session is shown at ${url}`,
    servingHint: 'Open the address in a browser. Press S for the manuscript, ? for help. Stop with Ctrl+C.',
    serveHint: 'Build first, for example: fasilitator build plans/kort-intro-praksis.yaml',
    badPort: (value) => `--port ${value}: not a port number`,
    extraArgument: (value) => `too many arguments: ${quote(value)}`,
    serveNotFolder: (path) => `${path} is a file, not a folder`,
    serveNotFolderHint: 'Give the folder the slides were built in, for example: fasilitator serve dist',
    portBusy: (port) => `port ${port} is in use`,
    portBusyHint: 'Choose another with --port, or stop the program that uses it.',
  },

  agenda: {
    heading: (title) => `Agenda: ${title}`,
    clock: 'Time',
    minutes: 'Min',
    section: 'Section',
    activity: 'Activity / break',
    needed: 'Need',
    id: 'Id',
    neededTotal: (needed, planned, percent) => `The material needs ${needed} of ${planned} min without breaks (${percent} %)`,
    neededLegend: 'Need = minutes the material needs in the track: manuscript at 130 words a minute + activities (see decks/README.md).',
    total: (minutes, start, end) => `Total ${minutes} min, ${start}–${end}`,
    breakLabel: 'Break',
    track: (name) => `Track: ${name}`,
  },

  deck: {
    defaultTitle: 'Livet skjer med oss alle',
    subtitle: 'Towards trauma-informed practice',
    breakTitle: 'Break',
    sourcesTitle: 'Sources',
    sourcesLead: 'Facts and figures in this session are based on:',
    competency: (n) => `Core competency ${n}`,
    facilitatorsLabel: (count) => (count === 1 ? 'Facilitator' : 'Facilitators'),
    noticeLabel: 'Content notice',
    activityLabel: 'Activity',
    minutes: (n) => `${n} min`,
    breakResume: (clock) => `We start again at ${clock}`,
    breakBody: 'Stretch, get some air, fetch something to drink.',
    sourceLabel: 'Source',
    voluntary: 'Voluntary – “pass” is fine',
    sourcesLabel: 'Sources',
    sourcesInList: 'see the reference list',
    statusLabel: { verified: 'checked', secondary: 'cited via another source', unverified: 'not checked' },
    slideLabel: (n, total) => `Slide ${n} of ${total}`,
    trackLabel: 'Track',
    language: 'en',
  },

  manus: {
    title: (title) => `Manuscript: ${title}`,
    agenda: 'Agenda',
    manuscript: 'Manuscript slide by slide',
    clock: 'Time',
    minutes: 'Min',
    section: 'Section',
    activity: 'Activity / break',
    slide: 'Slide',
    planned: (clock, minutes) => `${clock} · ${minutes}`,
    notice: 'Content notice: say this before you show the slide',
    activityCard: 'Activity',
    purpose: 'Purpose',
    instruction: 'Instruction (read aloud)',
    group: 'Group',
    materials: 'Materials',
    debrief: 'Debrief',
    alternative: 'If someone does not want to take part',
    optional: 'Can be skipped when short of time',
    noNotes: 'This slide has no manuscript yet.',
    sources: 'Sources in this session',
    total: (minutes, start, end) => `Total ${minutes} min, ${start}–${end}`,
    print: 'Print',
    facts: (track, audience) => `Track: ${track}${audience ? ` · Audience: ${audience}` : ''}`,
    goals: 'Learning goals',
    skill: 'Skill',
  },

  notes: {
    titleNotes: (clock) => `Shown while people arrive. The session starts at ${clock}: move to the next slide when you begin, and the timer starts.`,
    breakNotes: (clock) => `Say when you start again (${clock} as planned). Be available during the break for anyone who wants a word.`,
    sourcesNotes: 'The list of sources is shown after the close, and can be sent to participants with the slides.',
  },

  help: {
    main: {
      about: (version) => `fasilitator ${version} – slides, manuscript and timer for training in trauma-informed practice

Usage:
  fasilitator <command> [options]

Commands:
  build <plan.yaml…>   build slides (index.html), manuscript (manus.html) and schedule
  site                 the whole programme in one folder with a start page
  pdf <plan.yaml…>     like build, and make lysark.pdf, lysark-med-manus.pdf and manus.pdf
  pptx <plan.yaml…>    like build, and make lysark.pptx (PowerPoint, manuscript in the notes)
  check <plan.yaml…>   check plans and content, and show the agenda with clock times
  list                 show the modules, tracks and how long they take
  serve [folder]       show built slides in the browser on this machine
  dev <plan.yaml>      preview while you write: updates when you save
  new [file.yaml]      create a session plan: answer a few questions
  doctor               check that this machine has what is needed (Node, a browser for PDF …)`,
      optionsHeading: 'Options for every command:',
      more: `Getting started:
  fasilitator build plans/kort-intro-praksis.yaml
  fasilitator check plans/*.yaml

More: README.md, and decks/README.md for content authors.`,
    },
    // What each command does and examples; the option list between them is generated (src/cli/help.ts).
    commands: {
      site: {
        about: `fasilitator site – the whole course programme in one folder, with a start page

Usage:
  fasilitator site [-o folder] [options]

Builds every introduction and core competence in all three tracks, each with
slides, run sheet, guide and participant copy, into one folder with a start
page (index.html). There a facilitator chooses module, track, date and start
time, sees the agenda with clock times and opens the slides – nothing to
install. The folder works offline: copy it to a memory stick or the intranet.
Shared files (fonts, theme, timer) are stored once, in felles/.`,
        more: `Examples:
  fasilitator site
  fasilitator site -o /media/stick/course --pdf`,
      },
      build: {
        about: `fasilitator build – build slides and manuscript from session plans

Usage:
  fasilitator build <plan.yaml…> [options]

Creates a folder <out>/<plan name>/ for each plan with:
  index.html              the slides – open in a browser (S = manuscript, ? = help)
  manus.html              run sheet and manuscript for the facilitator, ready to print
  lysark-med-manus.html   every slide with its manuscript below, to rehearse on paper
  deltaker/               the slides without manuscript or timer, to share
  schedule.json           the schedule (for other tools)
The folder works offline, even from a USB stick. A rebuild replaces the whole
folder at once; if anything fails, the previous version stays untouched. A
folder fasilitator did not make is never replaced without --force – and the
root, your home folder and the folder you are in, never.`,
        more: `Examples:
  fasilitator build plans/kort-intro-praksis.yaml
  fasilitator build plans/kort-intro-praksis.yaml --serve
  fasilitator build plans/*.yaml -o output`,
      },
      pdf: {
        about: `fasilitator pdf – make slides and manuscript as PDF

Usage:
  fasilitator pdf <plan.yaml…> [options]
  fasilitator build <plan.yaml…> --pdf

Builds the plan (like build) and also writes, in the same folder:
  lysark.pdf             one slide per page (16:9), no manuscript – for participants
  lysark-med-manus.pdf   every slide with its manuscript below (A4) – to rehearse on paper
  manus.pdf              the run sheet: agenda with clock times, manuscript with a
                         thumbnail of each slide, page numbers and title (A4)
Also builds deltaker/, a copy of the slides without manuscript or timer, to share.

Needs the Chromium browser (Debian/Ubuntu: sudo apt-get install chromium), or set
CHROME_PATH. If you stop it (Ctrl+C), half-written files are removed.`,
        more: `Examples:
  fasilitator pdf plans/kort-intro-praksis.yaml
  fasilitator pdf plans/kort-intro-praksis.yaml --files lysark
  fasilitator build plans/*.yaml --pdf`,
      },
      pptx: {
        about: `fasilitator pptx – make the slides as PowerPoint, with the manuscript in the notes

Usage:
  fasilitator pptx <plan.yaml…> [options]
  fasilitator build <plan.yaml…> --pptx

Builds the plan (like build) and also writes lysark.pptx in the same folder:
  one PowerPoint slide per deck slide (16:9), in the same order. Titles, bullets,
  numbered lists, bold and italic, tables and quotes are ordinary text you can
  edit – your own support numbers or a local case, for example. Figures are pictures.
  The manuscript is in the speaker notes (shown in presenter view), with the clock
  time and minutes on top, activities with instruction and minutes, and the sources.
Works in PowerPoint and LibreOffice Impress. The font is Arial, which every machine has.
If the slides have figures (SVG), the Chromium browser draws a PNG copy for older
PowerPoint versions. If you stop it (Ctrl+C), half-written files are removed.`,
        more: `Examples:
  fasilitator pptx plans/kort-intro-praksis.yaml
  fasilitator build plans/*.yaml --pptx`,
      },
      dev: {
        about: `fasilitator dev – preview a plan while you write

Usage:
  fasilitator dev <plan.yaml> [options]

Starts a preview on 127.0.0.1 and prints the address. When you save the plan
or a file in decks/, the slides are rebuilt and the page reloads on the same
slide (in under a second). If the change has an error, it is shown over the
slides – with file, line and hint – and the previous version stays until the
error is fixed. Stop with Ctrl+C.`,
        more: `Example:
  fasilitator dev plans/kort-intro-praksis.yaml --open`,
      },
      new: {
        about: `fasilitator new – create a session plan

Usage:
  fasilitator new [file.yaml] [options]

Asks for title, organisation, date, start time, introduction, track, core
competencies, breaks and lunch (on a long day), writes the plan (with explanations and the line that
enables help in editors), checks it and shows the agenda. The answers can also
be given as options, for scripts. Never overwrites a file without --force. If
you cancel (Ctrl+C), nothing is written.`,
        more: `Examples:
  fasilitator new plans/staff-meeting.yaml
  fasilitator new --introduction short --track praksis --start 09:00 -y plan.yaml
  fasilitator new --introduction long --track praksis --competencies 1,2 \\
      --break after=intro,minutes=40,title=Lunsj --break after=kk1,minutes=15 -y fagdag.yaml`,
      },
      check: {
        about: `fasilitator check – check session plans and show the agenda

Usage:
  fasilitator check <plan.yaml…> [options]
  fasilitator check --content [options]

Reads the plan, checks that everything fits, and prints the agenda with clock
times. Reports errors in the plan (with file, line and column), a session that
does not fit before “end”, and slides without a manuscript.

The agenda shows each section's id (what "breaks: after:" takes) and Need:
the minutes the material needs in the track.

With --content, all content in decks/ is checked (for content authors): a
manuscript on every slide, complete activities, known sources, minutes per
track, at most 50 words per slide, and spelling. A timing table shows per
module and track whether the material fills the time (manuscript at 130
words a minute + activities); a module outside 80–105 % is an error. See
decks/README.md.`,
        more: `Examples:
  fasilitator check plans/kort-intro-praksis.yaml
  fasilitator check plans/*.yaml --strict
  fasilitator check --content
  fasilitator check --content --no-spelling --decks my-folder/decks 2>/dev/null`,
      },
      doctor: {
        about: `fasilitator doctor – check that this machine is ready

Usage:
  fasilitator doctor [options]

Checks Node.js, the browser used for PDFs (and which one), LibreOffice (optional, to
try PowerPoint files), fallback fonts, and that the output folder can be written to.
Says what to install. Exits with code 3 if something needed is missing.`,
        more: ``,
      },
      list: {
        about: `fasilitator list – show the modules and tracks

Usage:
  fasilitator list [module] [options]

Shows every module (introductions and core competencies) with its planned
minutes, and how many minutes each track actually takes. Below, the sections of
each module with the name a break uses to follow them (after: intro/velkommen).

Examples:
  fasilitator list              every module and section
  fasilitator list kk2          core competency 2 only`,
        more: ``,
      },
      serve: {
        about: `fasilitator serve – show built slides in the browser

Usage:
  fasilitator serve [folder] [options]

Starts a small web server on 127.0.0.1 (this machine only) for the folder
(default: dist) and prints the address. Stop with Ctrl+C. The slides also work
without a server: open index.html directly.`,
        more: `Example:
  fasilitator serve dist/kort-intro-praksis`,
      },
    },
  },

  options: {
    heading: 'Options:',
    default: (value) => `default: ${value}`,
    values: {
      folder: '<folder>',
      files: '<list>',
      port: '<n>',
      text: '<text>',
      date: '<YYYY-MM-DD>',
      clock: '<HH:MM>',
      introduction: '<short|long|none>',
      track: '<kunnskap|praksis|erfaring>',
      competencies: '"1,2"',
      names: '"<name>, <name>"',
      break: 'after=<place>,minutes=<min>[,title=<text>]',
      theme: '<default|kontrast|oslo>',
      lang: '<nb|en>',
    },
    descriptions: {
      outFolders: 'where the folders go',
      outSite: 'the folder to make',
      outDoctor: 'the output folder to check',
      pdfBuild: 'also make PDFs (see: fasilitator pdf --help)',
      pdfSite: 'also make PDFs of every session (takes minutes)',
      pptxBuild: 'also make lysark.pptx for PowerPoint (see: fasilitator pptx --help)',
      pptxSite: 'also make lysark.pptx (PowerPoint with manuscript) of every session',
      files: 'only these PDFs: lysark, lysark-med-manus, manus (e.g. --files lysark)',
      serve: 'show the session in the browser afterwards (as serve; one plan)',
      portServe: 'the port for --serve',
      port: 'port; the next free one if taken',
      decks: 'the content to use (default: decks/ in fasilitator)',
      forceBuild: 'also replace folders fasilitator did not make',
      forceSite: 'replace the folder even if fasilitator did not make it',
      forceNew: 'overwrite an existing file',
      open: 'open the browser',
      json: 'print the result as JSON (for scripts)',
      content: 'check the content in decks/ (all modules)',
      noSpelling: 'skip the spell check (faster)',
      strict: 'treat warnings as errors',
      introduction: 'the introduction: short, long or none',
      track: 'the track the session follows',
      start: 'when the session starts',
      end: 'when the session must end',
      date: 'the day of the session',
      title: 'the title of the session',
      organisation: 'the organisation holding the session',
      audience: 'who the session is for',
      facilitators: 'the facilitators, separated by commas',
      competencies: 'the core competencies, separated by commas',
      break: 'a break; repeat for more. The places: fasilitator list',
      theme: 'look (oslo: for Oslo kommune only)',
      yes: 'no questions: use the options and defaults',
      lang: 'language of messages and slides',
      debug: 'show technical details when something fails (for bug reports)',
      help: 'show this help',
      helpAll: 'show help (also: fasilitator <command> --help)',
      version: 'show the version',
    },
  },

  doctor: {
    names: { node: 'Node.js', chromium: 'Browser for PDF', libreoffice: 'LibreOffice', fonts: 'Fallback fonts', output: 'Output folder' },
    nodeOk: (version) => `version ${version}`,
    nodeOld: (version, minimum) => `version ${version} is too old; fasilitator needs ${minimum} or newer`,
    nodeFix: (minimum) => `Install Node.js ${minimum.split('.')[0]} (LTS) or newer from nodejs.org, or ask IT.`,
    chromiumOk: (path, version) => `${version ?? 'found'} (${path})`,
    chromiumMissing: 'no Chromium, Chrome or Edge found – decks and manuscripts work, PDF export does not',
    chromiumFix: (platform) =>
      platform === 'linux'
        ? 'Install Chromium: sudo apt-get install chromium. Or point to a browser with CHROME_PATH=/path/to/browser.'
        : 'Install Google Chrome or Microsoft Edge, or point to a browser with CHROME_PATH=/path/to/browser.',
    libreofficeOk: (path) => `found (${path})`,
    libreofficeMissing: 'not installed – only needed to try PowerPoint files here (optional)',
    libreofficeFix: (platform) => (platform === 'linux' ? 'If needed: sudo apt-get install libreoffice-impress' : 'If needed: install LibreOffice from libreoffice.org.'),
    fontsOk: 'DejaVu is installed (signs like ✔ ◐ ✖ in PDFs)',
    fontsMissing: 'DejaVu is missing – signs like ✔ ◐ ✖ may show as boxes in PDFs (optional)',
    fontsFix: 'If needed: sudo apt-get install fonts-dejavu-core',
    outputOk: (dir) => `can write to ${dir}`,
    outputDenied: (dir, ancestor) => `cannot write to ${dir} (${ancestor} is read-only or not a folder)`,
    outputFix: 'Choose another folder with -o, for example one in your home folder.',
    allOk: '✔ This machine is ready.',
    somethingMissing: '✖ Something needed is missing. See the advice above.',
  },

  list: {
    module: 'Module',
    use: 'In the plan',
    minutes: 'Min',
    footer: 'Min = planned time. The track columns show the minutes each track actually takes, breaks included.',
    unknownModule: (name) => `unknown module ${quote(name)}`,
    breakAfterModule: (ref) => `break after the whole module: after: ${ref}`,
    breakAfter: 'Break after (write in the plan)',
    section: 'Section',
    contentBreak: '(break in the content)',
    sectionsFooter: 'A break can follow any section: write the line from the first column under breaks: in the plan, for example\n  breaks:\n    - after: intro/hva-er-traume\n      minutes: 10',
  },

  lint: {
    tooMuchText: (words, max) => `the slide has ${words} words; the limit is ${max}`,
    tooMuchTextHint: 'A slide should be read in a few seconds. Move text to the manuscript, or split the slide.',
    caveatMissing: (short, caveat) => `${short} is not checked against its primary source, and the slide lacks “${caveat}”`,
    caveatMissingHint: 'A figure with status ✖ never stands alone. Show the caveat on the slide, for example in the heading.',
    activityMissing: (title, fields) => `the activity “${title}” lacks ${fields.join(', ')}`,
    activityMissingHint: 'An activity needs an instruction (as read aloud), purpose, group, materials, debrief and an alternative for anyone who does not take part.',
    emptyTrack: (section, track) => `the section “${section}” has no slides in the track ${track}`,
    emptyTrackHint: 'Give every track at least one slide (without “tracks:” a slide is in all).',
    sectionTime: (section, track, actual, planned) => `the section “${section}” takes ${actual} min in the track ${track}, but has ${planned} min in module.yaml`,
    sectionTimeHint: 'Adjust “minutes” on the slides, or the section minutes in module.yaml.',
    moduleTime: (title, track, actual, planned, tolerance) => `${title} takes ${actual} min in the track ${track}; planned is ${planned} ± ${tolerance} min`,
    moduleTimeHint: 'Adjust the section minutes. fasilitator list shows minutes per track.',
    spelling: (word) => `unknown word “${word}”`,
    spellingHint: (suggestions) => `${suggestions.length ? `Did you mean ${suggestions.map((s) => `“${s}”`).join(' or ')}? ` : ''}If the word is right, add it to decks/cspell-ord.txt.`,
    contentOk: (modules, slides) => `✔ the content is fine: ${modules} ${modules === 1 ? 'module' : 'modules'}, ${slides} slides`,
    contentSummary: (errors, warnings) => `the content has ${errors} errors and ${warnings} warnings`,
    spellingLoading: 'Checking spelling …',
    kindMissing: (title, kind) => `the activity “${title}” lacks “kind”; the timing model guesses ${kind} from “group”`,
    kindMissingHint: 'Write what kind of activity it is under activity:, for example “kind: par”. Valid: refleksjon, par, gruppe, plenum, quiz.',
    activityTooShort: (title, kind, minutes, minimum) => `the activity “${title}” has ${minutes} min, but an activity of kind ${kind} takes at least ${minimum} min`,
    activityTooShortHint: (minimum) => `Set “minutes” to at least ${minimum} (the timing model counts ${minimum} min anyway), or correct “kind” if the activity is of another kind.`,
    sectionOver: (section, track, needed, planned, percent) => `the section “${section}” needs ${needed} min in the track ${track}, but has ${planned} min (${percent} %)`,
    sectionOverHint: 'Shorten the manuscript or an activity, or give the section more minutes in module.yaml (taken from a section with too little material).',
    sectionUnder: (section, track, needed, planned, percent) => `the section “${section}” has material for only ${needed} of ${planned} min in the track ${track} (${percent} %)`,
    sectionUnderHint: 'Add material that carries the time – a case, a worked example, a discussion with debrief questions (as an activity with minutes) – or give the section fewer minutes in module.yaml.',
    moduleTiming: (title, track, needed, planned, percent) => `${title} needs ${needed} min in the track ${track}, but has ${planned} min planned (${percent} %); it must be between 80 and 105 %`,
    moduleTimingOverHint: 'Shorten manuscripts and activities in the sections marked “too much” in the timing table (fasilitator check --content).',
    moduleTimingUnderHint: 'Add material (cases, worked examples, discussions with debriefs) to the sections marked “too little” in the timing table, or give activities realistic minutes.',
    timingHeading: 'Time needed: manuscript read at 130 words a minute + activities (at least the minimum for their kind)',
    timingModule: (title, track) => `${title} – ${track}`,
    timingColumns: { section: 'Section', planned: 'Plan', speech: 'Speech', activities: 'Act.', needed: 'Need', percent: '%' },
    timingTotal: 'Total',
    timingOver: 'too much',
    timingUnder: 'too little',
    timingWayOver: 'too much, over 115 %',
    timingLegend: 'Minutes. Sections should be within 80–105 % (⚠); the whole module per track must be (✖). See decks/README.md.',
  },

  theme: {
    missingPackage: (pkg) => `cannot find the package ${pkg}, which the theme needs`,
    missingPackageHint: (pkg) => `Install it again with: npm install ${pkg}`,
    missingFile: (file) => `cannot find the file ${file}, which the theme needs`,
    unknownToken: (theme, token) => `the theme “${theme}” uses the colour ${token}, which Punkt does not have`,
    unknownTokenHint: 'Correct the name in templates/themes/<theme>/theme.css, or update @oslokommune/punkt-css.',
    unknownIcon: (name) => `there is no icon “${name}”`,
    unknownIconHint: (suggestion) =>
      `${suggestion ? `Did you mean “${suggestion}”? ` : ''}Icon names are file names without .svg in node_modules/@oslokommune/punkt-assets/dist/icons/.`,
    iconsCount: (icons, items) => `icons: ${icons} icons, but the slide's list has ${items} items`,
    iconsCountHint: 'Give one icon per item of the first list, in the same order.',
  },
  browser: {
    notFound: 'cannot find the Chromium browser, which is needed to make PDFs',
    notFoundHint: 'Install it with: sudo apt-get install chromium (Debian/Ubuntu). For another Chromium or Chrome, set CHROME_PATH to its path.',
    failed: (path) => `could not start the browser (${path})`,
    failedHint: 'Check that the browser works, for example with: chromium --version. Run with --debug for details.',
  },

  notesPrint: {
    title: (title) => `Slides with manuscript: ${title}`,
  },

  pdf: {
    page: 'Page',
    of: 'of',
    pages: (n) => `${n} ${n === 1 ? 'page' : 'pages'}`,
    written: (path, pages, ms) => `✔ ${path} (${pages}, ${ms} ms)`,
    working: (plan) => `Making PDFs for ${plan} …`,
    starting: 'Starting the browser …',
    failed: (file) => `the browser could not make ${file}`,
    failedHint: 'Try again. If it happens again, run fasilitator doctor to check the browser, and run with --debug for details. The slides in the folder work without a PDF.',
  },

  pptx: {
    noBrowser: 'cannot find the Chromium browser, which is needed to include the figures (charts) in lysark.pptx',
    slides: (n: number) => `${n} ${n === 1 ? 'slide' : 'slides'}`,
    written: (path: string, slides: string, ms: number) => `✔ ${path} (${slides}, ${ms} ms)`,
    working: (plan: string) => `Making PowerPoint for ${plan} …`,
  },

  guide: { title: 'Guide for facilitators (in Norwegian)' },

  dev: {
    overlayTitle: 'The change has an error – the slides show the previous version',
    overlayTitleNoDeck: 'The plan or the content has an error – fix it and the slides appear',
    fixed: '✔ The error is fixed.',
    keptLastGood: 'The slides show the previous version until the error is fixed.',
    reloaded: (file) => `↻ ${file} changed – the slides are updated`,
    running: (url) => `Preview at ${url}`,
    runningHint: 'Change the plan or the content in decks/, and the page updates on the same slide. Stop with Ctrl+C.',
  },

  wizard: {
    intro: 'New session plan',
    title: 'Title of the session (on the first slide)',
    organisation: 'Organisation or unit',
    date: 'Date',
    datePlaceholder: 'YYYY-MM-DD, may be empty',
    start: 'Start time',
    optional: 'may be empty',
    required: 'Please write something here.',
    introduction: 'Which introduction? (arrow keys, Enter)',
    short: 'Short introduction',
    shortHint: 'about 25 min',
    long: 'Long introduction',
    longHint: 'about 150 min with two breaks',
    none: 'No introduction',
    noneHint: 'core competencies only',
    track: 'Which track? (arrow keys, Enter)',
    kunnskap: 'lectures, facts and models – large groups, little time',
    praksis: 'cases and exercises – teams who will use it at work',
    erfaring: 'reflection and conversation about work experience – safe, smaller groups',
    competencies: 'Core competencies after the introduction? (space selects, Enter continues)',
    competencyTitles: ['What are trauma and life stressors?', 'What is trauma-informed practice?', 'Brain, genes and resilience', 'A robust working environment', 'Using trauma-informed practice'],
    lunch: (hours) => `The session lasts more than ${hours} hours. Will you have lunch?`,
    lunchWhere: 'Where should lunch be? (arrow keys, Enter)',
    lunchTitle: 'Lunsj',
    breakCount: 'How many breaks (besides those in the content)?',
    suggested: 'suggested',
    breakWhere: (n) => `Where should break ${n} be? (arrow keys, Enter)`,
    breakAt: (title, clock) => `after “${title}” (about ${clock})`,
    breakMinutes: 'How many minutes?',
    minutesHint: 'Write a whole number of minutes, 1–180.',
    badBreakFlag: (text) => `--break ${text}: cannot read this break`,
    breakFlagHint: 'Write for example --break after=intro/hva-er-traume,minutes=10 (title=Lunsj may be added).',
    breakPositionsHint: 'See where breaks can go with: fasilitator list',
    yes: 'Yes',
    no: 'No',
    facilitators: 'Facilitator(s), separated by commas',
    audience: 'Audience',
    theme: 'Which look? (arrow keys, Enter)',
    themeHints: {
      default: 'neutral, for any municipality',
      kontrast: 'dark background, for bright rooms and weak projectors',
      oslo: "Oslo kommune's look (Oslo Sans, logo) – for Oslo kommune's own units only",
    },
    cancelled: 'Cancelled – nothing was written.',
    exists: (file) => `${file} already exists`,
    needFileHint: 'Give a file name for the plan, for example: fasilitator new plans/staff-meeting.yaml',
    existsHint: 'Choose another file name, or add --force to overwrite it.',
    needFlags: 'needs --introduction and --track when no questions are asked',
    needFlagsHint: 'For example: fasilitator new --introduction short --track praksis --start 09:00 -y plan.yaml',
    written: (file) => `✔ Wrote ${file}`,
    next: (file) => `Build the slides with: fasilitator build ${file}`,
    comments: {
      header: (date) => `Session plan made with “fasilitator new” ${date}. Edit freely: every field is explained in README.md.`,
      check: 'Check the plan and see the agenda with: fasilitator check <this file>',
      organisation: 'Bydel Eksempel',
      end: 'when time is up; fasilitator warns if the session does not fit',
      facilitators: 'Kari Nordmann',
      audience: 'Staff in home care',
      introduction: 'short (about 25 min) · long (about 150 min) · none',
      track: 'kunnskap · praksis · erfaring',
      competencies: 'core competencies 1–5 after the introduction',
      breaks: 'breaks besides those in the content',
      overlay: 'auto: timer on the projector only without the speaker view (key T)',
      theme: 'default · kontrast · oslo (Oslo kommune\'s look)',
    },
  },

  site: {
    noPlans: (arg: string) => `site builds the whole programme and takes no plan or folder argument (got “${arg}”)`,
    noPlansHint: 'Choose the folder with -o, for example: fasilitator site -o dist/kurs. For one plan: fasilitator build <plan.yaml>.',
    building: (i: number, n: number, name: string) => `${i}/${n} ${name} …`,
    pdf: (i: number, n: number, name: string) => `PDF ${i}/${n} ${name} …`,
    done: (dir: string, decks: number, files: number, size: string, ms: number) =>
      `✔ The course folder is ready: ${dir} (${decks} sessions, ${files} files, ${size}, ${(ms / 1000).toFixed(1)} s)`,
    openHint: (path: string) => `Open ${path} in a browser, or copy the whole folder to a memory stick or the intranet.`,
    notOurs: (dir: string) => `the folder ${dir} exists and was not made by fasilitator site`,
    notOursHint: 'Choose another folder with -o, or use --force to replace it.',
    failed: (n: number) => `${n} ${n === 1 ? 'session' : 'sessions'} could not be built; nothing was written.`,
    pptx: (i, n, name) => `PowerPoint ${i}/${n} ${name} …`,
    title: 'Course folder',
    lead: 'Choose what you will cover, the track, the date and the start time. You will see the agenda with clock times, and the slides open with the right time in the timer.',
    offline: 'Everything here works offline, also from a memory stick.',
    chooseModules: 'What will you cover?',
    introductions: 'Introduction',
    competencies: 'Core competencies',
    noIntro: 'No introduction',
    chooseTrack: 'Track',
    trackHelp: {
      kunnskap: 'You present facts, figures and models, with short question rounds and quizzes. Suits large groups, little time and newcomers to the subject.',
      praksis: 'Participants work on cases and small exercises from their own work. Suits teams who work together and want to use what they know.',
      erfaring: 'Participants reflect on their own work experience, alone and in conversation. Suits safe, established groups (ideally under 20). Nobody has to share anything personal; ideally two facilitators.',
    } as Record<string, string>,
    when: 'When',
    date: 'Date',
    start: 'Start time',
    breakMinutes: 'Break between modules (minutes)',
    agenda: 'Agenda',
    agendaEmpty: 'Choose at least one module to see the agenda.',
    clock: 'Time',
    minutes: 'Min',
    section: 'Part',
    activity: 'Activity',
    breakTitle: 'Break',
    total: (minutes: number, start: string, end: string) => `${minutes} min in all, ${start}–${end}.`,
    present: 'Show the slides',
    allSessions: 'All sessions',
    allLead: 'Every module in every track, with manuscript, guide and participant copy. These links open with the time as built (09:00).',
    module: 'Module',
    noScript: 'The agenda and clock times need JavaScript. The links below work without it.',
  },

  index: {
    title: 'Sessions',
    lead: (n) => `${n} ${n === 1 ? 'session' : 'sessions'} built with fasilitator. The slides work offline.`,
    when: 'When',
    session: 'Session',
    track: 'Track',
    files: 'Files',
    noDate: 'no date',
    links: { deck: 'slides', manus: 'manuscript', notes: 'slides with manuscript', guide: 'guide', participant: 'participant copy', slidesPdf: 'lysark.pdf', notesPdf: 'lysark-med-manus.pdf', manusPdf: 'manus.pdf', slidesPptx: 'lysark.pptx (PowerPoint)' },
    written: (path, n) => `Overview of ${n} ${n === 1 ? 'session' : 'sessions'}: ${path}`,
    building: (i, n, plan) => `${i}/${n} ${plan} …`,
  },

  tracks: { kunnskap: 'Kunnskap (knowledge)', praksis: 'Praksis (practice)', erfaring: 'Erfaring (experience)' },
  introductions: { short: 'Short introduction', long: 'Long introduction', none: 'No introduction' },
};
