// The speaker notes of a PowerPoint slide as plain text, one paragraph per line: PowerPoint's
// presenter view shows notes as plain text, so lists stay lists by putting each item on a line.
// The first line is the slide's clock time and length ("kl. 09:05 · 1,5 min").
import type { Activity } from '../../content/types.js';
import type { RenderContext } from '../../render/context.js';
import type { DeckSlide } from '../../render/deck-slides.js';
import { htmlToBlocks, runsText, type Block } from './html.js';

function minutesText(sec: number, ctx: RenderContext): string {
  const minutes = sec / 60;
  return ctx.t.deck.minutes(Number.isInteger(minutes) ? minutes : Math.round(minutes * 10) / 10);
}

/** Blocks (a manuscript) → lines: paragraphs as they are, list items with a bullet or number. */
export function blocksToLines(blocks: readonly Block[]): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
        lines.push(runsText(block.runs));
        break;
      case 'list': {
        const counters: number[] = [];
        for (const item of block.items) {
          counters.length = item.level + 1;
          if (item.start !== undefined) counters[item.level] = item.start - 1;
          counters[item.level] = (counters[item.level] ?? 0) + 1;
          const marker = item.ordered ? `${counters[item.level]}.` : '•';
          lines.push(`${'    '.repeat(item.level)}${marker} ${runsText(item.runs)}`);
        }
        break;
      }
      case 'quote':
        lines.push(...block.paragraphs.map((runs) => `«${runsText(runs)}»`));
        break;
      case 'table':
        for (const row of [...(block.header ? [block.header] : []), ...block.rows]) lines.push(row.map(runsText).join(' | '));
        break;
      case 'columns':
        for (const column of block.columns) lines.push(...blocksToLines(column));
        break;
      case 'code':
        lines.push(...block.text.split('\n'));
        break;
      case 'image':
      case 'svg':
        if (block.alt) lines.push(`[${block.alt}]`);
        break;
    }
  }
  return lines.flatMap((line) => line.split('\n')).map((line) => line.replace(/\s+$/, ''));
}

function activityLines(activity: Activity, ctx: RenderContext): string[] {
  const { t } = ctx;
  const plain = (markdown: string): string => runsText(htmlToBlocks(`<p>${ctx.inline(markdown)}</p>`).flatMap((block) => (block.kind === 'paragraph' ? block.runs : [])));
  const lines = [`${t.manus.activityCard}: ${activity.title} (${t.deck.minutes(activity.minutes)})`];
  const row = (label: string, value: string | undefined): void => {
    if (value) lines.push(`${label}: ${plain(value)}`);
  };
  row(t.manus.purpose, activity.purpose);
  row(t.manus.instruction, activity.instruction);
  row(t.manus.group, activity.group);
  row(t.manus.materials, activity.materials);
  if (activity.debrief.length > 0) {
    lines.push(`${t.manus.debrief}:`);
    for (const question of activity.debrief) lines.push(`• ${plain(question)}`);
  }
  row(t.manus.alternative, activity.alternative);
  return lines;
}

function sourcesText(ids: readonly string[], ctx: RenderContext): string {
  return ids.map((id) => ctx.references.get(id)?.short ?? id).join('; ');
}

/** Speaker notes for any deck slide: time line, notice, manuscript, activity, sources. */
export function notesText(item: DeckSlide, ctx: RenderContext): string {
  const { t } = ctx;
  const { scheduled, slide } = item;
  const time = t.manus.planned(scheduled.clock, minutesText(scheduled.durationSec, ctx));
  const lines = [item.sectionTitle && scheduled.kind === 'content' ? `${time} · ${item.sectionTitle}` : time];
  if (scheduled.kind !== 'content' || !slide) {
    // Title, break and sources slides: the same short notes as the web deck's speaker view.
    lines.push('', ...blocksToLines(htmlToBlocks(ctx.bookendNotes(item))).filter((line) => line !== time));
    return lines.join('\n').trim();
  }
  if (slide.notice) lines.push(`⚠ ${t.manus.notice}: ${slide.notice}`);
  if (slide.optional) lines.push(t.manus.optional);
  lines.push('');
  const manuscript = blocksToLines(htmlToBlocks(slide.notesHtml));
  lines.push(...(manuscript.length > 0 ? manuscript : [t.manus.noNotes]));
  if (slide.activity) lines.push('', ...activityLines(slide.activity, ctx));
  // The author's own "Kilde:" line makes the generated one redundant (as in the web deck).
  if (slide.sources.length > 0 && !/\bKilder?:/.test(slide.notesText)) lines.push('', `${t.deck.sourcesLabel}: ${sourcesText(slide.sources, ctx)}`);
  return lines.join('\n');
}
