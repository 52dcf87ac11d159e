// fasilitator list: the modules in decks/ with nominal minutes and each track's actual minutes.
import { moduleBlocks } from '../../compose/compose.js';
import { loadLibrary } from '../../content/load.js';
import type { Module } from '../../content/types.js';
import { TRACKS } from '../../plan/schema.js';
import { blockSeconds } from '../../compose/durations.js';
import { positionals, parseCommandArgs } from '../args.js';
import { workspaceFor, type CommandContext } from '../context.js';
import { paint, textWidth } from '../../terminal/output.js';
import { formatIssues } from '../../terminal/report.js';
import { moduleOutline } from '../outline.js';
import { suggest } from '../../suggest.js';
import { UsageError } from '../../errors.js';
import { noModulesIssue } from '../../lint/lint-content.js';

/** Minutes a track's path through a module takes, breaks included. */
export function trackMinutes(module: Module): Record<string, number> {
  const minutes: Record<string, number> = {};
  for (const track of TRACKS) {
    const seconds = moduleBlocks(module, track)
      .filter((block) => block.kind === 'break' || block.slides.length > 0)
      .flatMap(blockSeconds)
      .reduce((a, b) => a + b, 0);
    minutes[track] = Math.round((seconds / 60) * 10) / 10;
  }
  return minutes;
}

export async function listCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { t, output } = ctx;
  const args = parseCommandArgs('list', argv, t);
  const wanted = positionals(args, 1, 'list', t)[0];
  const workspace = workspaceFor(args, ctx);
  const loaded = await loadLibrary(workspace.decksDir, t);
  const modules: Module[] = [...loaded.library.modules];
  const errors = loaded.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0) output.err(formatIssues(errors, t, output));
  if (modules.length === 0) {
    output.err(formatIssues([noModulesIssue(workspace.decksDir, t)], t, output));
    return 1;
  }
  const order = (m: Module): number => (m.kind === 'introduction' ? (m.introduction === 'short' ? 0 : 1) : 1 + (m.number ?? 9));
  modules.sort((a, b) => order(a) - order(b));
  if (wanted !== undefined) {
    const names = modules.flatMap((m) => [m.ref, m.id]);
    const chosen = modules.filter((m) => m.ref === wanted || m.id === wanted);
    if (chosen.length === 0) {
      const guess = suggest(wanted, names);
      throw new UsageError(t.list.unknownModule(wanted), `${guess ? `${t.didYouMean(guess)} ` : ''}${t.valid([...new Set(names)])}`, 'list');
    }
    modules.splice(0, modules.length, ...chosen);
  }
  const rows = modules.map((module) => ({
    id: module.id,
    ref: module.ref,
    use: module.kind === 'introduction' ? `introduction: ${module.introduction}` : `competencies: [${module.number}]`,
    title: module.title,
    minutes: module.minutes,
    tracks: trackMinutes(module),
    sections: module.sections.length,
    slides: module.sections.reduce((n, s) => n + s.slides.length, 0),
    outline: moduleOutline(module),
  }));
  if (args.values.json) {
    output.out(JSON.stringify(rows, null, 2));
    return 0;
  }
  const head = [t.list.module, t.list.use, t.list.minutes, ...TRACKS.map((track) => t.tracks[track]!.split(' ')[0]!)];
  const table = [head, ...rows.map((row) => [row.title, row.use, String(row.minutes), ...TRACKS.map((track) => String(row.tracks[track]))])];
  const widths = head.map((_, i) => Math.max(...table.map((cells) => textWidth(cells[i]!))));
  table.forEach((cells, i) => {
    const line = cells.map((cell, c) => (c >= 2 ? cell.padStart(widths[c]!) : cell + ' '.repeat(widths[c]! - textWidth(cell)))).join('  ');
    output.out(i === 0 ? paint(output, 'bold', line) : line);
  });
  output.out('');
  output.out(t.list.footer);
  // Sections with the names a plan's breaks use, so a planner never has to guess them.
  const trackHeads = TRACKS.map((track) => t.tracks[track]!.split(' ')[0]!);
  for (const row of rows) {
    output.out('');
    output.out(paint(output, 'bold', `${row.title} — ${t.list.breakAfterModule(row.ref)}`));
    const cells = [
      [t.list.breakAfter, t.list.section, t.list.minutes, ...trackHeads],
      ...row.outline.map((s) => [s.isBreak ? t.list.contentBreak : `after: ${s.after}`, s.title, String(s.minutes), ...TRACKS.map((track) => (s.isBreak ? '' : String(s.tracks[track])))]),
    ];
    const w = cells[0]!.map((_, i) => Math.max(...cells.map((c) => textWidth(c[i]!))));
    cells.forEach((c, i) => {
      const line = `  ${c.map((cell, j) => (j >= 2 ? cell.padStart(w[j]!) : cell + ' '.repeat(w[j]! - textWidth(cell)))).join('  ')}`.trimEnd();
      output.out(i === 0 ? paint(output, 'dim', line) : line);
    });
  }
  output.out('');
  output.out(t.list.sectionsFooter);
  return 0;
}
