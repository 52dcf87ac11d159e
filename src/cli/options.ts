// Every command's options, defined once: the parser reads them (args.ts) and the help's
// "Valg:/Options:" list is generated from them (help.ts), so the two cannot drift apart.
// Descriptions and value placeholders are messages (i18n `options`), one short line each.
import type { ParseArgsConfig } from 'node:util';
import type { Messages } from '../i18n/messages.js';

/** The commands, as named on the command line; their help texts are keyed the same way. */
export type CommandName = keyof Messages['help']['commands'];
export type OptionDescription = keyof Messages['options']['descriptions'];
export type OptionValue = keyof Messages['options']['values'];

export interface OptionDefinition {
  readonly name: string;
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** May be given more than once (`--break … --break …`). */
  readonly multiple?: boolean;
  /** What the value looks like in the help (`--out <mappe>`); string options only. */
  readonly value?: OptionValue;
  /** Used when the option is not given; the help says so. */
  readonly default?: string;
  readonly description: OptionDescription;
}

type Shape = Omit<OptionDefinition, 'name' | 'description' | 'default'>;

// The shape of each option (type, short flag, value) is the same in every command that has it;
// only what it means there (description) and its default differ.
const SHAPES = {
  out: { type: 'string', short: 'o', value: 'folder' },
  decks: { type: 'string', value: 'folder' },
  pdf: { type: 'boolean' },
  pptx: { type: 'boolean' },
  files: { type: 'string', value: 'files' },
  serve: { type: 'boolean' },
  port: { type: 'string', short: 'p', value: 'port' },
  force: { type: 'boolean' },
  open: { type: 'boolean' },
  json: { type: 'boolean' },
  content: { type: 'boolean' },
  'no-spelling': { type: 'boolean' },
  strict: { type: 'boolean' },
  title: { type: 'string', value: 'text' },
  organisation: { type: 'string', value: 'text' },
  date: { type: 'string', value: 'date' },
  start: { type: 'string', value: 'clock' },
  end: { type: 'string', value: 'clock' },
  introduction: { type: 'string', value: 'introduction' },
  track: { type: 'string', value: 'track' },
  competencies: { type: 'string', value: 'competencies' },
  facilitators: { type: 'string', value: 'names' },
  audience: { type: 'string', value: 'text' },
  break: { type: 'string', value: 'break', multiple: true },
  theme: { type: 'string', value: 'theme' },
  yes: { type: 'boolean', short: 'y' },
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string', value: 'lang' },
  debug: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies Record<string, Shape>;

type OptionName = keyof typeof SHAPES;

function option(name: OptionName, description: OptionDescription, fallback?: string): OptionDefinition {
  return { name, ...SHAPES[name], description, ...(fallback === undefined ? {} : { default: fallback }) };
}

/** Options every command accepts; listed last in every command's help. */
export const COMMON_OPTIONS: readonly OptionDefinition[] = [option('lang', 'lang'), option('debug', 'debug'), option('help', 'help')];

/** The options of `fasilitator --help` itself ("for every command", plus --version). */
export const MAIN_OPTIONS: readonly OptionDefinition[] = [
  option('help', 'helpAll'),
  option('lang', 'lang', 'nb'),
  option('debug', 'debug'),
  option('version', 'version'),
];

// build, pdf and pptx share one parser (pdf and pptx are build with a file type switched on).
const BUILD: readonly OptionDefinition[] = [
  option('out', 'outFolders', 'dist'),
  option('pdf', 'pdfBuild'),
  option('pptx', 'pptxBuild'),
  option('files', 'files'),
  option('serve', 'serve'),
  option('port', 'portServe', '8000'),
  option('decks', 'decks'),
  option('force', 'forceBuild'),
];

/** Each command's own options, in the order its help lists them. */
export const COMMAND_OPTIONS: Readonly<Record<CommandName, readonly OptionDefinition[]>> = {
  build: BUILD,
  pdf: BUILD,
  pptx: BUILD,
  site: [option('out', 'outSite', 'dist/kurs'), option('pdf', 'pdfSite'), option('pptx', 'pptxSite'), option('force', 'forceSite'), option('decks', 'decks')],
  check: [option('content', 'content'), option('no-spelling', 'noSpelling'), option('json', 'json'), option('strict', 'strict'), option('decks', 'decks')],
  list: [option('json', 'json'), option('decks', 'decks')],
  serve: [option('port', 'port', '8000')],
  dev: [option('port', 'port', '5173'), option('open', 'open'), option('decks', 'decks')],
  new: [
    option('introduction', 'introduction'),
    option('track', 'track'),
    option('start', 'start'),
    option('end', 'end'),
    option('date', 'date'),
    option('title', 'title'),
    option('organisation', 'organisation'),
    option('audience', 'audience'),
    option('facilitators', 'facilitators'),
    option('competencies', 'competencies'),
    option('break', 'break'),
    option('theme', 'theme'),
    option('yes', 'yes'),
    option('force', 'forceNew'),
    option('decks', 'decks'),
  ],
  doctor: [option('out', 'outDoctor', 'dist'), option('json', 'json')],
};

/** Everything `fasilitator <command>` accepts: its own options, then the common ones. */
export function commandOptions(command: CommandName): readonly OptionDefinition[] {
  return [...COMMAND_OPTIONS[command], ...COMMON_OPTIONS];
}

/** The definitions in the form node:util's parseArgs takes; defaults included, so the default the help names is the one used. */
export function parserOptions(definitions: readonly OptionDefinition[]): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(
    definitions.map((definition) => [
      definition.name,
      {
        type: definition.type,
        ...(definition.short ? { short: definition.short } : {}),
        ...(definition.multiple ? { multiple: true } : {}),
        ...(definition.default === undefined ? {} : { default: definition.default }),
      },
    ]),
  );
}
