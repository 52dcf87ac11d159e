// The temporary folders of one run's writes in progress. Made once per run and handed to every
// write, so Ctrl-C can remove what is half written; no process-wide state, so two runs in one
// process (tests, the dev server) never see each other's folders.
import { rm } from 'node:fs/promises';

export class PendingWrites {
  readonly #dirs = new Set<string>();

  add(dir: string): void {
    this.#dirs.add(dir);
  }

  delete(dir: string): void {
    this.#dirs.delete(dir);
  }

  get size(): number {
    return this.#dirs.size;
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.#dirs.values();
  }

  /** Removes every temporary folder still in progress (Ctrl-C). Safe to call twice. */
  async removeAll(): Promise<void> {
    const dirs = [...this.#dirs];
    this.#dirs.clear();
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}
