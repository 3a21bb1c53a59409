// This file is generated from the Cofactr OpenAPI spec (spec/). Do not edit it by hand:
// change the spec or the generator (packages/client/scripts) and run `pnpm generate`.
import type { Caller, CallOptions, OperationBody, OperationResult } from "../operation-call.js";

/** Every operation of the Cofactr API, by resource. Methods resolve to the data and throw `CofactrApiError` for a non-2xx answer. */
export interface Resources {
  readonly boms: {
    /**
     * Gets Boms that user has read access to
     *
     * Lists the BOMs the key can read, newest first, one page at a time. Archived BOMs are left out unless `archived=true`.
     *
     * `GET /v1/boms/` (`listBoms`)
     */
    list(options?: CallOptions<"listBoms">): Promise<OperationResult<"listBoms">>;
    /**
     * Gets a Bom
     *
     * Reads one BOM, archived or not.
     *
     * `GET /v1/boms/{bom_id}/` (`getBom`)
     */
    get(bomId: string, options?: CallOptions<"getBom">): Promise<OperationResult<"getBom">>;
    /**
     * Upsert BOM Async
     *
     * Creates a BOM from raw line data, or replaces the lines of the BOM it matches, in the background. The BOM matched is the one with the same `integration_source_name` and `integration_record_id` when both are given, otherwise the one with the same `name` and `version`. The answer is the id of the async job doing the work; read it with Get Async Job Status until it ends. Its result names the BOM.
     *
     * `PUT /integrations/async_boms/` (`upsertBomAsync`)
     */
    upsertAsync(body: OperationBody<"upsertBomAsync">, options?: CallOptions<"upsertBomAsync">): Promise<OperationResult<"upsertBomAsync">>;
  };
  readonly purchaseOrders: {
    readonly noPartLines: {
      /**
       * Update Many NoPart Purchase Lines
       *
       * Updates several no-part lines of one purchase order in one request. Either every change is applied or none is: if any item fails validation or names a line that is not on the order, the answer is 400 and nothing changes. Answers with the changed lines, in the order given.
       *
       * `PATCH /v1/purchase_orders/{purchase_id}/no_part_lines/` (`updateManyNoPartPurchaseLines`)
       */
      updateMany(purchaseId: string, body: OperationBody<"updateManyNoPartPurchaseLines">, options?: CallOptions<"updateManyNoPartPurchaseLines">): Promise<OperationResult<"updateManyNoPartPurchaseLines">>;
    };
  };
  readonly purchaseEvents: {
    /**
     * Create Purchase Event
     *
     * Records an event (shipped, received, invoiced, …) against one or more lines of one purchase order. All `purchase_lines` must belong to the same purchase order; the event is returned with the order it belongs to in `purchase`.
     *
     * `POST /v1/purchase_events/` (`createPurchaseEvent`)
     */
    create(body: OperationBody<"createPurchaseEvent">, options?: CallOptions<"createPurchaseEvent">): Promise<OperationResult<"createPurchaseEvent">>;
  };
}

/** Builds the facade over one caller. */
export function createResources(call: Caller): Resources {
  return {
    boms: {
      list: (options) =>
        call("GET", "/v1/boms/", {  }, undefined, options) as never,
      get: (bomId, options) =>
        call("GET", "/v1/boms/{bom_id}/", { bom_id: bomId }, undefined, options) as never,
      upsertAsync: (body, options) =>
        call("PUT", "/integrations/async_boms/", {  }, body, options) as never,
    },
    purchaseOrders: {
      noPartLines: {
        updateMany: (purchaseId, body, options) =>
          call("PATCH", "/v1/purchase_orders/{purchase_id}/no_part_lines/", { purchase_id: purchaseId }, body, options) as never,
      },
    },
    purchaseEvents: {
      create: (body, options) =>
        call("POST", "/v1/purchase_events/", {  }, body, options) as never,
    },
  };
}
