// fasilitator new [file]: writes a session plan from questions in bokmål (or from flags, for
// scripts), with comments and the $schema line, then checks it and prints the agenda. Never
// overwrites without --force; cancelling writes nothing.
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { CancelledError, ContentError, UsageError } from '../../errors.js';
import type { Messages } from '../../i18n/messages.js';
import { paths } from '../../paths.js';
import { planSession } from '../../pipeline.js';
import { parseClock } from '../../schedule/clock.js';
import { suggest } from '../../suggest.js';
import { formatAgenda } from '../agenda.js';
import { parseCommandArgs, stringOption, type ParsedArgs } from '../args.js';
import { workspaceFor, type CommandContext } from '../context.js';
import { paint } from '../output.js';
import { formatIssues } from '../report.js';

export const NEW_OPTIONS = {
  title: { type: 'string' },
  organisation: { type: 'string' },
  date: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  introduction: { type: 'string' },
  track: { type: 'string' },
  competencies: { type: 'string' },
  facilitators: { type: 'string' },
  audience: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  force: { type: 'boolean' },
  decks: { type: 'string' },
} as const;

export interface PlanAnswers {
  title: string;
  organisation?: string;
  date?: string;
  start: string;
  end?: string;
  introduction: 'short' | 'long' | 'none';
  track: 'kunnskap' | 'praksis' | 'erfaring';
  competencies: number[];
  facilitators: string[];
  audience?: string;
  breakAfterIntro: boolean;
}

/** A YAML scalar that reads back as the same string (plain when safe, double-quoted otherwise). */
export function yamlString(value: string): string {
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} ,.'()–-]*$/u.test(value) && !/^(true|false|yes|no|null|~|[-+]?\d[\d.]*)$/i.test(value) && !/[:#]/.test(value);
  return plain ? value : JSON.stringify(value);
}

/** The plan file's text: commented, with the $schema line for editors. */
export function planText(answers: PlanAnswers, schemaPath: string, t: Messages, today: string): string {
  const w = t.wizard.comments;
  const lines = [
    `# yaml-language-server: $schema=${schemaPath}`,
    `# ${w.header(today)}`,
    `# ${w.check}`,
    '',
    `title: ${yamlString(answers.title)}`,
    answers.organisation ? `organisation: ${yamlString(answers.organisation)}` : `# organisation: ${w.organisation}`,
    answers.date ? `date: ${answers.date}` : `# date: 2026-12-03`,
    `start: "${answers.start}"`,
    answers.end ? `end: "${answers.end}"              # ${w.end}` : `# end: "11:00"            # ${w.end}`,
    answers.facilitators.length ? `facilitators: [${answers.facilitators.map(yamlString).join(', ')}]` : `# facilitators: [${w.facilitators}]`,
    answers.audience ? `audience: ${yamlString(answers.audience)}` : `# audience: ${w.audience}`,
    '',
    `introduction: ${answers.introduction}        # ${w.introduction}`,
    `track: ${answers.track}              # ${w.track}`,
    answers.competencies.length ? `competencies: [${answers.competencies.join(', ')}]` : `# competencies: [1, 2]      # ${w.competencies}`,
  ];
  if (answers.breakAfterIntro) lines.push('breaks:', '  - after: intro', '    minutes: 10');
  else lines.push(`# breaks:                   # ${w.breaks}`, '#   - after: intro', '#     minutes: 10');
  lines.push('', 'timer:', `  overlay: true              # ${w.overlay}`, 'language: nb');
  return `${lines.join('\n')}\n`;
}

const INTRODUCTIONS = ['short', 'long', 'none'];
const TRACK_NAMES = ['kunnskap', 'praksis', 'erfaring'];

/** YYYY-MM-DD that names a day in the calendar (not 2026-02-31). */
export function isRealIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function fromFlags(args: ParsedArgs, t: Messages): Partial<PlanAnswers> {
  const value = (name: string): string | undefined => stringOption(args, name);
  const answers: Partial<PlanAnswers> = {};
  const title = value('title');
  if (title) answers.title = title;
  const organisation = value('organisation');
  if (organisation) answers.organisation = organisation;
  const date = value('date');
  if (date) {
    // Checked before anything is written: a plan with 2026-02-31 would be written and then refused.
    if (!isRealIsoDate(date)) throw new UsageError(t.safety.impossibleDate(date), t.safety.impossibleDateHint, 'new');
    answers.date = date;
  }
  const start = value('start');
  if (start) {
    const sec = parseClock(start);
    if (sec === undefined) throw new UsageError(t.plan.clock('--start', start), t.plan.clockHint, 'new');
    answers.start = start.replace('.', ':').padStart(5, '0');
  }
  const end = value('end');
  if (end) {
    if (parseClock(end) === undefined) throw new UsageError(t.plan.clock('--end', end), t.plan.clockHint, 'new');
    answers.end = end.replace('.', ':').padStart(5, '0');
  }
  const introduction = value('introduction');
  if (introduction) {
    if (!['short', 'long', 'none'].includes(introduction)) throw new UsageError(t.plan.unknownValue('--introduction', introduction, t.plan.fields.introduction!), t.plan.unknownValueHint(suggest(introduction, INTRODUCTIONS), INTRODUCTIONS), 'new');
    answers.introduction = introduction as PlanAnswers['introduction'];
  }
  const track = value('track');
  if (track) {
    if (!['kunnskap', 'praksis', 'erfaring'].includes(track)) throw new UsageError(t.plan.unknownValue('--track', track, t.plan.fields.track!), t.plan.unknownValueHint(suggest(track, TRACK_NAMES), TRACK_NAMES), 'new');
    answers.track = track as PlanAnswers['track'];
  }
  const competencies = value('competencies');
  if (competencies) {
    const numbers = competencies.split(/[ ,]+/).filter(Boolean).map(Number);
    if (numbers.some((n) => !Number.isInteger(n) || n < 1 || n > 5)) throw new UsageError(t.plan.competencyRange(competencies), t.plan.competencyRangeHint, 'new');
    answers.competencies = numbers;
  }
  const facilitators = value('facilitators');
  if (facilitators) answers.facilitators = facilitators.split(',').map((name) => name.trim()).filter(Boolean);
  const audience = value('audience');
  if (audience) answers.audience = audience;
  return answers;
}

/** Asks for what the flags did not give. Throws CancelledError on Ctrl-C. */
async function ask(given: Partial<PlanAnswers>, t: Messages): Promise<PlanAnswers> {
  const prompts = await import('@clack/prompts');
  const q = t.wizard;
  const check = <T>(value: T): Exclude<T, symbol> => {
    if (prompts.isCancel(value)) throw new CancelledError(q.cancelled);
    return value as Exclude<T, symbol>;
  };
  prompts.intro(q.intro);
  const title = given.title ?? check(await prompts.text({ message: q.title, initialValue: t.deck.defaultTitle, validate: (v) => (v?.trim() ? undefined : q.required) }));
  const organisation = given.organisation ?? check(await prompts.text({ message: q.organisation, placeholder: q.optional }));
  const date = given.date ?? check(await prompts.text({ message: q.date, placeholder: q.datePlaceholder, validate: (v) => (!v || /^\d{4}-\d{2}-\d{2}$/.test(v) ? undefined : t.plan.dateHint) }));
  const start = given.start ?? check(await prompts.text({ message: q.start, initialValue: '09:00', validate: (v) => (v && parseClock(v) !== undefined ? undefined : t.plan.clockHint) }));
  const introduction =
    given.introduction ??
    check(
      await prompts.select({
        message: q.introduction,
        showInstructions: false,
        options: [
          { value: 'short' as const, label: q.short, hint: q.shortHint },
          { value: 'long' as const, label: q.long, hint: q.longHint },
          { value: 'none' as const, label: q.none, hint: q.noneHint },
        ],
      }),
    );
  const track =
    given.track ??
    check(
      await prompts.select({
        message: q.track,
        showInstructions: false,
        options: [
          { value: 'kunnskap' as const, label: 'Kunnskap', hint: q.kunnskap },
          { value: 'praksis' as const, label: 'Praksis', hint: q.praksis },
          { value: 'erfaring' as const, label: 'Erfaring', hint: q.erfaring },
        ],
      }),
    );
  const competencies =
    given.competencies ??
    check(
      await prompts.multiselect({
        message: q.competencies,
        required: introduction === 'none',
        showInstructions: false,
        options: [1, 2, 3, 4, 5].map((n) => ({ value: n, label: `${n}. ${q.competencyTitles[n - 1]}`, hint: '90 min' })),
      }),
    );
  const breakAfterIntro = introduction !== 'none' && competencies.length > 0 ? check(await prompts.confirm({ message: q.breakAfterIntro, active: q.yes, inactive: q.no })) : false;
  const facilitatorText = given.facilitators ? given.facilitators.join(', ') : check(await prompts.text({ message: q.facilitators, placeholder: q.optional }));
  const audience = given.audience ?? check(await prompts.text({ message: q.audience, placeholder: q.optional }));
  return {
    title,
    ...(organisation ? { organisation } : {}),
    ...(date ? { date } : {}),
    start: start.replace('.', ':').padStart(5, '0'),
    ...(given.end ? { end: given.end } : {}),
    introduction,
    track,
    competencies,
    facilitators: (facilitatorText ?? '').split(',').map((name) => name.trim()).filter(Boolean),
    ...(audience ? { audience } : {}),
    breakAfterIntro,
  };
}

export async function newCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { t, output } = ctx;
  const args = parseCommandArgs('new', argv, NEW_OPTIONS, t);
  const file = args.positionals[0] ?? 'plan.yaml';
  if (existsSync(file) && !args.values.force) throw new UsageError(t.wizard.exists(file), t.wizard.existsHint, 'new');
  const given = fromFlags(args, t);
  const interactive = !args.values.yes && Boolean(process.stdin.isTTY) && ctx.env.CI === undefined;
  let answers: PlanAnswers;
  if (interactive) answers = await ask(given, t);
  else {
    if (!given.introduction || !given.track) throw new UsageError(t.wizard.needFlags, t.wizard.needFlagsHint, 'new');
    answers = { title: t.deck.defaultTitle, start: '09:00', competencies: [], facilitators: [], breakAfterIntro: false, ...given } as PlanAnswers;
  }
  const schema = relative(dirname(resolve(file)), paths.schema).split('\\').join('/');
  const text = planText(answers, schema, t, new Date().toISOString().slice(0, 10));
  await mkdir(dirname(resolve(file)), { recursive: true });
  // Written under a temporary name first: an interrupted write never leaves half a plan.
  const temp = `${file}.tmp-${process.pid}`;
  await writeFile(temp, text);
  await rename(temp, file);
  output.out(paint(output, 'green', t.wizard.written(file)));
  try {
    const planned = await planSession(file, workspaceFor(args, ctx));
    output.out(formatAgenda(planned.schedule, planned.t, output));
    if (planned.warnings.length) output.err(formatIssues(planned.warnings, planned.t, output));
    output.out(t.wizard.next(file));
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    output.err(formatIssues(error.issues, t, output));
    return 1;
  }
}
