/**
 * The undo log behind the mock's transactions. Every change to the state records how to undo
 * itself here, so a request that fails half-way can be rolled back to exactly where it started:
 * the spec promises that a refused request changes nothing, and this makes that hold even for a
 * handler that checks a rule only after it began writing.
 */
export class Journal {
  private readonly undo: Array<() => void> = [];

  /** Records how to undo a change that was just made. */
  record(undo: () => void): void {
    this.undo.push(undo);
  }

  /** A point to roll back to. */
  mark(): number {
    return this.undo.length;
  }

  /** Undoes every change recorded after `mark`, newest first. */
  rollback(mark: number): void {
    while (this.undo.length > mark) this.undo.pop()?.();
  }

  /** Forgets the recorded changes: they can no longer be undone. */
  commit(): void {
    this.undo.length = 0;
  }
}
