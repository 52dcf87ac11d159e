// Norwegian bokmål: the default language and the source of truth for the message catalogue.
// Every user-facing sentence of the CLI lives here (en.ts mirrors it); messages say what is wrong
// and what to do next, in plain words for facilitators who are not programmers.

import { safetyNb } from './safety-nb.js';

const list = (items: readonly string[]): string => items.join(', ');
const quote = (text: string): string => `«${text}»`;

export const nb = {
  lang: 'nb' as string,
  quote,
  severity: { error: 'feil', warning: 'advarsel' },
  hintLabel: 'tips',
  safety: safetyNb,
  didYouMean: (suggestion: string) => `Mente du ${quote(suggestion)}?`,
  valid: (values: readonly string[]) => `Gyldige: ${list(values)}.`,

  file: {
    notFound: (path: string) => `finner ikke filen ${path}`,
    notFoundHint: 'Sjekk stavemåten og mappen. Eksempelplaner ligger i plans/.',
    isDirectory: (path: string) => `${path} er en mappe, ikke en fil`,
    isDirectoryHint: 'Oppgi en YAML-fil, for eksempel plans/kort-intro-praksis.yaml, eller plans/*.yaml for alle.',
    notUtf8: 'filen er ikke lagret som UTF-8-tekst',
    notUtf8Hint: 'Lagre filen som UTF-8 i editoren (det er standard i VS Code og de fleste editorer).',
    unreadable: (reason: string) => `kan ikke lese filen (${reason})`,
    unreadableHint: 'Sjekk at du har lesetilgang til filen.',
    empty: 'filen er tom',
    emptyPlanHint: 'En plan trenger minst «introduction» og «track». Lag en ny med: fasilitator new plan.yaml',
  },

  yaml: {
    syntax: (detail: string) => `YAML-feil: ${detail}`,
    codes: {
      BAD_INDENT: 'feil innrykk',
      BLOCK_AS_IMPLICIT_KEY: 'en linje har to kolon; sett teksten i anførselstegn',
      DUPLICATE_KEY: 'feltet står to ganger',
      MISSING_CHAR: 'et tegn mangler (for eksempel en avsluttende ] eller ")',
      TAB_AS_INDENT: 'tabulator brukt som innrykk',
      MULTILINE_IMPLICIT_KEY: 'en nøkkel går over flere linjer',
      UNEXPECTED_TOKEN: 'uventet tegn',
      BAD_SCALAR_START: 'verdien kan ikke starte med dette tegnet; sett den i anførselstegn',
      BLOCK_IN_FLOW: 'blokk inne i en [liste] eller {mappe} på én linje',
      MISSING_KEY: 'mangler et feltnavn før kolon',
    } as Record<string, string>,
    /** Finer wording for some of the yaml package's messages, matched on its English text. */
    patterns: [
      ['Sequence item without - indicator', 'linjen står ikke på linje med linjen over (feil innrykk)'],
      ['end with a ]', 'en liste med [ mangler avsluttende ]'],
      ['Missing closing "quote', 'et anførselstegn mangler på slutten av teksten'],
      ['Implicit map keys need to be followed by map values', 'et felt mangler kolon etter navnet'],
    ] as [string, string][],
    hint: 'Bruk mellomrom (ikke tabulator) til innrykk, og sett tekst med kolon eller # i anførselstegn.',
    duplicateHint: 'Fjern den ene av linjene.',
  },

  plan: {
    notAMap: 'planen må bestå av felter som «track: praksis», én per linje',
    notAMapHint: 'Se plans/ for eksempler, eller lag en ny med: fasilitator new plan.yaml',
    fields: {
      title: 'tittel',
      organisation: 'virksomhet',
      date: 'dato',
      start: 'starttid',
      end: 'sluttid',
      facilitators: 'fasilitatorer',
      audience: 'målgruppe',
      introduction: 'introduksjon',
      track: 'spor',
      competencies: 'kjernekompetanser',
      breaks: 'pauser',
      timer: 'tidtaker',
      language: 'språk',
      theme: 'tema',
      after: 'etter',
      at: 'klokkeslett',
      minutes: 'minutter',
      overlay: 'vis tidtaker',
      tracks: 'spor',
      optional: 'valgfritt',
      notice: 'forvarsel',
      sources: 'kilder',
      class: 'oppsett',
      activity: 'aktivitet',
      purpose: 'formål',
      instruction: 'instruks',
      group: 'gruppe',
      materials: 'materiell',
      debrief: 'oppsummering',
      alternative: 'alternativ',
      kind: 'type',
      number: 'nummer',
      tolerance: 'slingringsmonn',
      goals: 'læringsmål',
      skill: 'ferdighet',
      id: 'id',
      file: 'fil',
      break: 'pause',
      short: 'kortform',
      text: 'tekst',
      url: 'lenke',
      status: 'status',
      note: 'merknad',
      sound: 'lyd',
    } as Record<string, string>,
    unknownKey: (key: string) => `ukjent felt ${quote(key)}`,
    unknownKeyHint: (suggestion: string | undefined, valid: readonly string[]) =>
      `${suggestion ? `Mente du ${quote(suggestion)}? ` : ''}Gyldige felt her: ${list(valid)}.`,
    missing: (key: string, label: string) => `mangler feltet ${quote(key)} (${label})`,
    missingHint: (example: string) => `Legg til en linje som: ${example}`,
    unknownValue: (key: string, value: string, label: string) => `${key}: ${value} — ukjent ${label}`,
    unknownValueHint: (suggestion: string | undefined, valid: readonly string[]) =>
      `${suggestion ? `Mente du ${quote(suggestion)}? ` : ''}Gyldige: ${list(valid)}.`,
    wrongType: (key: string, expected: string, actual: string) => `${quote(key)} skal være ${expected}, men er ${actual}`,
    types: {
      string: 'tekst',
      number: 'et tall',
      integer: 'et helt tall',
      boolean: 'true eller false',
      array: 'en liste',
      object: 'en gruppe med felt',
      null: 'tom',
      overlay: 'auto, true eller false',
      stringOrList: 'tekst eller en liste med navn',
    } as Record<string, string>,
    overlayHint: 'Skriv overlay: auto (tidtaker på lerretet bare uten manusvindu), true (alltid) eller false (aldri).',
    namesAsText: (key: string) => `${quote(key)}: hvert navn må være tekst`,
    namesHint: 'Skriv ett navn, eller en liste: facilitators: [Kari Nordmann, Ola Nordmann]',
    booleanHint: (key: string) => `Skriv ${key}: true eller ${key}: false.`,
    outOfRange: (key: string, value: string, _dir: string) => `${key}: ${value} — utenfor gyldig område`,
    unknownTheme: (name: string) => `theme: ${name} — finner ikke temaet`,
    clock: (key: string, value: string) => `${key}: ${value} — ikke et klokkeslett`,
    clockHint: 'Skriv klokkeslett som "09:00" (timer:minutter, 00:00–23:59).',
    date: (value: string) => `date: ${value} — ikke en gyldig dato`,
    dateHint: 'Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-12-03.',
    theme: (value: string) => `theme: ${value} — ugyldig navn på tema`,
    themeHint: 'Temanavn er små bokstaver, tall og bindestrek, som «default».',
    emptyText: (key: string) => `${quote(key)} er tom`,
    emptyTextHint: 'Skriv en verdi, eller fjern linjen.',
    competencyRange: (value: string) => `kjernekompetanse ${value} finnes ikke`,
    competencyRangeHint: 'Kjernekompetansene er nummerert 1–5, for eksempel competencies: [1, 2].',
    competencyDuplicate: (n: number) => `kjernekompetanse ${n} står to ganger`,
    competencyDuplicateHint: 'Fjern den ene.',
    competencyOrder: (given: string, recommended: string) =>
      `kjernekompetansene kommer i rekkefølgen ${given}; anbefalt er ${recommended}`,
    competencyOrderHint: 'Pakken anbefaler nummerert rekkefølge. Er rekkefølgen med vilje, kan du se bort fra dette.',
    minutesRange: (value: string) => `minutes: ${value} — en pause må være 1–120 minutter`,
    minutesRangeHint: 'Skriv antall minutter som et helt tall, for eksempel minutes: 10.',
    breakNeedsPlace: 'pausen mangler «after» eller «at»',
    breakNeedsPlaceHint: 'Skriv for eksempel «after: intro» eller «at: "10:15"».',
    breakBothPlaces: 'pausen har både «after» og «at»',
    breakBothPlacesHint: 'Velg én av dem.',
    breakTarget: (value: string) => `after: ${value} — finner ikke denne delen av økten`,
    breakTargetHint: (suggestion: string | undefined, valid: readonly string[]) =>
      `${suggestion ? `Mente du ${quote(suggestion)}? ` : ''}Mulige: ${list(valid)}.`,
    breakMoved: (wanted: string, actual: string) =>
      `pausen «at: ${wanted}» er lagt til nærmeste seksjonsskifte, kl. ${actual}`,
    breakMovedHint: 'Pauser legges mellom seksjoner, så ingen seksjon blir delt. Juster klokkeslettet om du vil.',
    breakOutside: (wanted: string) => `pausen «at: ${wanted}» er utenfor øktens tid`,
    breakOutsideHint: 'Velg et klokkeslett mellom start og slutt på økten.',
    moduleMissing: (label: string) => `${label} finnes ikke i innholdet ennå`,
    moduleMissingHint: (available: readonly string[]) =>
      available.length > 0 ? `Tilgjengelig: ${list(available)}. Se: fasilitator list` : 'Se: fasilitator list',
    nothingToShow: 'planen har verken introduksjon eller kjernekompetanser',
    nothingToShowHint: 'Sett «introduction: short» eller «long», eller legg til «competencies: [1]».',
    overrun: (planned: string, end: string, minutes: number) =>
      `økten varer til kl. ${planned}, men skal være ferdig kl. ${end} (${minutes} min for lite tid)`,
    overrunHint: 'Dette gir tid tilbake (velg ett eller flere):',
    underrun: (planned: string, end: string, minutes: number) => `økten er ferdig kl. ${planned}, ${minutes} min før «end: ${end}»`,
    underrunHint: 'Velg ett av disse:',
    timeOption: {
      laterEnd: (end: string, minutes: number) => `sett «end: ${end}» (${minutes} min senere)`,
      earlierEnd: (end: string) => `sett «end: ${end}», så stemmer planen med økten`,
      shorterBreak: (title: string, from: number, to: number, minutes: number) => `kort ned «${title}» fra ${from} til ${to} min (gir ${minutes} min)`,
      dropCompetency: (n: number, minutes: number) => `ta bort kjernekompetanse ${n} (gir ${minutes} min)`,
      shortIntro: (minutes: number) => `velg kort introduksjon i stedet for lang (gir ${minutes} min)`,
      addCompetency: (n: number, minutes: number) => `legg til kjernekompetanse ${n} (${minutes} min): competencies: [..., ${n}]`,
      longerBreaks: (minutes: number) => `bruk de ${minutes} minuttene på en lengre pause eller mer tid til samtale`,
    },
    pastMidnight: 'økten varer forbi midnatt',
    pastMidnightHint: 'Sjekk «start» og pausene.',
    examples: {
      introduction: 'introduction: short',
      track: 'track: praksis',
      minutes: 'minutes: 10',
      after: 'after: intro',
      at: 'at: "10:15"',
    } as Record<string, string>,
  },

  content: {
    noModules: (dir: string) => `fant ingen moduler i ${dir}`,
    noModulesHint: 'En modul er en mappe med module.yaml i innholdsmappen. Bruk --decks for å peke på innholdsmappen (den med modulmappene og sources.yaml), eller sløyfe --decks for kursets eget innhold.',
    moduleMeta: (detail: string) => `module.yaml: ${detail}`,
    badSectionId: (value: string) => `id: ${value} — ugyldig seksjons-id`,
    badSectionIdHint: 'Bruk små bokstaver, tall og bindestrek, for eksempel «hva-er-traume».',
    needsIntroduction: 'en introduksjonsmodul må si om den er kort eller lang',
    needsIntroductionHint: 'Legg til «introduction: short» eller «introduction: long».',
    needsNumber: 'en kjernekompetanse må ha et nummer',
    needsNumberHint: 'Legg til for eksempel «number: 1».',
    duplicateSection: (id: string) => `seksjonen ${quote(id)} står to ganger`,
    duplicateSectionHint: 'Hver seksjon trenger sin egen id.',
    sectionNeedsFile: (id: string) => `seksjonen ${quote(id)} mangler «file»`,
    sectionNeedsFileHint: 'Skriv hvilken Markdown-fil som har lysbildene, eller «break: true» for en pause.',
    sectionFile: (file: string) => `seksjonsfilen ${file} finnes ikke`,
    sectionFileHint: 'Lag filen, eller rett «file» i module.yaml.',
    duplicateModule: (id: string) => `modulen ${quote(id)} finnes i to mapper`,
    slideMeta: (detail: string) => `lysbildets innstillinger: ${detail}`,
    slideMetaHint: 'Innstillingene står mellom to linjer med --- øverst på lysbildet. Se decks/README.md.',
    unknownSlideKey: (key: string) => `ukjent innstilling ${quote(key)}`,
    badClass: (value: string) => `class: ${value} — ugyldig navn`,
    badClassHint: 'Bruk små bokstaver og bindestrek, for eksempel «class: center».',
    emptySlide: 'tomt lysbilde',
    emptySlideHint: 'Fjern den ekstra linjen med ---, eller skriv innhold.',
    noNotes: 'lysbildet har ikke manus',
    noNotesHint: 'Legg til en linje «Manus:» og skriv hva fasilitator sier, under den.',
    noTitle: 'lysbildet mangler overskrift',
    noTitleHint: 'Start lysbildet med en overskrift, for eksempel «# Hva er et traume?».',
    sourceUnknown: (code: string) => `ukjent kilde ${quote(code)}`,
    sourceUnknownHint: (suggestion: string | undefined) =>
      `${suggestion ? `Mente du ${quote(suggestion)}? ` : ''}Kildene står i decks/sources.yaml.`,
    imageRemote: (src: string) => `bildet ${src} ligger på nettet`,
    imageRemoteHint: 'Et dekk må virke uten nett. Last ned bildet og legg det i modulmappen.',
    imageMissing: (path: string) => `finner ikke bildet ${path}`,
    imageMissingHint: 'Legg bildet i modulmappen, og skriv stien relativt til Markdown-filen.',
  },

  cli: {
    unknownCommand: (name: string) => `ukjent kommando ${quote(name)}`,
    commandsHint: 'Kommandoer: new, build, site, pdf, pptx, check, list, serve, dev, doctor. Se: fasilitator --help',
    unknownOption: (name: string) => `ukjent valg ${name}`,
    missingValue: (name: string) => `valget ${name} trenger en verdi`,
    unexpectedValue: (name: string) => `valget ${name} tar ingen verdi`,
    noPlans: 'ingen plan oppgitt',
    noPlansHint: 'Skriv stien til en plan, for eksempel: fasilitator build plans/kort-intro-praksis.yaml',
    checkNoPlansHint: 'Skriv stien til en plan (fasilitator check plans/kort-intro-praksis.yaml), eller sjekk innholdet med: fasilitator check --content',
    badLang: (value: string) => `--lang ${value}: ukjent språk`,
    seeHelp: (command: string) => `Se: fasilitator ${command} --help`,
    bug: 'Noe gikk galt inne i fasilitator. Dette er en feil i verktøyet, ikke i planen din.',
    bugHint: 'Meld fra med teksten under, så vi kan rette det.',
    summary: (errors: number, warnings: number) =>
      `${errors} ${errors === 1 ? 'feil' : 'feil'}, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}`,
    built: (name: string, dir: string, ms: number) => `✔ ${name} → ${dir} (${ms} ms)`,
    buildFailed: (name: string) => `✖ ${name}: ikke bygget`,
    noRuntime: 'nettleserdelen av fasilitator er ikke bygget',
    noRuntimeHint: 'Kjør «npm install» (eller «npm run build») i fasilitator-mappen først.',
    buildSummary: (built: number, failed: number) => `${built} bygget, ${failed} feilet`,
    interrupted: 'Avbrutt. Halvferdige filer er fjernet; forrige versjon er urørt.',
    nothingWritten: 'Ingenting er skrevet; forrige versjon er urørt.',
    openHint: (path: string) => `Åpne ${path} i nettleseren. Trykk S for manus, ? for hjelp.`,
    checkOk: (name: string) => `✔ ${name} er i orden`,
    serving: (url: string) => `Økten vises på ${url}`,
    servingHint: 'Åpne adressen i nettleseren. Trykk S for manus, ? for hjelp. Stopp med Ctrl+C.',
    serveHint: 'Bygg først, for eksempel: fasilitator build plans/kort-intro-praksis.yaml',
    badPort: (value: string) => `--port ${value}: ikke et portnummer`,
    extraArgument: (value: string) => `for mange argumenter: ${quote(value)}`,
    serveNotFolder: (path: string) => `${path} er en fil, ikke en mappe`,
    serveNotFolderHint: 'Oppgi mappen lysarkene ble bygget i, for eksempel: fasilitator serve dist',
    portBusy: (port: number) => `port ${port} er opptatt`,
    portBusyHint: 'Velg en annen med --port, eller stopp programmet som bruker den.',
  },

  agenda: {
    heading: (title: string) => `Agenda: ${title}`,
    clock: 'Kl.',
    minutes: 'Min',
    section: 'Seksjon',
    activity: 'Aktivitet / pause',
    needed: 'Behov',
    id: 'Id',
    neededTotal: (needed: string, planned: number, percent: number) => `Stoffet trenger ${needed} av ${planned} min uten pauser (${percent} %)`,
    neededLegend: 'Behov = minuttene stoffet trenger i sporet: manus med 130 ord i minuttet + aktiviteter (se decks/README.md).',
    total: (minutes: number, start: string, end: string) => `Totalt ${minutes} min, kl. ${start}–${end}`,
    breakLabel: 'Pause',
    track: (name: string) => `Spor: ${name}`,
  },

  deck: {
    defaultTitle: 'Livet skjer med oss alle',
    subtitle: 'Veien mot en traumebevisst praksis',
    breakTitle: 'Pause',
    sourcesTitle: 'Kilder',
    sourcesLead: 'Tall og fakta i denne økten bygger på:',
    competency: (n: number) => `Kjernekompetanse ${n}`,
    facilitatorsLabel: (count: number): string => (count === 1 ? 'Fasilitator' : 'Fasilitatorer'),
    noticeLabel: 'Forvarsel',
    activityLabel: 'Aktivitet',
    minutes: (n: number) => `${String(n).replace('.', ',')} min`,
    breakResume: (clock: string) => `Vi starter igjen kl. ${clock}`,
    breakBody: 'Strekk på kroppen, få litt luft, hent noe å drikke.',
    sourceLabel: 'Kilde',
    voluntary: 'Frivillig – «pass» er lov',
    sourcesLabel: 'Kilder',
    sourcesInList: 'se kildelista',
    statusLabel: { verified: 'kontrollert', secondary: 'sitert via annen kilde', unverified: 'ikke kontrollert' } as Record<string, string>,
    slideLabel: (n: number, total: number) => `Lysbilde ${n} av ${total}`,
    trackLabel: 'Spor',
    language: 'nb' as string,
  },

  manus: {
    title: (title: string) => `Manus: ${title}`,
    agenda: 'Agenda',
    manuscript: 'Manus lysbilde for lysbilde',
    clock: 'Kl.',
    minutes: 'Min',
    section: 'Seksjon',
    activity: 'Aktivitet / pause',
    slide: 'Lysbilde',
    planned: (clock: string, minutes: string) => `kl. ${clock} · ${minutes}`,
    notice: 'Forvarsel: si dette før du viser lysbildet',
    activityCard: 'Aktivitet',
    purpose: 'Formål',
    instruction: 'Instruks (les høyt)',
    group: 'Gruppe',
    materials: 'Materiell',
    debrief: 'Oppsummering',
    alternative: 'Hvis noen ikke vil delta',
    optional: 'Kan hoppes over ved tidsnød',
    noNotes: 'Dette lysbildet har ikke manus ennå.',
    sources: 'Kilder i denne økten',
    total: (minutes: number, start: string, end: string) => `Totalt ${minutes} min, kl. ${start}–${end}`,
    print: 'Skriv ut',
    facts: (track: string, audience: string | undefined) => `Spor: ${track}${audience ? ` · Målgruppe: ${audience}` : ''}`,
    goals: 'Læringsmål',
    skill: 'Ferdighet',
  },

  notes: {
    titleNotes: (clock: string) =>
      `Vises mens folk kommer. Økten starter kl. ${clock}: gå til neste lysbilde når du begynner, så starter tidtakeren.`,
    breakNotes: (clock: string) =>
      `Si når dere starter igjen (kl. ${clock} etter planen). Vær tilgjengelig i pausen for den som vil snakke med deg.`,
    sourcesNotes: 'Kildelisten vises etter avslutningen, og kan sendes til deltakerne sammen med lysarkene.',
  },

  help: {
    main: {
      about: (version: string) => `fasilitator ${version} – lysark, manus og tidtaker for kurs i traumebevisst praksis

Bruk:
  fasilitator <kommando> [valg]

Kommandoer:
  build <plan.yaml…>   bygg lysark (index.html), manus (manus.html) og tidsplan
  site                 hele kursprogrammet i én mappe med startside (minnepinne, intranett)
  pdf <plan.yaml…>     som build, og lag lysark.pdf, lysark-med-manus.pdf og manus.pdf
  pptx <plan.yaml…>    som build, og lag lysark.pptx (PowerPoint med manus i notatene)
  check <plan.yaml…>   sjekk planer og innhold, og vis agendaen med klokkeslett
  list                 vis modulene, sporene og hvor lang tid de tar
  serve [mappe]        vis ferdige lysark i nettleseren på denne maskinen
  dev <plan.yaml>      forhåndsvis mens du skriver: oppdateres når du lagrer
  new [fil.yaml]       lag en ny øktplan: svar på noen spørsmål
  doctor               sjekk at maskinen har det som trengs (Node, nettleser for PDF …)`,
      optionsHeading: 'Valg for alle kommandoer:',
      more: `Kom i gang:
  fasilitator build plans/kort-intro-praksis.yaml
  fasilitator check plans/*.yaml

Mer: README.md, og decks/README.md for deg som skriver innhold.`,
    },
    // What each command does and examples; the option list between them is generated (src/cli/help.ts).
    commands: {
      site: {
        about: `fasilitator site – hele kursprogrammet i én mappe, med startside

Bruk:
  fasilitator site [-o mappe] [valg]

Bygger alle introduksjoner og kjernekompetanser i alle tre spor (Kunnskap,
Praksis, Erfaring), hver med lysark, manus, veiledning og deltakerkopi, i én
mappe med en startside (index.html). På startsiden velger fasilitator modul,
spor, dato og starttid, ser agendaen med klokkeslett og åpner lysarkene –
uten å installere noe. Mappen virker uten nett: kopier den til en minnepinne
eller legg den på intranettet. Felles filer (skrift, tema, tidtaker) ligger
én gang i felles/.`,
        more: `Eksempler:
  fasilitator site
  fasilitator site -o /media/minnepinne/traumekurs --pdf`,
      },
      build: {
        about: `fasilitator build – bygg lysark og manus fra øktplaner

Bruk:
  fasilitator build <plan.yaml…> [valg]

Lager for hver plan en mappe <ut>/<plannavn>/ med:
  index.html              lysarkene – åpne i nettleseren (S = manus, ? = hjelp)
  manus.html              kjøreplan og manus for fasilitator, klar til utskrift
  lysark-med-manus.html   hvert lysbilde med manuset under, for å øve på papir
  deltaker/               lysarkene uten manus og tidtaker, til å dele
  schedule.json           tidsplanen (for andre verktøy)
Mappen virker uten nett, også fra en minnepinne. Bygger du på nytt, byttes
hele mappen ut på en gang; feiler noe, står forrige versjon urørt. En mappe
som ikke er laget av fasilitator, blir aldri erstattet uten --force – og
rotmappen, hjemmemappen og mappen du står i, aldri.`,
        more: `Eksempler:
  fasilitator build plans/kort-intro-praksis.yaml
  fasilitator build plans/kort-intro-praksis.yaml --serve
  fasilitator build plans/*.yaml -o utdata`,
      },
      pdf: {
        about: `fasilitator pdf – lag lysark og manus som PDF

Bruk:
  fasilitator pdf <plan.yaml…> [valg]
  fasilitator build <plan.yaml…> --pdf

Bygger planen (som build) og skriver i tillegg, i den samme mappen:
  lysark.pdf             ett lysbilde per side (16:9), uten manus – til deltakerne
  lysark-med-manus.pdf   hvert lysbilde med manuset under (A4) – for å øve på papir
  manus.pdf              kjøreplanen: agenda med klokkeslett, manus med miniatyr av
                         hvert lysbilde, sidetall og tittel (A4)
Bygger også deltaker/, en kopi av lysarkene uten manus og tidtaker, som kan deles.

Trenger nettleseren Chromium (Debian/Ubuntu: sudo apt-get install chromium), eller
sett CHROME_PATH. Avbryter du (Ctrl+C), fjernes halvferdige filer.`,
        more: `Eksempler:
  fasilitator pdf plans/kort-intro-praksis.yaml
  fasilitator pdf plans/kort-intro-praksis.yaml --files lysark
  fasilitator build plans/*.yaml --pdf`,
      },
      pptx: {
        about: `fasilitator pptx – lag lysarkene som PowerPoint, med manus i notatene

Bruk:
  fasilitator pptx <plan.yaml…> [valg]
  fasilitator build <plan.yaml…> --pptx

Bygger planen (som build) og skriver i tillegg lysark.pptx i den samme mappen:
  ett PowerPoint-lysbilde per lysbilde (16:9), i samme rekkefølge. Titler, punkter,
  nummererte lister, fet og kursiv, tabeller og sitater er vanlig tekst du kan
  endre – for eksempel egne støttenumre eller en lokal case. Figurer er med som bilder.
  Manuset står i notatene (vises i presentasjonsvisningen), med klokkeslett og
  minutter øverst, aktivitetene med instruks og minutter, og kildene.
Virker i PowerPoint og LibreOffice Impress. Skriften er Arial, som alle maskiner har.
Har lysarkene figurer (SVG), brukes nettleseren Chromium til å lage en reservekopi
som PNG for eldre PowerPoint. Avbryter du (Ctrl+C), fjernes halvferdige filer.`,
        more: `Eksempler:
  fasilitator pptx plans/kort-intro-praksis.yaml
  fasilitator build plans/*.yaml --pptx`,
      },
      dev: {
        about: `fasilitator dev – forhåndsvis en plan mens du skriver

Bruk:
  fasilitator dev <plan.yaml> [valg]

Starter en forhåndsvisning på 127.0.0.1 og skriver adressen. Når du lagrer
planen eller en fil i decks/, bygges lysarkene på nytt og siden lastes inn
igjen på samme lysbilde (på under et sekund). Har endringen en feil, vises den
over lysarkene – med fil, linje og tips – og forrige versjon står til feilen
er rettet. Stopp med Ctrl+C.`,
        more: `Eksempel:
  fasilitator dev plans/kort-intro-praksis.yaml --open`,
      },
      new: {
        about: `fasilitator new – lag en ny øktplan

Bruk:
  fasilitator new [fil.yaml] [valg]

Spør deg om tittel, virksomhet, dato, starttid, introduksjon, spor,
kjernekompetanser, pauser og lunsj (når dagen er lang), skriver planen (med forklaringer og linjen som
gir hjelp i editoren), sjekker den og viser agendaen. Svarene kan også gis
som valg, for skript. Skriver aldri over en fil uten --force. Avbryter du
(Ctrl+C), skrives ingenting.`,
        more: `Eksempler:
  fasilitator new plans/personalmote.yaml
  fasilitator new --introduction short --track praksis --start 09:00 -y plan.yaml
  fasilitator new --introduction long --track praksis --competencies 1,2 \\
      --break after=intro,minutes=40,title=Lunsj --break after=kk1,minutes=15 -y fagdag.yaml`,
      },
      check: {
        about: `fasilitator check – sjekk øktplaner og vis agendaen

Bruk:
  fasilitator check <plan.yaml…> [valg]
  fasilitator check --content [valg]

Leser planen, sjekker at alt stemmer, og skriver agendaen med klokkeslett.
Sier fra om feil i planen (med fil, linje og kolonne), om økten ikke rekker
innen «end», og om lysbilder mangler manus.

Agendaen viser seksjonenes id (det «breaks: after:» tar) og Behov: minuttene
stoffet trenger i sporet.

Med --content sjekkes alt innholdet i decks/ (for deg som skriver innhold):
manus på hvert lysbilde, komplette aktiviteter, kilder som finnes, minutter
per spor, høyst 50 ord per lysbilde, og stavemåte. En tidstabell viser per
modul og spor om stoffet fyller tiden (manus med 130 ord i minuttet +
aktiviteter); en modul utenfor 80–105 % er en feil. Se decks/README.md.`,
        more: `Eksempler:
  fasilitator check plans/kort-intro-praksis.yaml
  fasilitator check plans/*.yaml --strict
  fasilitator check --content
  fasilitator check --content --no-spelling --decks min-mappe/decks 2>/dev/null`,
      },
      doctor: {
        about: `fasilitator doctor – sjekk at maskinen er klar

Bruk:
  fasilitator doctor [valg]

Sjekker Node.js, nettleseren som brukes til PDF (og hvilken), LibreOffice (valgfritt,
for å prøve PowerPoint-filer), reservefonter og at utmappen kan skrives til.
Sier hva du må installere. Avslutter med kode 3 hvis noe som trengs mangler.`,
        more: ``,
      },
      list: {
        about: `fasilitator list – vis modulene og sporene

Bruk:
  fasilitator list [modul] [valg]

Viser hver modul (introduksjoner og kjernekompetanser) med planlagte minutter,
og hvor mange minutter hvert spor faktisk bruker. Under står seksjonene i hver
modul med navnet en pause bruker for å komme etter dem (after: intro/velkommen).

Eksempler:
  fasilitator list              alle moduler og seksjoner
  fasilitator list kk2          bare kjernekompetanse 2`,
        more: ``,
      },
      serve: {
        about: `fasilitator serve – vis ferdige lysark i nettleseren

Bruk:
  fasilitator serve [mappe] [valg]

Starter en liten webserver på 127.0.0.1 (bare denne maskinen) for mappen
(standard: dist) og skriver adressen. Stopp med Ctrl+C. Lysarkene virker
også uten server: åpne index.html direkte.`,
        more: `Eksempel:
  fasilitator serve dist/kort-intro-praksis`,
      },
    },
  },

  // The generated "Valg:" lists (src/cli/options.ts says which command has which option).
  options: {
    heading: 'Valg:',
    default: (value: string) => `standard: ${value}`,
    values: {
      folder: '<mappe>',
      files: '<liste>',
      port: '<nr>',
      text: '<tekst>',
      date: '<ÅÅÅÅ-MM-DD>',
      clock: '<HH:MM>',
      introduction: '<short|long|none>',
      track: '<kunnskap|praksis|erfaring>',
      competencies: '"1,2"',
      names: '"<navn>, <navn>"',
      break: 'after=<sted>,minutes=<min>[,title=<tekst>]',
      theme: '<default|kontrast|oslo>',
      lang: '<nb|en>',
    },
    descriptions: {
      outFolders: 'hvor mappene lages',
      outSite: 'mappen som lages',
      outDoctor: 'utmappen som skal sjekkes',
      pdfBuild: 'lag også PDF-er (se: fasilitator pdf --help)',
      pdfSite: 'lag også PDF-er av hver økt (tar flere minutter)',
      pptxBuild: 'lag også lysark.pptx for PowerPoint (se: fasilitator pptx --help)',
      pptxSite: 'lag også lysark.pptx (PowerPoint med manus) av hver økt',
      files: 'bare disse PDF-ene: lysark, lysark-med-manus, manus (f.eks. --files lysark)',
      serve: 'vis økten i nettleseren etterpå (som serve; én plan)',
      portServe: 'porten for --serve',
      port: 'port; neste ledige brukes om den er opptatt',
      decks: 'innholdet som brukes (standard: decks/ i fasilitator)',
      forceBuild: 'erstatt også mapper som ikke er laget av fasilitator',
      forceSite: 'erstatt mappen selv om fasilitator ikke laget den',
      forceNew: 'skriv over en fil som finnes',
      open: 'åpne nettleseren',
      json: 'skriv resultatet som JSON (for skript)',
      content: 'sjekk innholdet i decks/ (alle moduler)',
      noSpelling: 'hopp over stavekontrollen (raskere)',
      strict: 'regn advarsler som feil',
      introduction: 'introduksjonen: kort, lang eller ingen',
      track: 'sporet økten følger',
      start: 'når økten starter',
      end: 'når økten skal være ferdig',
      date: 'dagen økten holdes',
      title: 'tittelen på økten',
      organisation: 'virksomheten som holder økten',
      audience: 'hvem økten er for',
      facilitators: 'fasilitatorene, skilt med komma',
      competencies: 'kjernekompetansene, skilt med komma',
      break: 'en pause; gjentas for flere. Stedene: fasilitator list',
      theme: 'utseende (oslo: bare for Oslo kommune)',
      yes: 'ingen spørsmål: bruk valgene og standardverdier',
      lang: 'språk i meldinger og lysark',
      debug: 'vis tekniske detaljer når noe går galt (til feilrapporter)',
      help: 'vis denne hjelpen',
      helpAll: 'vis hjelp (også: fasilitator <kommando> --help)',
      version: 'vis versjonsnummer',
    },
  },

  doctor: {
    names: { node: 'Node.js', chromium: 'Nettleser for PDF', libreoffice: 'LibreOffice', fonts: 'Reservefonter', output: 'Utmappe' },
    nodeOk: (version: string) => `versjon ${version}`,
    nodeOld: (version: string, minimum: string) => `versjon ${version} er for gammel; fasilitator trenger ${minimum} eller nyere`,
    nodeFix: (minimum: string) => `Installer Node.js ${minimum.split('.')[0]} (LTS) eller nyere fra nodejs.org, eller be IT om det.`,
    chromiumOk: (path: string, version?: string) => `${version ?? 'funnet'} (${path})`,
    chromiumMissing: 'fant ingen Chromium, Chrome eller Edge – lysark og manus virker, men ikke PDF-eksport',
    chromiumFix: (platform: string): string =>
      platform === 'linux'
        ? 'Installer Chromium: sudo apt-get install chromium. Eller pek på en nettleser med CHROME_PATH=/sti/til/nettleser.'
        : 'Installer Google Chrome eller Microsoft Edge, eller pek på en nettleser med CHROME_PATH=/sti/til/nettleser.',
    libreofficeOk: (path: string) => `funnet (${path})`,
    libreofficeMissing: 'ikke installert – trengs bare for å prøve PowerPoint-filer her (valgfritt)',
    libreofficeFix: (platform: string): string =>
      platform === 'linux' ? 'Ved behov: sudo apt-get install libreoffice-impress' : 'Ved behov: installer LibreOffice fra libreoffice.org.',
    fontsOk: 'DejaVu er installert (tegn som ✔ ◐ ✖ i PDF-er)',
    fontsMissing: 'DejaVu mangler – tegn som ✔ ◐ ✖ kan bli firkanter i PDF-er (valgfritt)',
    fontsFix: 'Ved behov: sudo apt-get install fonts-dejavu-core',
    outputOk: (dir: string) => `kan skrive til ${dir}`,
    outputDenied: (dir: string, ancestor: string) => `kan ikke skrive til ${dir} (${ancestor} er skrivebeskyttet eller ikke en mappe)`,
    outputFix: 'Velg en annen mappe med -o, for eksempel en mappe i hjemmeområdet ditt.',
    allOk: '✔ Maskinen er klar.',
    somethingMissing: '✖ Noe som trengs mangler. Se rådene over.',
  },

  list: {
    module: 'Modul',
    use: 'I planen',
    minutes: 'Min',
    footer: 'Min = planlagt tid. Sporkolonnene viser minuttene hvert spor faktisk bruker, pauser medregnet.',
    unknownModule: (name: string) => `ukjent modul ${quote(name)}`,
    breakAfterModule: (ref: string) => `pause etter hele modulen: after: ${ref}`,
    breakAfter: 'Pause etter (skriv i planen)',
    section: 'Seksjon',
    contentBreak: '(pause i innholdet)',
    sectionsFooter: 'En pause kan stå etter hvilken som helst seksjon: skriv linjen i første kolonne under breaks: i planen, for eksempel\n  breaks:\n    - after: intro/hva-er-traume\n      minutes: 10',
  },

  lint: {
    tooMuchText: (words: number, max: number) => `lysbildet har ${words} ord; grensen er ${max}`,
    tooMuchTextHint: 'Et lysbilde skal kunne leses på noen sekunder. Flytt tekst til manuset, eller del lysbildet i to.',
    caveatMissing: (short: string, caveat: string) => `${short} er ikke kontrollert mot primærkilden, og lysbildet mangler «${caveat}»`,
    caveatMissingHint: 'Et tall med status ✖ skal aldri stå alene. Skriv forbeholdet på lysbildet, for eksempel i overskriften.',
    activityMissing: (title: string, fields: readonly string[]) => `aktiviteten «${title}» mangler ${fields.join(', ')}`,
    activityMissingHint: 'En aktivitet trenger instruks (slik den leses høyt), formål, gruppe, materiell, oppsummering og et alternativ for den som ikke vil delta.',
    emptyTrack: (section: string, track: string) => `seksjonen «${section}» har ingen lysbilder i sporet ${track}`,
    emptyTrackHint: 'Gi minst ett lysbilde til alle spor (uten «tracks:» vises det i alle).',
    sectionTime: (section: string, track: string, actual: string, planned: string) =>
      `seksjonen «${section}» tar ${actual} min i sporet ${track}, men har ${planned} min i module.yaml`,
    sectionTimeHint: 'Juster «minutes» på lysbildene, eller seksjonens minutter i module.yaml.',
    moduleTime: (title: string, track: string, actual: string, planned: number, tolerance: number) =>
      `${title} tar ${actual} min i sporet ${track}; planlagt er ${planned} ± ${tolerance} min`,
    moduleTimeHint: 'Juster minuttene i seksjonene. fasilitator list viser minuttene per spor.',
    spelling: (word: string) => `ukjent ord «${word}»`,
    spellingHint: (suggestions: readonly string[]) =>
      `${suggestions.length ? `Mente du ${suggestions.map((s) => `«${s}»`).join(' eller ')}? ` : ''}Er ordet riktig, legg det i decks/cspell-ord.txt.`,
    contentOk: (modules: number, slides: number) => `✔ innholdet er i orden: ${modules} ${modules === 1 ? 'modul' : 'moduler'}, ${slides} lysbilder`,
    contentSummary: (errors: number, warnings: number) => `innholdet har ${errors} feil og ${warnings} advarsler`,
    spellingLoading: 'Sjekker stavemåte …',
    kindMissing: (title: string, kind: string) => `aktiviteten «${title}» mangler «kind»; tidsmodellen gjetter ${kind} ut fra «group»`,
    kindMissingHint: 'Skriv hva slags aktivitet det er under activity:, for eksempel «kind: par». Gyldige: refleksjon, par, gruppe, plenum, quiz.',
    activityTooShort: (title: string, kind: string, minutes: string, minimum: string) =>
      `aktiviteten «${title}» har ${minutes} min, men en aktivitet av typen ${kind} tar minst ${minimum} min`,
    activityTooShortHint: (minimum: string) =>
      `Sett «minutes» til minst ${minimum} (tidsmodellen regner uansett med ${minimum} min), eller rett «kind» hvis aktiviteten er av en annen type.`,
    sectionOver: (section: string, track: string, needed: string, planned: string, percent: number) =>
      `seksjonen «${section}» trenger ${needed} min i sporet ${track}, men har ${planned} min (${percent} %)`,
    sectionOverHint: 'Kort ned manuset eller en aktivitet, eller gi seksjonen flere minutter i module.yaml (og ta dem fra en seksjon som har for lite stoff).',
    sectionUnder: (section: string, track: string, needed: string, planned: string, percent: number) =>
      `seksjonen «${section}» har stoff for bare ${needed} av ${planned} min i sporet ${track} (${percent} %)`,
    sectionUnderHint: 'Legg til stoff som bærer tiden – et case, et arbeidseksempel, en samtale med oppsummeringsspørsmål (som aktivitet med minutter) – eller gi seksjonen færre minutter i module.yaml.',
    moduleTiming: (title: string, track: string, needed: string, planned: string, percent: number) =>
      `${title} trenger ${needed} min i sporet ${track}, men har ${planned} min planlagt (${percent} %); det skal ligge mellom 80 og 105 %`,
    moduleTimingOverHint: 'Kort ned manus og aktiviteter i seksjonene merket «for mye» i tidstabellen (fasilitator check --content).',
    moduleTimingUnderHint: 'Legg til stoff (case, arbeidseksempler, samtaler med oppsummering) i seksjonene merket «for lite» i tidstabellen, eller gi aktivitetene realistiske minutter.',
    timingHeading: 'Tidsbehov: manus lest med 130 ord i minuttet + aktiviteter (minst minstetiden for typen)',
    timingModule: (title: string, track: string) => `${title} – ${track}`,
    timingColumns: { section: 'Seksjon', planned: 'Plan', speech: 'Tale', activities: 'Akt.', needed: 'Behov', percent: '%' },
    timingTotal: 'Totalt',
    timingOver: 'for mye',
    timingUnder: 'for lite',
    timingWayOver: 'for mye, over 115 %',
    timingLegend: 'Minutter. Seksjoner bør ligge mellom 80 og 105 % (⚠), hele modulen per spor må det (✖). Se decks/README.md.',
  },

  theme: {
    missingPackage: (pkg: string) => `finner ikke pakken ${pkg}, som temaet trenger`,
    missingPackageHint: (pkg: string) => `Installer den på nytt med: npm install ${pkg}`,
    missingFile: (file: string) => `finner ikke filen ${file}, som temaet trenger`,
    unknownToken: (theme: string, token: string) => `temaet «${theme}» bruker fargen ${token}, som Punkt ikke har`,
    unknownTokenHint: 'Rett navnet i templates/themes/<tema>/theme.css, eller oppdater @oslokommune/punkt-css.',
    unknownIcon: (name: string) => `ikonet «${name}» finnes ikke`,
    unknownIconHint: (suggestion: string | undefined) =>
      `${suggestion ? `Mente du «${suggestion}»? ` : ''}Ikonnavn er filnavn uten .svg i node_modules/@oslokommune/punkt-assets/dist/icons/.`,
    iconsCount: (icons: number, items: number) => `icons: ${icons} ikoner, men lista på lysarket har ${items} punkter`,
    iconsCountHint: 'Gi ett ikon per punkt i den første lista, i samme rekkefølge.',
  },
  browser: {
    notFound: 'finner ikke nettleseren Chromium, som trengs for å lage PDF',
    notFoundHint: 'Installer den med: sudo apt-get install chromium (Debian/Ubuntu). Bruker du en annen Chromium eller Chrome, sett CHROME_PATH til stien.',
    failed: (path: string) => `klarte ikke å starte nettleseren (${path})`,
    failedHint: 'Sjekk at nettleseren virker, for eksempel med: chromium --version. Kjør med --debug for detaljer.',
  },

  notesPrint: {
    title: (title: string) => `Lysark med manus: ${title}`,
  },

  pdf: {
    page: 'Side',
    of: 'av',
    pages: (n: number) => `${n} ${n === 1 ? 'side' : 'sider'}`,
    written: (path: string, pages: string, ms: number) => `✔ ${path} (${pages}, ${ms} ms)`,
    working: (plan: string) => `Lager PDF for ${plan} …`,
    starting: 'Starter nettleseren …',
    failed: (file: string) => `nettleseren klarte ikke å lage ${file}`,
    failedHint: 'Prøv igjen. Skjer det igjen, kjør fasilitator doctor for å sjekke nettleseren, og kjør med --debug for detaljer. Lysarkene i mappen virker uten PDF.',
  },

  pptx: {
    noBrowser: 'finner ikke nettleseren Chromium, som trengs for å ta med figurene (diagrammene) i lysark.pptx',
    slides: (n: number) => `${n} ${n === 1 ? 'lysbilde' : 'lysbilder'}`,
    written: (path: string, slides: string, ms: number) => `✔ ${path} (${slides}, ${ms} ms)`,
    working: (plan: string) => `Lager PowerPoint for ${plan} …`,
  },

  guide: { title: 'Brukerveiledning for fasilitatorer' },

  dev: {
    overlayTitle: 'Endringen har en feil – lysarkene viser forrige versjon',
    overlayTitleNoDeck: 'Planen eller innholdet har en feil – rett den, så vises lysarkene',
    fixed: '✔ Feilen er rettet.',
    keptLastGood: 'Lysarkene viser forrige versjon til feilen er rettet.',
    reloaded: (file: string) => `↻ ${file} endret – lysarkene er oppdatert`,
    running: (url: string) => `Forhåndsvisning på ${url}`,
    runningHint: 'Endre planen eller innholdet i decks/, så oppdateres siden og blir stående på samme lysbilde. Stopp med Ctrl+C.',
  },

  wizard: {
    intro: 'Ny øktplan',
    title: 'Tittel på økten (står på første lysbilde)',
    organisation: 'Virksomhet eller enhet',
    date: 'Dato',
    datePlaceholder: 'ÅÅÅÅ-MM-DD, kan stå tom',
    start: 'Starttid',
    optional: 'kan stå tom',
    required: 'Skriv noe her.',
    introduction: 'Hvilken introduksjon? (piltaster, Enter)',
    short: 'Kort introduksjon',
    shortHint: 'ca. 25 min',
    long: 'Lang introduksjon',
    longHint: 'ca. 150 min med to pauser',
    none: 'Ingen introduksjon',
    noneHint: 'bare kjernekompetanser',
    track: 'Hvilket spor? (piltaster, Enter)',
    kunnskap: 'forelesning, fakta og modeller – store grupper, kort tid',
    praksis: 'caser og øvelser – team som vil bruke det på jobben',
    erfaring: 'refleksjon og samtale om arbeidserfaring – trygge, mindre grupper',
    competencies: 'Kjernekompetanser etter introduksjonen? (mellomrom velger, Enter går videre)',
    competencyTitles: ['Hva er traumer og livsbelastninger?', 'Hva er traumebevisst praksis?', 'Hjerne, gener og motstandskraft', 'Robust arbeidsmiljø', 'Bruk av traumebevisst praksis'],
    lunch: (hours: number) => `Økten varer over ${hours} timer. Skal dere ha lunsj?`,
    lunchWhere: 'Hvor skal lunsjen være? (piltaster, Enter)',
    lunchTitle: 'Lunsj',
    breakCount: 'Hvor mange pauser (i tillegg til dem i innholdet)?',
    suggested: 'foreslått',
    breakWhere: (n: number) => `Hvor skal pause ${n} være? (piltaster, Enter)`,
    breakAt: (title: string, clock: string) => `etter «${title}» (ca. kl. ${clock})`,
    breakMinutes: 'Hvor mange minutter?',
    minutesHint: 'Skriv et helt antall minutter, 1–180.',
    badBreakFlag: (text: string) => `--break ${text}: forstår ikke pausen`,
    breakFlagHint: 'Skriv for eksempel --break after=intro/hva-er-traume,minutes=10 (title=Lunsj kan legges til).',
    breakPositionsHint: 'Se hvor pauser kan stå med: fasilitator list',
    yes: 'Ja',
    no: 'Nei',
    facilitators: 'Fasilitator(er), skilt med komma',
    audience: 'Målgruppe',
    theme: 'Hvilket utseende? (piltaster, Enter)',
    themeHints: {
      default: 'nøytralt, for alle kommuner',
      kontrast: 'mørk bakgrunn, for lyse rom og svake prosjektorer',
      oslo: 'Oslo kommunes profil (Oslo Sans, logo) – bare for Oslo kommunes enheter',
    } as Record<string, string>,
    cancelled: 'Avbrutt – ingenting er skrevet.',
    exists: (file: string) => `${file} finnes allerede`,
    needFileHint: 'Oppgi et filnavn for planen, for eksempel: fasilitator new plans/personalmote.yaml',
    existsHint: 'Velg et annet filnavn, eller legg til --force for å skrive over.',
    needFlags: 'trenger --introduction og --track når ingen spørsmål stilles',
    needFlagsHint: 'For eksempel: fasilitator new --introduction short --track praksis --start 09:00 -y plan.yaml',
    written: (file: string) => `✔ Skrev ${file}`,
    next: (file: string) => `Bygg lysarkene med: fasilitator build ${file}`,
    comments: {
      header: (date: string) => `Øktplan laget med «fasilitator new» ${date}. Endre fritt: alle felt er forklart i README.md.`,
      check: 'Sjekk planen og se agendaen med: fasilitator check <denne filen>',
      organisation: 'Bydel Eksempel',
      end: 'når tiden er ute; fasilitator sier fra om økten ikke rekker',
      facilitators: 'Kari Nordmann',
      audience: 'Ansatte i hjemmetjenesten',
      introduction: 'short (ca. 25 min) · long (ca. 150 min) · none',
      track: 'kunnskap · praksis · erfaring',
      competencies: 'kjernekompetanser 1–5 etter introduksjonen',
      breaks: 'pauser i tillegg til dem i innholdet',
      overlay: 'auto: tidtaker på lerretet bare uten manusvindu (tast T)',
      theme: 'default · kontrast · oslo (Oslo kommunes profil)',
    },
  },

  site: {
    noPlans: (arg: string) => `site bygger hele programmet og tar ingen plan eller mappe som argument (fikk «${arg}»)`,
    noPlansHint: 'Velg mappen med -o, for eksempel: fasilitator site -o dist/kurs. For én plan: fasilitator build <plan.yaml>.',
    building: (i: number, n: number, name: string) => `${i}/${n} ${name} …`,
    pdf: (i: number, n: number, name: string) => `PDF ${i}/${n} ${name} …`,
    done: (dir: string, decks: number, files: number, size: string, ms: number) =>
      `✔ Kursmappen er klar: ${dir} (${decks} økter, ${files} filer, ${size}, ${(ms / 1000).toFixed(1).replace('.', ',')} s)`,
    openHint: (path: string) => `Åpne ${path} i nettleseren, eller kopier hele mappen til en minnepinne eller intranettet.`,
    notOurs: (dir: string) => `mappen ${dir} finnes og ble ikke laget av fasilitator site`,
    notOursHint: 'Velg en annen mappe med -o, eller bruk --force hvis du vil erstatte den.',
    failed: (n: number) => `${n} ${n === 1 ? 'økt' : 'økter'} kunne ikke bygges; ingenting er skrevet.`,
    pptx: (i: number, n: number, name: string) => `PowerPoint ${i}/${n} ${name} …`,
    // The start page
    title: 'Kursmappe',
    lead: 'Velg hva dere skal gjennom, læringstilnærming, dato og starttid. Da ser du agendaen med klokkeslett, og lysarkene åpner med riktig tid i tidtakeren.',
    offline: 'Alt her virker uten nett, også fra en minnepinne.',
    chooseModules: 'Hva skal dere gjennom?',
    introductions: 'Introduksjon',
    competencies: 'Kjernekompetanser',
    noIntro: 'Ingen introduksjon',
    chooseTrack: 'Læringstilnærming',
    trackHelp: {
      kunnskap: 'Du presenterer fakta, tall og modeller, med korte spørsmålsrunder og quiz. Passer for store grupper, kort tid og dem som er nye i temaet.',
      praksis: 'Deltakerne jobber med caser og små øvelser fra egen arbeidshverdag. Passer for team som jobber sammen og vil bruke kunnskapen.',
      erfaring: 'Deltakerne reflekterer over egne arbeidserfaringer, alene og i samtale. Passer for trygge, etablerte grupper (helst under 20). Ingen må dele noe personlig; helst to fasilitatorer.',
    } as Record<string, string>,
    when: 'Når',
    date: 'Dato',
    start: 'Starttid',
    breakMinutes: 'Pause mellom modulene (minutter)',
    agenda: 'Agenda',
    agendaEmpty: 'Velg minst én modul for å se agendaen.',
    clock: 'Kl.',
    minutes: 'Min',
    section: 'Del',
    activity: 'Aktivitet',
    breakTitle: 'Pause',
    total: (minutes: number, start: string, end: string) => `Til sammen ${minutes} min, ${start}–${end}.`,
    present: 'Vis lysarkene',
    allSessions: 'Alle økter',
    allLead: 'Hver modul i hvert spor, med manus, veiledning og deltakerkopi. Lenkene her åpner med tiden slik den ble bygget (kl. 09:00).',
    module: 'Modul',
    noScript: 'Agendaen og klokkeslettene trenger JavaScript. Lenkene under virker uten.',
  },

  index: {
    title: 'Økter',
    lead: (n: number) => `${n} ${n === 1 ? 'økt' : 'økter'} bygget med fasilitator. Lysarkene virker uten nett.`,
    when: 'Når',
    session: 'Økt',
    track: 'Spor',
    files: 'Filer',
    noDate: 'uten dato',
    links: { deck: 'lysark', manus: 'manus', notes: 'lysark med manus', guide: 'veiledning', participant: 'deltakerkopi', slidesPdf: 'lysark.pdf', notesPdf: 'lysark-med-manus.pdf', manusPdf: 'manus.pdf', slidesPptx: 'lysark.pptx (PowerPoint)' },
    written: (path: string, n: number) => `Oversikt over ${n} ${n === 1 ? 'økt' : 'økter'}: ${path}`,
    building: (i: number, n: number, plan: string) => `${i}/${n} ${plan} …`,
  },

  tracks: { kunnskap: 'Kunnskap', praksis: 'Praksis', erfaring: 'Erfaring' } as Record<string, string>,
  introductions: { short: 'Kort introduksjon', long: 'Lang introduksjon', none: 'Ingen introduksjon' } as Record<string, string>,
};

export type Messages = typeof nb;
