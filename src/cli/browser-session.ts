// One browser per run, shared by every PDF and every PowerPoint figure of the run: started when
// first needed (or early, to get ready while the first plan is built), closed at the end. The
// run's BrowserRegistry lists it too, so Ctrl-C closes it even mid-launch.
import type { Browser } from 'playwright-core';
import { EnvironmentError } from '../errors.js';
import { findChromium, launchChromium, type BrowserRegistry } from '../export/browser.js';
import type { Messages } from '../i18n/messages.js';

type Env = Readonly<Record<string, string | undefined>>;
type Launch = (t: Messages, env: Env, registry: BrowserRegistry) => Promise<Browser>;

export class BrowserSession {
  #launching: Promise<Browser> | undefined;
  #browser: Browser | undefined;

  constructor(
    private readonly t: Messages,
    private readonly env: Env,
    private readonly registry: BrowserRegistry,
    /** Injected in tests; Chromium through playwright-core otherwise. */
    private readonly launch: Launch = launchChromium,
  ) {}

  /** Starts launching now; a failure is reported by the first `get`, not here. */
  warmUp(): void {
    this.#launching ??= this.launch(this.t, this.env, this.registry);
    this.#launching.catch(() => undefined);
  }

  /** The run's browser, launched on the first call. */
  async get(): Promise<Browser> {
    return (this.#browser ??= await (this.#launching ??= this.launch(this.t, this.env, this.registry)));
  }

  /**
   * For PowerPoint's PNG copies of figures: the browser, or, if none is running and none can be
   * found, an error in PowerPoint's terms rather than PDF's.
   */
  forFigures(t: Messages): () => Promise<Browser> {
    return async () => {
      if (!this.#browser && !findChromium(this.env)) throw new EnvironmentError(t.pptx.noBrowser, t.browser.notFoundHint);
      return this.get();
    };
  }

  /** Closes the browser if one was started, even one still launching or never used. */
  async close(): Promise<void> {
    const started = this.#browser ?? (await this.#launching?.catch(() => undefined));
    await started?.close();
  }
}
