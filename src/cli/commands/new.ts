// fasilitator new [file]: writes a session plan from questions in bokmål (or from flags, for
// scripts), with comments and the $schema line, then checks it and prints the agenda. Never
// overwrites without --force; cancelling writes nothing.
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { CancelledError, ContentError, UsageError } from '../../errors.js';
import { writeFileAtomic } from '../../files/atomic.js';
import { makeDirectory } from '../../files/directory.js';
import type { Messages } from '../../i18n/messages.js';
import { paths } from '../../paths.js';
import { planSession } from '../../pipeline.js';
import { THEMES } from '../../plan/schema.js';
import { parseClock } from '../../time/clock.js';
import { loadLibrary } from '../../content/load.js';
import { isIsoDate } from '../../time/date.js';
import { writeFailure } from '../../emit/guard.js';
import { planNameIssue } from '../../plan/name.js';
import type { Library, Module } from '../../content/types.js';
import { suggest } from '../../suggest.js';
import { formatAgenda } from '../agenda.js';
import { breakPositions, clockAt, nearestPosition, type BreakPosition } from '../break-positions.js';
import { positionals, parseCommandArgs, stringOption, type ParsedArgs } from '../args.js';
import { workspaceFor, type CommandContext } from '../context.js';
import { paint } from '../../terminal/output.js';
import { formatIssues } from '../../terminal/report.js';

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
  breaks: BreakAnswer[];
  /** Left out of the plan (a comment instead) when it is the default. */
  theme?: string;
}

export interface BreakAnswer {
  after: string;
  minutes: number;
  title?: string;
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
  if (answers.breaks.length > 0) {
    lines.push(`breaks:                      # ${w.breaks}`);
    for (const entry of answers.breaks) {
      lines.push(`  - after: ${entry.after}`, `    minutes: ${entry.minutes}`);
      if (entry.title) lines.push(`    title: ${yamlString(entry.title)}`);
    }
  } else lines.push(`# breaks:                   # ${w.breaks}`, '#   - after: intro', '#     minutes: 10');
  lines.push('', 'timer:', `  overlay: auto              # ${w.overlay}`, 'language: nb');
  lines.push(answers.theme && answers.theme !== 'default' ? `theme: ${answers.theme}                # ${w.theme}` : `# theme: default            # ${w.theme}`);
  return `${lines.join('\n')}\n`;
}

const INTRODUCTIONS = ['short', 'long', 'none'];
const TRACK_NAMES = ['kunnskap', 'praksis', 'erfaring'];


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
    if (!isIsoDate(date)) throw new UsageError(t.safety.impossibleDate(date), t.safety.impossibleDateHint, 'new');
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
  const breaks = args.values.break;
  if (Array.isArray(breaks)) answers.breaks = breaks.map((text) => parseBreakFlag(text, t));
  const theme = value('theme');
  if (theme) {
    if (!(THEMES as readonly string[]).includes(theme)) throw new UsageError(t.plan.unknownTheme(theme), t.plan.unknownValueHint(suggest(theme, THEMES), THEMES), 'new');
    answers.theme = theme;
  }
  return answers;
}

/** `--break after=intro/velkommen,minutes=10,title=Lunsj` → a break (position checked later, against the content). */
export function parseBreakFlag(text: string, t: Messages): BreakAnswer {
  const fields = new Map<string, string>();
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? '' : part.slice(0, eq).trim();
    if (!['after', 'minutes', 'title'].includes(key)) throw new UsageError(t.wizard.badBreakFlag(text), t.wizard.breakFlagHint, 'new');
    fields.set(key, part.slice(eq + 1).trim());
  }
  const minutes = Number(fields.get('minutes') ?? '10');
  const after = fields.get('after');
  if (!after || !Number.isInteger(minutes) || minutes < 1 || minutes > 180) throw new UsageError(t.wizard.badBreakFlag(text), t.wizard.breakFlagHint, 'new');
  const title = fields.get('title');
  return { after, minutes, ...(title ? { title } : {}) };
}

/** The modules a plan with these answers would use, in order. */
function chosenModules(library: Library, introduction: PlanAnswers['introduction'], competencies: readonly number[]): Module[] {
  const intro = introduction === 'none' ? [] : library.modules.filter((m) => m.kind === 'introduction' && m.introduction === introduction);
  return [...intro, ...competencies.flatMap((n) => library.modules.filter((m) => m.kind === 'competency' && m.number === n))];
}

function checkBreakPositions(breaks: readonly BreakAnswer[], positions: readonly BreakPosition[], t: Messages): void {
  const names = positions.map((p) => p.after);
  for (const entry of breaks) {
    if (names.includes(entry.after)) continue;
    const guess = suggest(entry.after, names);
    throw new UsageError(t.plan.breakTarget(entry.after), `${guess ? `${t.didYouMean(guess)} ` : ''}${t.wizard.breakPositionsHint}`, 'new');
  }
}

/** Asks for what the flags did not give. Throws CancelledError on Ctrl-C. */
async function ask(given: Partial<PlanAnswers>, library: Library, t: Messages): Promise<PlanAnswers> {
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
  const breaks = given.breaks ?? (await askBreaks(prompts, check, library, { introduction, track, competencies, start }, t));
  const facilitatorText = given.facilitators ? given.facilitators.join(', ') : check(await prompts.text({ message: q.facilitators, placeholder: q.optional }));
  const audience = given.audience ?? check(await prompts.text({ message: q.audience, placeholder: q.optional }));
  const theme =
    given.theme ??
    check(
      await prompts.select({
        message: q.theme,
        showInstructions: false,
        options: THEMES.map((value) => ({ value: value as string, label: value, hint: q.themeHints[value] ?? '' })),
      }),
    );
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
    breaks,
    theme,
  };
}

type Prompts = typeof import('@clack/prompts');

/** Breaks (how many, where, how long) and, on a long day, lunch — offered at the real section boundaries. */
async function askBreaks(
  prompts: Prompts,
  check: <T>(value: T) => Exclude<T, symbol>,
  library: Library,
  answers: Pick<PlanAnswers, 'introduction' | 'track' | 'competencies' | 'start'>,
  t: Messages,
): Promise<BreakAnswer[]> {
  const q = t.wizard;
  const modules = chosenModules(library, answers.introduction, answers.competencies);
  const positions = breakPositions(modules, answers.track);
  if (positions.length === 0) return [];
  const startSec = parseClock(answers.start) ?? 9 * 3600;
  const total = positions.at(-1)!.offsetMinutes;
  const options = positions.map((p) => ({ value: p.after, label: q.breakAt(p.title, clockAt(startSec, p.offsetMinutes)), hint: `after: ${p.after}` }));
  const breaks: BreakAnswer[] = [];
  const lunch = total >= 240 && check(await prompts.confirm({ message: q.lunch(Math.round(total / 60)), active: q.yes, inactive: q.no, initialValue: true }));
  if (lunch) {
    const after = check(await prompts.select({ message: q.lunchWhere, options, initialValue: nearestPosition(positions, total / 2, 45)?.after, maxItems: 12, showInstructions: false }));
    const minutes = Number(check(await prompts.text({ message: q.breakMinutes, initialValue: '30', validate: validMinutes(t) })));
    breaks.push({ after, minutes, title: q.lunchTitle });
  }
  // About one break every 90 minutes, counting the breaks the content already has and lunch.
  const existing = modules.flatMap((m) => m.sections).filter((section) => section.isBreak).length + breaks.length;
  const suggested = Math.max(0, Math.min(3, Math.floor(total / 90) - existing));
  const count = check(
    await prompts.select({
      message: q.breakCount,
      options: [0, 1, 2, 3].map((n) => ({ value: n, label: String(n), ...(n === suggested ? { hint: q.suggested } : {}) })),
      initialValue: suggested,
      showInstructions: false,
    }),
  );
  for (let i = 1; i <= count; i++) {
    const initial = nearestPosition(positions.filter((p) => !breaks.some((b) => b.after === p.after)), (total * i) / (count + 1))?.after;
    const after = check(await prompts.select({ message: q.breakWhere(i), options, ...(initial ? { initialValue: initial } : {}), maxItems: 12, showInstructions: false }));
    const minutes = Number(check(await prompts.text({ message: q.breakMinutes, initialValue: '10', validate: validMinutes(t) })));
    breaks.push({ after, minutes });
  }
  return breaks;
}

const validMinutes =
  (t: Messages) =>
  (value: string | undefined): string | undefined =>
    value && /^\d+$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= 180 ? undefined : t.wizard.minutesHint;

export async function newCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { t, output } = ctx;
  const args = parseCommandArgs('new', argv, t);
  const file = positionals(args, 1, 'new', t)[0] ?? 'plan.yaml';
  // A name build would refuse (`..yaml`, `index.html.yaml`) is refused before anything is written.
  const badName = planNameIssue(file, t);
  if (badName) throw new UsageError(badName.message, badName.hint, 'new');
  // A folder by that name is never written over, --force or not.
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(t.file.isDirectory(file), t.wizard.needFileHint, 'new');
  if (existsSync(file) && !args.values.force) throw new UsageError(t.wizard.exists(file), t.wizard.existsHint, 'new');
  const given = fromFlags(args, t);
  const interactive = !args.values.yes && ctx.output.canPrompt && ctx.env.CI === undefined;
  const { library } = await loadLibrary(workspaceFor(args, ctx).decksDir, t);
  let answers: PlanAnswers;
  if (interactive) answers = await ask(given, library, t);
  else {
    if (!given.introduction || !given.track) throw new UsageError(t.wizard.needFlags, t.wizard.needFlagsHint, 'new');
    answers = { title: t.deck.defaultTitle, start: '09:00', competencies: [], facilitators: [], breaks: [], ...given } as PlanAnswers;
  }
  checkBreakPositions(answers.breaks, breakPositions(chosenModules(library, answers.introduction, answers.competencies), answers.track), t);
  const schema = relative(dirname(resolve(file)), paths.schema).split('\\').join('/');
  const text = planText(answers, schema, t, new Date().toISOString().slice(0, 10));
  try {
    await makeDirectory(dirname(resolve(file)));
    // Written under a temporary name first: an interrupted write never leaves half a plan.
    await writeFileAtomic(file, text);
  } catch (error) {
    // A place that cannot be written (read-only, through a file, no such place) is said in words, exit 3.
    throw writeFailure(error, dirname(file), t) ?? error;
  }
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
