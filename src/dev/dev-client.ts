// The script the live preview adds to each page: listens to vite's HMR channel and shows build
// problems in a bokmål overlay over the last good deck. (vite's own overlay is in English and
// made for JavaScript errors.)
import { jsonForScript } from '../html/escape.js';

export interface OverlayPayload {
  title: string;
  issues: { where: string; message: string; hint?: string; frame?: string }[];
}

/** Served by the dev server at DEV_CLIENT_PATH: a file, because the pages' CSP allows no inline script. */
export const DEV_CLIENT_PATH = '/@fasilitator/dev-client.js';

export const DEV_CLIENT = `
import { createHotContext } from '/@vite/client';
const hot = createHotContext('/@fasilitator/dev');
// Built with textContent: the problems are shown as text, so nothing in them needs escaping.
function el(tag, css, text) {
  const node = document.createElement(tag);
  node.style.cssText = css;
  if (text !== undefined) node.textContent = text;
  return node;
}
function show(payload) {
  let box = document.getElementById('fa-dev-overlay');
  if (!box) {
    box = el('div', 'position:fixed;inset:0;z-index:100;overflow:auto;background:rgba(21,23,31,.94);color:#f3f0e8;font:16px/1.45 system-ui,sans-serif;padding:32px 48px');
    box.id = 'fa-dev-overlay';
    box.dataset.fasilitator = 'dev-error';
    box.setAttribute('role', 'alert');
    document.body.append(box);
  }
  box.replaceChildren(el('h2', 'color:#f5b861;margin:0 0 16px', payload.title), ...payload.issues.map((i) => {
    const section = el('section', 'margin:0 0 20px');
    section.append(el('div', 'color:#8cc4ff', i.where), el('div', 'font-weight:700', i.message));
    if (i.frame) section.append(el('pre', 'background:#0d0f14;padding:8px 12px;border-radius:6px;overflow:auto', i.frame));
    if (i.hint) section.append(el('div', 'color:#7fd6a4', i.hint));
    return section;
  }));
}
hot.on('fasilitator:error', show);
const initial = document.getElementById('fa-dev-initial');
if (initial) show(JSON.parse(initial.textContent));
`;

/** Markup to append to a page in the live preview; `initial` shows an overlay right away. */
export function devClientScript(initial?: OverlayPayload): string {
  const data = initial ? `<script type="application/json" id="fa-dev-initial">${jsonForScript(initial)}</script>` : '';
  return `${data}<script type="module" src="${DEV_CLIENT_PATH}"></script>`;
}
