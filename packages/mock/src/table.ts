import type { Journal } from "./journal.js";

interface Entry<T> {
  record: T;
  /** Creation order; kept when a record is replaced, so lists stay in creation order. */
  order: number;
}

/** Freezes a stored record and everything in it, so nothing can change it behind the journal's back. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * One kind of record, keyed by id, in creation order. Records are frozen when stored: a change is
 * always a new record put with `set`, which the journal can undo. This is what makes a failed
 * request roll back completely.
 */
export class Table<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private created = 0;
  /** Set when a rollback put a deleted record back at the end of the map, out of creation order. */
  private reordered = false;

  constructor(private readonly journal: Journal) {}

  get size(): number {
    return this.entries.size;
  }

  get(id: string): T | undefined {
    return this.entries.get(id)?.record;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Stores `record` under `id`, replacing the record there (which keeps its place in the order). */
  set(id: string, record: T): T {
    const previous = this.entries.get(id);
    const order = previous?.order ?? this.created++;
    this.entries.set(id, { record: deepFreeze(record), order });
    this.journal.record(() => {
      if (previous) this.entries.set(id, previous);
      else this.entries.delete(id);
    });
    return record;
  }

  delete(id: string): boolean {
    const previous = this.entries.get(id);
    if (!previous) return false;
    this.entries.delete(id);
    this.journal.record(() => {
      this.entries.set(id, previous);
      this.reordered = true;
    });
    return true;
  }

  /** The entries in creation order (a map keeps insertion order, which is creation order until a rollback). */
  private ordered(): Array<[string, Entry<T>]> {
    const entries = [...this.entries.entries()];
    return this.reordered ? entries.sort(([, a], [, b]) => a.order - b.order) : entries;
  }

  /** Every record, oldest first. */
  values(): T[] {
    return this.ordered().map(([, entry]) => entry.record);
  }

  keys(): string[] {
    return this.ordered().map(([id]) => id);
  }

  /** Every record, oldest first, without copying the table when it is in order (most of the time). */
  private *inOrder(): Generator<T> {
    if (this.reordered) yield* this.values();
    else for (const entry of this.entries.values()) yield entry.record;
  }

  /** The records `keep` accepts, oldest first. */
  filter(keep: (record: T) => boolean): T[] {
    const kept: T[] = [];
    for (const record of this.inOrder()) if (keep(record)) kept.push(record);
    return kept;
  }

  /** The first record, oldest first, that `match` accepts. */
  find(match: (record: T) => boolean): T | undefined {
    for (const record of this.inOrder()) if (match(record)) return record;
    return undefined;
  }

  /** Empties the table (on reset; not journaled). */
  clear(): void {
    this.entries.clear();
    this.created = 0;
    this.reordered = false;
  }
}
