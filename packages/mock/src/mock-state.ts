/**
 * Everything the mock server remembers, for the life of the server (or until `reset`).
 *
 * Records are stored as the API returns them, keyed by id; relations are ids, so a handler can
 * check and change related records together. `seed` decides what a fresh state holds.
 */
import type { Bom, NoPartPurchaseLine, PurchaseEvent } from "@cofactr/platform-types";
import { type SeedName, seedState } from "./seed.js";

/** An org the mock knows: an account's primary org, or one of its sub-orgs (`parent` set). */
export interface Org {
  id: string;
  name: string;
  parent: string | null;
}

/** A purchase-order line with a part, as far as the events that name it need it. */
export interface PurchaseLine {
  id: string;
  purchase_order_id: string;
  quantity: number;
  quantity_shipped: number;
  quantity_received: number;
}

export interface PurchaseOrder {
  id: string;
  org: string;
  number: string;
}

/** A background job, as Get Async Job Status reports it. */
export interface AsyncJob {
  id: string;
  org: string;
  kind: string;
  status: "pending" | "running" | "succeeded" | "failed";
  result: unknown;
  error: string | null;
  created_at: string;
  updated_at: string;
}

export class MockState {
  readonly orgs = new Map<string, Org>();
  /** API key → the primary org it belongs to. */
  readonly apiKeys = new Map<string, string>();
  readonly boms = new Map<string, Bom>();
  readonly purchaseOrders = new Map<string, PurchaseOrder>();
  readonly purchaseLines = new Map<string, PurchaseLine>();
  readonly noPartLines = new Map<string, NoPartPurchaseLine>();
  readonly purchaseEvents = new Map<string, PurchaseEvent>();
  readonly jobs = new Map<string, AsyncJob>();
  private sequence = 0;

  constructor(readonly seed: SeedName = "demo") {
    seedState(this, seed);
  }

  /** Empties the state and seeds it again, as a fresh server would be. */
  reset(): void {
    for (const value of Object.values(this)) if (value instanceof Map) value.clear();
    this.sequence = 0;
    seedState(this, this.seed);
  }

  /** A new record id: a UUID derived from a counter, so the same calls give the same ids. */
  nextId(): string {
    this.sequence++;
    const hex = this.sequence.toString(16).padStart(12, "0");
    return `00000000-0000-4000-8000-${hex}`;
  }

  /** The primary org and every sub-org of the account `orgId` belongs to. */
  accountOrgs(primaryOrgId: string): string[] {
    return [primaryOrgId, ...[...this.orgs.values()].filter((org) => org.parent === primaryOrgId).map((org) => org.id)];
  }

  /** The sub-orgs of an org. */
  subOrgs(orgId: string): string[] {
    return [...this.orgs.values()].filter((org) => org.parent === orgId).map((org) => org.id);
  }
}
