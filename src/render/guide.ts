// The facilitator's guide (veiledning.html), built with every deck so it travels with it.
import type { RenderContext } from './context.js';
import { escapeHtml } from '../html/escape.js';
import { fillTemplate } from './template.js';

export function renderGuide(template: string, guideHtml: string, ctx: RenderContext, assets: string): string {
  return fillTemplate(template, {
    lang: ctx.plan.language,
    title: escapeHtml(ctx.t.guide.title),
    assets,
    stylesheet: 'manus.css',
    bodyClass: 'fa-guide',
    body: guideHtml,
  });
}
