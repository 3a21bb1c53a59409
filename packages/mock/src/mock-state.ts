/**
 * Everything the mock server remembers, for the life of the server (or until `reset`).
 *
 * Records are stored as the API returns them (minus computed fields, see `stored-records.ts`), one
 * `Table` per kind, keyed by id; relations are ids. Every change goes through a table and is
 * journaled, so `transaction` can undo a request that fails part-way.
 */
import type {
  CustomProperty,
  NoPartPurchaseLine,
  OutboundEmail,
  Part,
  ProgramLine,
  ProgramPartOverride,
  PurchaseEvent,
  RfqLine,
  StockLot,
  Supplier,
  SupplierBillLine,
  SupplierQuoteLine,
  Tag,
  Team,
  User,
} from "@cofactr/platform-types";
import { Journal } from "./journal.js";
import { type SeedName, seedState } from "./seed.js";
import type {
  StoredApiKey,
  StoredBom,
  StoredBomLine,
  StoredJob,
  StoredOrg,
  StoredProgram,
  StoredPurchaseLine,
  StoredPurchaseOrder,
  StoredRfq,
  StoredStockDocument,
  StoredSupplierBill,
  StoredSupplierQuote,
  StoredTeamType,
} from "./stored-records.js";
import { Table } from "./table.js";

/** Options of a `MockState`. */
export interface MockStateOptions {
  /** Which records a fresh (or reset) state holds; `demo` by default. */
  seed?: SeedName;
  /** Where "now" comes from (timestamps of new records); the system clock by default. */
  clock?: () => Date;
  /** Where the SQL engine's `.wasm` file is, in a browser (see `loadSqlEngine`); Node finds it itself. */
  sqlWasmUrl?: string;
}

/** The mock's memory: one journaled table per kind of record, the id sequence, and transactions. */
export class MockState {
  readonly journal = new Journal();
  private readonly tables: Array<Table<unknown>> = [];

  readonly orgs = this.table<StoredOrg>();
  /** API keys by the key itself. */
  readonly apiKeys = this.table<StoredApiKey>();
  readonly users = this.table<User>();
  readonly parts = this.table<Part>();
  readonly suppliers = this.table<Supplier>();
  readonly stockLots = this.table<StockLot>();
  readonly stockDocuments = this.table<StoredStockDocument>();
  readonly boms = this.table<StoredBom>();
  readonly bomLines = this.table<StoredBomLine>();
  readonly programs = this.table<StoredProgram>();
  readonly programLines = this.table<ProgramLine>();
  readonly programPartOverrides = this.table<ProgramPartOverride>();
  readonly purchaseOrders = this.table<StoredPurchaseOrder>();
  readonly purchaseLines = this.table<StoredPurchaseLine>();
  readonly noPartLines = this.table<NoPartPurchaseLine>();
  readonly purchaseEvents = this.table<PurchaseEvent>();
  readonly supplierBills = this.table<StoredSupplierBill>();
  readonly supplierBillLines = this.table<SupplierBillLine>();
  readonly teamTypes = this.table<StoredTeamType>();
  readonly teams = this.table<Team>();
  readonly tags = this.table<Tag>();
  readonly customProperties = this.table<CustomProperty>();
  readonly rfqs = this.table<StoredRfq>();
  readonly rfqLines = this.table<RfqLine>();
  readonly supplierQuotes = this.table<StoredSupplierQuote>();
  readonly supplierQuoteLines = this.table<SupplierQuoteLine>();
  readonly outboundEmails = this.table<OutboundEmail>();
  readonly jobs = this.table<StoredJob>();

  readonly seed: SeedName;
  readonly sqlWasmUrl: string | undefined;
  private readonly clock: () => Date;
  private sequence = 0;
  /** The transaction running now, which the next one waits for. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: MockStateOptions = {}) {
    this.seed = options.seed ?? "demo";
    this.clock = options.clock ?? (() => new Date());
    this.sqlWasmUrl = options.sqlWasmUrl;
    this.reset();
  }

  private table<T>(): Table<T> {
    const table = new Table<T>(this.journal);
    this.tables.push(table as Table<unknown>);
    return table;
  }

  /** Empties the state and seeds it again, as a fresh server would be. */
  reset(): void {
    for (const table of this.tables) table.clear();
    this.sequence = 0;
    seedState(this, this.seed);
    this.journal.commit();
  }

  /** A new record id: a UUID derived from a counter, so the same calls give the same ids. */
  nextId(): string {
    const previous = this.sequence++;
    this.journal.record(() => {
      this.sequence = previous;
    });
    return `00000000-0000-4000-8000-${this.sequence.toString(16).padStart(12, "0")}`;
  }

  /** The current time as the API writes timestamps (RFC 3339, whole seconds, UTC). */
  now(): string {
    return this.clock()
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z");
  }

  /**
   * Runs `work` as one transaction: if it throws, every change it made is undone and the error
   * passes on. Transactions run one at a time, in the order they were asked for, even when `work`
   * awaits: 50 concurrent additions to one BOM line are 50 transactions in a row, so none is lost.
   * Not reentrant: inside a transaction, use `attempt`.
   */
  transaction<T>(work: () => T | Promise<T>): Promise<T> {
    const run = async () => {
      const mark = this.journal.mark();
      try {
        return await work();
      } catch (error) {
        this.journal.rollback(mark);
        throw error;
      } finally {
        this.journal.commit();
      }
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Runs synchronous `work` inside a transaction, undoing only its own changes if it throws. */
  attempt<T>(work: () => T): T {
    const mark = this.journal.mark();
    try {
      return work();
    } catch (error) {
      this.journal.rollback(mark);
      throw error;
    }
  }

  /** The primary org and every sub-org of the account whose primary org is `primaryOrgId`. */
  accountOrgs(primaryOrgId: string): string[] {
    return [primaryOrgId, ...this.subOrgs(primaryOrgId)];
  }

  /** The sub-orgs of an org. */
  subOrgs(orgId: string): string[] {
    return this.orgs.filter((org) => org.parent === orgId).map((org) => org.id);
  }
}
