// This file is generated from the Cofactr OpenAPI spec (spec/). Do not edit it by hand:
// change the spec or the generator (packages/types/scripts) and run `pnpm generate`.
export type paths = {
    "/v1/boms/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets Boms that user has read access to
         * @description Lists the BOMs the key can read, newest first, one page at a time. Archived BOMs are left out unless `archived=true`.
         */
        get: operations["listBoms"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/boms/{bom_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a Bom
         * @description Reads one BOM, archived or not.
         */
        get: operations["getBom"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/integrations/async_boms/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upsert BOM Async
         * @description Creates a BOM from raw line data, or replaces the lines of the BOM it matches, in the background. The BOM matched is the one with the same `integration_source_name` and `integration_record_id` when both are given, otherwise the one with the same `name` and `version`. The answer is the id of the async job doing the work; read it with Get Async Job Status until it ends. Its result names the BOM.
         */
        put: operations["upsertBomAsync"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase_orders/{purchase_id}/no_part_lines/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Many NoPart Purchase Lines
         * @description Updates several no-part lines of one purchase order in one request. Either every change is applied or none is: if any item fails validation or names a line that is not on the order, the answer is 400 and nothing changes. Answers with the changed lines, in the order given.
         */
        patch: operations["updateManyNoPartPurchaseLines"];
        trace?: never;
    };
    "/v1/purchase_events/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Purchase Event
         * @description Records an event (shipped, received, invoiced, …) against one or more lines of one purchase order. All `purchase_lines` must belong to the same purchase order; the event is returned with the order it belongs to in `purchase`.
         */
        post: operations["createPurchaseEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /** @description Body of a 400 answer: field errors for an object body, one `FieldErrors` per item for a list body, or a `detail` for a body that could not be read at all. */
        BadRequestBody: components["schemas"]["ErrorDetail"] | components["schemas"]["FieldErrors"] | components["schemas"]["FieldErrors"][];
        /**
         * @description A bill of materials (designed: Cofactr publishes no schema for BOM records). Lines are read through Gets Bom Lines on a Bom; `line_count` says how many there are.
         * @example {
         *       "id": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
         *       "name": "Motor controller main board",
         *       "version": "C",
         *       "part_number": "PCBA-1042",
         *       "approved": false,
         *       "approved_at": null,
         *       "archived": false,
         *       "line_count": 2,
         *       "metadata": {
         *         "plm_revision": "7"
         *       },
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2026-11-20T15:00:04Z",
         *       "updated_at": "2026-11-20T15:00:04Z",
         *       "synced_from_integration": true,
         *       "integration_source_name": "arena",
         *       "integration_record_id": "PLM-88412",
         *       "synced_from_integration_at": "2026-11-20T15:00:00Z"
         *     }
         */
        Bom: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /** @description Name of the BOM. */
            name: string;
            /** @description Revision of the BOM, as the owner labels it. */
            version: string | null;
            /** @description Part number of the assembly the BOM builds. */
            part_number: string | null;
            /** @description Whether the BOM is approved (see Approves an unapproved Bom). */
            readonly approved: boolean;
            /** Format: date-time */
            readonly approved_at: string | null;
            /** @description True once an approved BOM was deleted; archived BOMs are kept for history. */
            readonly archived: boolean;
            readonly line_count: number;
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: uuid
             * @description Org that owns the BOM.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /** @description One page of BOMs. */
        BomPage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["Bom"][];
        };
        /**
         * @description A whole BOM as raw data, created or replaced in one request (documented by Cofactr: Upsert BOM Async, request body).
         * @example {
         *       "name": "Motor controller main board",
         *       "version": "C",
         *       "part_number": "PCBA-1042",
         *       "approved": false,
         *       "lines": [
         *         {
         *           "mpn": "GRM155R71C104KA88D",
         *           "manufacturer_name": "Murata",
         *           "quantity": 12,
         *           "reference_designators": [
         *             "C1",
         *             "C2",
         *             "C3",
         *             "C4",
         *             "C5",
         *             "C6",
         *             "C7",
         *             "C8",
         *             "C9",
         *             "C10",
         *             "C11",
         *             "C12"
         *           ],
         *           "description": "CAP CER 0.1UF 16V X7R 0402"
         *         },
         *         {
         *           "mpn": "STM32G431CBU6",
         *           "manufacturer_name": "STMicroelectronics",
         *           "quantity": 1,
         *           "reference_designators": [
         *             "U1"
         *           ],
         *           "is_custom_part": false
         *         }
         *       ],
         *       "metadata": {
         *         "plm_revision": "7"
         *       },
         *       "integration_record_id": "PLM-88412",
         *       "synced_from_integration": true,
         *       "integration_source_name": "arena",
         *       "synced_from_integration_at": "2026-11-20T15:00:00Z"
         *     }
         */
        BomUpsert: {
            name: string;
            /** @default null */
            version?: string | null;
            /**
             * @description Cofactr's page gives this field the type string with a default of null; it is nullable here so that the documented default is a valid value.
             * @default null
             */
            part_number?: string | null;
            /** @default false */
            approved?: boolean;
            lines?: components["schemas"]["CreateRawBomLine"][];
            metadata?: Record<string, never>;
            integration_record_id?: string | null;
            synced_from_integration?: boolean;
            integration_source_name?: string;
            /** Format: date-time */
            synced_from_integration_at?: string;
        };
        /**
         * @description One BOM line as raw data, before Cofactr matches it to a part (documented by Cofactr: Upsert BOM Async, `lines` item).
         * @example {
         *       "mpn": "GRM155R71C104KA88D",
         *       "manufacturer_name": "Murata",
         *       "quantity": 12,
         *       "reference_designators": [
         *         "C1",
         *         "C2",
         *         "C3",
         *         "C4",
         *         "C5",
         *         "C6",
         *         "C7",
         *         "C8",
         *         "C9",
         *         "C10",
         *         "C11",
         *         "C12"
         *       ],
         *       "description": "CAP CER 0.1UF 16V X7R 0402",
         *       "package": "0402",
         *       "mount_type": "SMT"
         *     }
         */
        CreateRawBomLine: {
            /** @description Custom id */
            custom_id?: string | null;
            /** @description Mpn (manufacturer part number) */
            mpn: string | null;
            alternative_mpns?: string[];
            /** @description Manufacturer name */
            manufacturer_name?: string | null;
            /**
             * @description Quantity
             * @default 0
             */
            quantity?: number;
            /** @description Reference designators string */
            reference_designators_string?: string;
            reference_designators?: string[];
            /** @description Description */
            description?: string | null;
            /** @description Link */
            link?: string | null;
            /** @description Comments */
            comments?: string | null;
            /**
             * @description Do not place
             * @default false
             */
            do_not_place?: boolean;
            /** @description Line number */
            line_number?: string | null;
            /** @description Value */
            value?: string | null;
            /** @description Package */
            package?: string | null;
            /** @description Mount type */
            mount_type?: string | null;
            /**
             * @description Metadata
             * @default {}
             */
            metadata?: Record<string, never>;
            /** @default false */
            is_custom_part?: boolean;
        };
        /**
         * Format: decimal
         * @description A decimal number carried as a string so that no precision is lost (`"12.50"`, `"-3"`, `"0.0004"`). Never parse it into a JavaScript number for money; use a decimal library.
         * @example 12.50
         */
        DecimalString: string;
        /**
         * @description An error that concerns the whole request (authentication, permission, a missing record, throttling, a malformed body).
         * @example {
         *       "detail": "Not found."
         *     }
         */
        ErrorDetail: {
            /** @description What went wrong, for a person to read. */
            detail: string;
        };
        /**
         * @description Validation errors keyed by field name, as Django REST Framework reports them. A value is a list of messages, a nested `FieldErrors` for an object field, or a list with one `FieldErrors` per item for a list field (an empty object for items without errors). `non_field_errors` holds errors that concern several fields together.
         * @example {
         *       "quantity": [
         *         "A valid integer is required."
         *       ]
         *     }
         */
        FieldErrors: {
            [key: string]: string[] | components["schemas"]["FieldErrors"][] | components["schemas"]["FieldErrors"];
        };
        /** @description The integration-sync fields as the server reports them on a record; see `IntegrationSyncInput`. */
        IntegrationSyncRecord: {
            /** @description Whether the record was created or last changed by an integration. */
            readonly synced_from_integration?: boolean;
            /** @description Name of the integration that owns the record, or null. */
            readonly integration_source_name?: string | null;
            /** @description Id of the record in the integration's system, or null. */
            readonly integration_record_id?: string | null;
            /**
             * Format: date-time
             * @description When the integration last synced the record, or null.
             */
            readonly synced_from_integration_at?: string | null;
        };
        /**
         * @description Free-form JSON object the caller owns; Cofactr stores it and returns it unchanged.
         * @example {
         *       "erp_site": "AUS-1"
         *     }
         */
        Metadata: {
            [key: string]: unknown;
        };
        /**
         * @description A purchase-order line without a part: a service, fee or anything else bought on the order (documented by Cofactr: Update Many NoPart Purchase Lines, response item).
         * @example {
         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
         *       "synced_from_integration": false,
         *       "synced_from_integration_at": "2026-11-18T09:30:00Z",
         *       "integration_source_name": "flagship",
         *       "integration_record_id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
         *       "metadata": {},
         *       "notes": "Rush build",
         *       "description": "Expedite fee",
         *       "quant": "1",
         *       "unit_price": "75.00",
         *       "line_total": "75.00",
         *       "purchase_order_id": "ca27f506-c3a4-4924-9878-316d53640467"
         *     }
         */
        NoPartPurchaseLine: {
            /**
             * Format: uuid
             * @description Id
             */
            readonly id: string;
            /** @description Synced from integration */
            readonly synced_from_integration: boolean;
            /**
             * Format: date-time
             * @description Synced from integration at
             */
            readonly synced_from_integration_at: string;
            /** @description Integration source name */
            readonly integration_source_name: string;
            /** @description Integration record id */
            readonly integration_record_id: string;
            /** @description Metadata */
            metadata: Record<string, never>;
            /** @description Notes */
            notes: string;
            /** @description Description */
            description: string;
            /** @description Quant */
            quant: components["schemas"]["DecimalString"];
            /** @description Unit price */
            unit_price: components["schemas"]["DecimalString"];
            /** @description Line total */
            line_total: components["schemas"]["DecimalString"];
            /** @description Purchase order id */
            readonly purchase_order_id: string;
        };
        /**
         * @description Body of Update Many NoPart Purchase Lines: a list of changes, one per line. Cofactr's page shows a single item; the title, the list response and "Updates Multiple No Part Line" say the endpoint takes many, so a list is the primary shape and a single object is accepted as a list of one.
         * @example [
         *       {
         *         "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
         *         "description": "Expedite fee",
         *         "quant": "1",
         *         "unit_price": "75.00",
         *         "line_total": "75.00"
         *       }
         *     ]
         */
        NoPartPurchaseLinesUpdateMany: components["schemas"]["NoPartPurchaseLineUpdate"][] | components["schemas"]["NoPartPurchaseLineUpdate"];
        /**
         * @description Changes to one no-part line (a purchase-order line for a service, fee or anything without a part), named by `id` (documented by Cofactr: Update Many NoPart Purchase Lines, request body item).
         * @example {
         *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
         *       "description": "Expedite fee",
         *       "quant": "1",
         *       "unit_price": "75.00",
         *       "line_total": "75.00"
         *     }
         */
        NoPartPurchaseLineUpdate: {
            /** @description Synced from integration */
            synced_from_integration?: boolean;
            /** @description Integration source name */
            integration_source_name?: string;
            /** @description Integration record id */
            integration_record_id?: string;
            /**
             * Format: date-time
             * @description Synced from integration at
             */
            synced_from_integration_at?: string;
            /** @description Metadata */
            metadata?: Record<string, never>;
            /** @description Notes */
            notes?: string;
            /** @description Description */
            description?: string;
            /** @description Quant */
            quant?: components["schemas"]["DecimalString"];
            /** @description Unit price */
            unit_price?: components["schemas"]["DecimalString"];
            /** @description Line total */
            line_total?: components["schemas"]["DecimalString"];
            /**
             * Format: uuid
             * @description Id of the no-part line to change.
             */
            id: string;
        };
        /** @description The paging fields every list response carries (Django REST Framework limit/offset paging). Follow `next` until it is null to read every record. */
        PageInfo: {
            /** @description Number of records across all pages. */
            count: number;
            /**
             * Format: uri
             * @description URL of the next page, or null on the last page.
             */
            next: string | null;
            /**
             * Format: uri
             * @description URL of the previous page, or null on the first page.
             */
            previous: string | null;
        };
        /**
         * @description A recorded purchase event (documented by Cofactr: Create Purchase Event, response).
         * @example {
         *       "id": "0b6f3d1e-8a2c-4f4e-9d5b-1c2a3b4c5d6e",
         *       "synced_from_integration": false,
         *       "quantity": 250,
         *       "cofactr_invoice_number": "CF-2026-00418",
         *       "cofactr_invoice_amount": "0.00",
         *       "created_at": "2026-11-20T16:04:11Z",
         *       "updated_at": "2026-11-20T16:04:11Z",
         *       "internal_metadata": {},
         *       "external_metadata": {},
         *       "externally_synced": false,
         *       "quant": 250,
         *       "timestamp": "2026-11-20T16:04:11Z",
         *       "tracking_number": "1Z999AA10123456784",
         *       "carrier": "UPS",
         *       "shipping_paid": "18.40",
         *       "estimated_delivery": "2026-12-02",
         *       "event_type": "shipped",
         *       "purchase": "ca27f506-c3a4-4924-9878-316d53640467",
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_by": "ee824cad-d7a6-4f48-87dc-e8461a9201c4",
         *       "purchase_lines": [
         *         "497f6eca-6276-4993-bfeb-53cbbbba6f08"
         *       ]
         *     }
         */
        PurchaseEvent: {
            /**
             * Format: uuid
             * @description Id
             */
            readonly id?: string;
            /** @description Synced from integration */
            readonly synced_from_integration?: boolean;
            /**
             * Format: date-time
             * @description Synced from integration at
             */
            readonly synced_from_integration_at?: string;
            /** @description Integration source name */
            readonly integration_source_name?: string;
            /** @description Integration record id */
            readonly integration_record_id?: string;
            /** @description Quantity */
            quantity: number;
            /** @description Cofactr invoice number */
            cofactr_invoice_number: string;
            /** @description Cofactr invoice amount */
            cofactr_invoice_amount: components["schemas"]["DecimalString"];
            /**
             * Format: date-time
             * @description Created at
             */
            readonly created_at?: string;
            /**
             * Format: date-time
             * @description Updated at
             */
            readonly updated_at?: string;
            /**
             * Format: date-time
             * @description Deleted at
             */
            deleted_at?: string;
            /** @description Internal metadata */
            internal_metadata?: Record<string, never>;
            /** @description External metadata */
            external_metadata?: Record<string, never>;
            /** @description The ID of this record in the external system. */
            ext_data_source_id?: string;
            /** @description Where this record originated from. Null indicates normal Flagship operation, otherwise refers to input integration source. */
            data_source?: string;
            /**
             * Format: date-time
             * @description When this record was last synced with the data source.
             */
            data_source_synced_at?: string;
            /** @description Whether this record has been synced with an external system. If true, this record cannot be edited in Flagship. */
            externally_synced?: boolean;
            /** @description Quant */
            quant?: number;
            /** @description Notes */
            notes?: string;
            /**
             * Format: date-time
             * @description Timestamp
             */
            timestamp: string;
            /** @description Tracking number */
            tracking_number?: string;
            /** @description Carrier */
            carrier?: string;
            /** @description Invoice number */
            invoice_number?: string;
            /** @description Invoice amount */
            invoice_amount?: components["schemas"]["DecimalString"];
            /** @description Line total paid */
            line_total_paid?: components["schemas"]["DecimalString"];
            /** @description Sales tax paid */
            sales_tax_paid?: components["schemas"]["DecimalString"];
            /** @description Shipping paid */
            shipping_paid?: components["schemas"]["DecimalString"];
            /** @description Other total paid */
            other_total_paid?: components["schemas"]["DecimalString"];
            /** @description Duties paid */
            duties_paid?: components["schemas"]["DecimalString"];
            /**
             * Format: date
             * @description Estimated delivery
             */
            estimated_delivery?: string;
            /**
             * Format: date
             * @description Snoozed until
             */
            snoozed_until?: string;
            event_type: components["schemas"]["PurchaseEventType"];
            /** @description Tracking status */
            tracking_status?: string;
            /**
             * Format: uuid
             * @description Purchase
             */
            purchase: string;
            /**
             * Format: uuid
             * @description Org
             */
            org?: string;
            /**
             * Format: uuid
             * @description Created by
             */
            created_by?: string;
            purchase_lines?: string[];
        };
        /**
         * @description A purchase event to record against one or more lines of one purchase order (documented by Cofactr: Create Purchase Event).
         * @example {
         *       "purchase_lines": [
         *         "497f6eca-6276-4993-bfeb-53cbbbba6f08"
         *       ],
         *       "event_type": "shipped",
         *       "quantity": 250,
         *       "tracking_number": "1Z999AA10123456784",
         *       "estimated_delivery": "2026-12-02",
         *       "shipping_paid": "18.40",
         *       "send_alerts": true
         *     }
         */
        PurchaseEventCreate: {
            /** @description Synced from integration */
            synced_from_integration?: boolean;
            /** @description Integration source name */
            integration_source_name?: string;
            /** @description Integration record id */
            integration_record_id?: string;
            /**
             * Format: date-time
             * @description Synced from integration at
             */
            synced_from_integration_at?: string;
            /** @description Ids of the purchase lines the event applies to. */
            purchase_lines: string[];
            /** @description Quantity */
            quantity?: number;
            /** @description Notes */
            notes?: string;
            /** @description Tracking number */
            tracking_number?: string;
            /** @description Line total paid */
            line_total_paid?: components["schemas"]["DecimalString"];
            /** @description Sales tax paid */
            sales_tax_paid?: components["schemas"]["DecimalString"];
            /** @description Shipping paid */
            shipping_paid?: components["schemas"]["DecimalString"];
            /** @description Other total paid */
            other_total_paid?: components["schemas"]["DecimalString"];
            /** @description Duties paid */
            duties_paid?: components["schemas"]["DecimalString"];
            /**
             * Format: date
             * @description Estimated delivery
             */
            estimated_delivery?: string;
            /**
             * Format: date
             * @description Expected ship by
             */
            expected_ship_by?: string;
            /**
             * Format: date
             * @description Snoozed until
             */
            snoozed_until?: string;
            /** @description Coo (country of origin) */
            coo?: string;
            /** @description Date code */
            date_code?: string;
            /** @description Mfg lot */
            mfg_lot?: string;
            /** @description Cofactr invoice number */
            cofactr_invoice_number?: string;
            /** @description Cofactr invoice amount */
            cofactr_invoice_amount?: components["schemas"]["DecimalString"];
            event_type: components["schemas"]["PurchaseEventType"];
            /** @description Divide quant */
            divide_quant?: number;
            /**
             * @description Send alerts
             * @default true
             */
            send_alerts?: boolean;
        };
        /**
         * @description Event type
         * @example shipped
         * @enum {string}
         */
        PurchaseEventType: "shipped" | "voided" | "canceled" | "adjusted" | "imported" | "delayed" | "note" | "return_request" | "return" | "confirm" | "track" | "divide" | "combine" | "invoiced" | "delivered" | "delivery_attempt" | "reschedule_request" | "reschedule" | "received" | "ignored" | "snoozed";
    };
    responses: {
        /** @description The request was rejected before anything changed. Field errors follow Django REST Framework: an object whose keys are field names and whose values are lists of messages (nested for nested fields, a list per item for list bodies); errors that concern the whole request come as `detail`. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["BadRequestBody"];
            };
        };
        /** @description The key is valid but may not act on this org or record. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "You do not have permission to perform this action."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description No record with this id is visible to the key (in the org or sub-orgs it acts on). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Not found."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description Too many requests; wait for the number of seconds in `Retry-After` before trying again. */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before the next request. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Request was throttled. Expected available in 12 seconds."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description The `Authorization` header is missing, malformed, or names a key that is not valid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Authentication credentials were not provided."
                 *     }
                 */
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
    };
    parameters: {
        /**
         * @description If given, includes records made by sub orgs in the lookup. Cofactr documents it as a string whose presence is what counts; send `true`.
         * @example true
         */
        Blended: string;
        /**
         * @description Id of the BOM.
         * @example 6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b
         */
        BomId: string;
        /**
         * @description Largest number of records in one page.
         * @example 100
         */
        Limit: number;
        /**
         * @description Number of records to skip before the page starts.
         * @example 0
         */
        Offset: number;
        /**
         * @description Limits the response to records of this org (the key's primary org or one of its sub-orgs).
         * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
         */
        OrgId: string;
        /**
         * @description Id (a UUID) of the purchase order. Cofactr documents it as a plain string.
         * @example ca27f506-c3a4-4924-9878-316d53640467
         */
        PurchaseId: string;
        /**
         * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
         * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
         */
        XOrgId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type BadRequestBody = components['schemas']['BadRequestBody'];
export type Bom = components['schemas']['Bom'];
export type BomPage = components['schemas']['BomPage'];
export type BomUpsert = components['schemas']['BomUpsert'];
export type CreateRawBomLine = components['schemas']['CreateRawBomLine'];
export type DecimalString = components['schemas']['DecimalString'];
export type ErrorDetail = components['schemas']['ErrorDetail'];
export type FieldErrors = components['schemas']['FieldErrors'];
export type IntegrationSyncRecord = components['schemas']['IntegrationSyncRecord'];
export type Metadata = components['schemas']['Metadata'];
export type NoPartPurchaseLine = components['schemas']['NoPartPurchaseLine'];
export type NoPartPurchaseLinesUpdateMany = components['schemas']['NoPartPurchaseLinesUpdateMany'];
export type NoPartPurchaseLineUpdate = components['schemas']['NoPartPurchaseLineUpdate'];
export type PageInfo = components['schemas']['PageInfo'];
export type PurchaseEvent = components['schemas']['PurchaseEvent'];
export type PurchaseEventCreate = components['schemas']['PurchaseEventCreate'];
export type PurchaseEventType = components['schemas']['PurchaseEventType'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterBlended = components['parameters']['Blended'];
export type ParameterBomId = components['parameters']['BomId'];
export type ParameterLimit = components['parameters']['Limit'];
export type ParameterOffset = components['parameters']['Offset'];
export type ParameterOrgId = components['parameters']['OrgId'];
export type ParameterPurchaseId = components['parameters']['PurchaseId'];
export type ParameterXOrgId = components['parameters']['XOrgId'];
export type $defs = Record<string, never>;
export interface operations {
    listBoms: {
        parameters: {
            query?: {
                /**
                 * @description Largest number of records in one page.
                 * @example 100
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Number of records to skip before the page starts.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Limits the response to records of this org (the key's primary org or one of its sub-orgs).
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                org_id?: components["parameters"]["OrgId"];
                /** @description List archived BOMs instead of active ones. */
                archived?: boolean;
            };
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of BOMs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 1,
                     *       "next": null,
                     *       "previous": null,
                     *       "results": [
                     *         {
                     *           "id": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                     *           "name": "Motor controller main board",
                     *           "version": "C",
                     *           "part_number": "PCBA-1042",
                     *           "approved": false,
                     *           "approved_at": null,
                     *           "archived": false,
                     *           "line_count": 2,
                     *           "metadata": {},
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-11-20T15:00:04Z",
                     *           "updated_at": "2026-11-20T15:00:04Z",
                     *           "synced_from_integration": false,
                     *           "integration_source_name": null,
                     *           "integration_record_id": null,
                     *           "synced_from_integration_at": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BomPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getBom: {
        parameters: {
            query?: {
                /**
                 * @description Limits the response to records of this org (the key's primary org or one of its sub-orgs).
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                org_id?: components["parameters"]["OrgId"];
            };
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the BOM.
                 * @example 6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b
                 */
                bom_id: components["parameters"]["BomId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The BOM. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bom"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    upsertBomAsync: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BomUpsert"];
            };
        };
        responses: {
            /** @description The id of the async job that upserts the BOM. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example 9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a */
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateManyNoPartPurchaseLines: {
        parameters: {
            query?: {
                /**
                 * @description If given, includes records made by sub orgs in the lookup. Cofactr documents it as a string whose presence is what counts; send `true`.
                 * @example true
                 */
                blended?: components["parameters"]["Blended"];
            };
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id (a UUID) of the purchase order. Cofactr documents it as a plain string.
                 * @example ca27f506-c3a4-4924-9878-316d53640467
                 */
                purchase_id: components["parameters"]["PurchaseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoPartPurchaseLinesUpdateMany"];
            };
        };
        responses: {
            /** @description The changed lines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoPartPurchaseLine"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPurchaseEvent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PurchaseEventCreate"];
            };
        };
        responses: {
            /** @description The recorded event. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PurchaseEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
}
