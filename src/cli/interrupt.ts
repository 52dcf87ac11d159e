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
