// Ctrl-C (or a kill): the cleanup runs once, and the command's own failure that follows (its
// browser closed under it) is not reported as a bug. One object per run, made by cli/main.ts;
// the signals come from the process unless a test hands in its own emitter.

/** Where the signals come from: the process, or an EventEmitter in tests. */
export interface SignalSource {
  once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  removeListener(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

export class Interrupts {
  #cleanup: Promise<unknown> | undefined;
  #handler: (() => void) | undefined;

  constructor(private readonly signals: SignalSource = process) {}

  /** Starts the cleanup; a second call gets the first one's promise and starts nothing. */
  interrupt(work: () => Promise<unknown>): Promise<unknown> {
    this.#cleanup ??= work();
    return this.#cleanup;
  }

  /** The pending cleanup, if the run was interrupted. */
  interruption(): Promise<unknown> | undefined {
    return this.#cleanup;
  }

  /** Ctrl-C and kill run `onSignal` (once) until released. */
  catch(onSignal: () => void): void {
    this.release();
    this.#handler = onSignal;
    this.signals.once('SIGINT', onSignal);
    this.signals.once('SIGTERM', onSignal);
  }

  /** Hands Ctrl-C to whatever runs next (a server that stops cleanly on it). */
  release(): void {
    if (!this.#handler) return;
    this.signals.removeListener('SIGINT', this.#handler);
    this.signals.removeListener('SIGTERM', this.#handler);
    this.#handler = undefined;
  }
}
