// Ctrl-C (or a kill): the cleanup runs once, and the command's own failure that follows (its
// browser closed under it) is not reported as a bug.
let cleanup: Promise<unknown> | undefined;

export function interrupt(work: () => Promise<unknown>): Promise<unknown> {
  cleanup ??= work();
  return cleanup;
}

/** The pending cleanup, if the run was interrupted. */
export function interruption(): Promise<unknown> | undefined {
  return cleanup;
}

let handler: (() => void) | undefined;

/** Ctrl-C and kill run `onSignal` (once) until released. */
export function catchInterrupts(onSignal: () => void): void {
  handler = onSignal;
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

/** Hands Ctrl-C to whatever runs next (a server that stops cleanly on it). */
export function releaseInterrupts(): void {
  if (!handler) return;
  process.removeListener('SIGINT', handler);
  process.removeListener('SIGTERM', handler);
  handler = undefined;
}
