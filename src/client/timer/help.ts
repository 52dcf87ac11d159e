// The key help (?): every key of the deck and the timer, in the deck's language. Replaces
// reveal.js's English help overlay.
import type { ClientStrings } from '../strings.js';

import { escapeHtml as escape } from '../../html/escape.js';

export function helpMarkup(s: ClientStrings): string {
  const groups = s.help.groups
    .map(
      (group) => `<section><h3>${escape(group.title)}</h3><dl>${group.keys
        .map(([keys, what]) => `<dt>${keys.split(/\s{2,}/).map((key) => `<kbd>${escape(key)}</kbd>`).join(' ')}</dt><dd>${escape(what)}</dd>`)
        .join('')}</dl></section>`,
    )
    .join('');
  return `<div class="fa-help__box"><h2 id="fa-help-title">${escape(s.help.title)}</h2>${groups}<p class="fa-help__close">${escape(s.help.close)}</p></div>`;
}

export class HelpOverlay {
  readonly element: HTMLElement;

  constructor(parent: HTMLElement, s: ClientStrings) {
    this.element = document.createElement('div');
    this.element.className = 'fa-help';
    this.element.dataset.fasilitator = 'help';
    this.element.setAttribute('role', 'dialog');
    this.element.setAttribute('aria-modal', 'true');
    this.element.setAttribute('aria-labelledby', 'fa-help-title');
    this.element.hidden = true;
    this.element.lang = s.lang;
    this.element.innerHTML = helpMarkup(s);
    this.element.addEventListener('click', (event) => {
      if (event.target === this.element) this.hide();
    });
    parent.append(this.element);
  }

  get open(): boolean {
    return !this.element.hidden;
  }

  toggle(): void {
    this.element.hidden = !this.element.hidden;
  }

  hide(): void {
    this.element.hidden = true;
  }

  destroy(): void {
    this.element.remove();
  }
}
