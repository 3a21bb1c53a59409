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
        /**
         * Creates a Bom using Cofactr Data
         * @description Creates an unapproved BOM whose lines name Cofactr parts by id. Lines in the body that name the same part become one line with their quantities summed. Read the lines back with Gets Bom Lines on a Bom.
         */
        post: operations["createBom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/boms/raw/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Creates a Bom using raw bomline data and performs searches to convert into Cofactr Data
         * @description Creates an unapproved BOM from raw lines (manufacturer part numbers and names, as in a spreadsheet). Before answering, Cofactr searches its part data to match each line to a part; lines that match nothing are kept with status `no_match` and `part` null. Lines that end up with the same part and the same reference designators become one line with their quantities summed. For large BOMs, or to update a BOM in place, use Upsert BOM Async.
         */
        post: operations["createBomFromRaw"];
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
        /**
         * Deletes a Bom if still unapproved. Archives a bom if approved.
         * @description Removes a BOM. An unapproved BOM is deleted with its lines, and reading it afterwards answers 404. An approved BOM is archived instead: it is kept for history with `archived: true`, leaves the default BOM list, and can no longer be changed. Both answer 204; deleting an archived BOM again changes nothing. An unapproved BOM that a program line builds can't be deleted (400).
         */
        delete: operations["deleteBom"];
        options?: never;
        head?: never;
        /**
         * Updates a Bom
         * @description Changes a BOM's name, version, part number, metadata or integration fields. Fields left out are kept. An archived BOM can't be changed (400).
         */
        patch: operations["updateBom"];
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
    "/v1/boms/{bom_id}/approve/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approves an unapproved Bom.
         * @description Marks an unapproved BOM as approved and sets `approved_at`. Takes no body. A BOM that is already approved, or archived, answers 400 and is left as it is. Once approved, deleting the BOM archives it instead.
         */
        post: operations["approveBom"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/boms/{bom_id}/lines/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets Bom Lines on a Bom.
         * @description Lists the lines of one BOM, archived or not, oldest first, one page at a time.
         */
        get: operations["listBomLines"];
        put?: never;
        /**
         * Creates a new bomline on a Bom using Cofactr data. If a bomline with the provided part exists it will sum the quants instead of duplicating lines.
         * @description Adds a line for a Cofactr part to a BOM. If the BOM already has a line for that part, no line is added: the quantity is added to the existing line, the reference designators and alternate parts it lacks are appended, and its other fields are kept (when several lines carry the part, the oldest one is used). Answers 201 with a new line, or 200 with the line the quantity was summed into. An archived BOM can't be changed (400).
         */
        post: operations["createBomLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/boms/{bom_id}/lines/{line_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a BomLine
         * @description Reads one line of a BOM.
         */
        get: operations["getBomLine"];
        put?: never;
        post?: never;
        /**
         * Removes a Bomline from a Bom.
         * @description Deletes one line from a BOM; the BOM's `line_count` drops by one. A line of an archived BOM can't be removed (400).
         */
        delete: operations["deleteBomLine"];
        options?: never;
        head?: never;
        /**
         * Updates a BomLine
         * @description Changes one BOM line. Fields left out are kept; lists replace the old list; the quantity given replaces the old one (nothing is summed here). Setting `part` re-matches the line by hand. `status` follows from the new values. A line of an archived BOM can't be changed (400).
         */
        patch: operations["updateBomLine"];
        trace?: never;
    };
    "/v1/boms/{bom_id}/lines/raw/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attempts to create a new Bomline using raw data and performs searches to convert into Cofactr Data. If a Bomline with the same part and refdes exists it will sum the quants instead of duplicating lines.
         * @description Adds a line given as raw data to a BOM. Before answering, Cofactr searches its part data for the line's part. If the BOM already has a line with the part found and the same set of reference designators (order does not matter), no line is added and the quantity is added to that line. A line that matches no part is always added, with status `no_match`. Answers 201 with a new line, or 200 with the line the quantity was summed into. An archived BOM can't be changed (400).
         */
        post: operations["createBomLineFromRaw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets Programs
         * @description Lists the programs the key can read, newest first, one page at a time.
         */
        get: operations["listPrograms"];
        put?: never;
        /**
         * Creates a Program
         * @description Creates a program with no lines, as `draft` unless `status` is given. Add what it builds with Create Programs Lines.
         */
        post: operations["createProgram"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/{program_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets a Program
         * @description Reads one program.
         */
        get: operations["getProgram"];
        put?: never;
        post?: never;
        /**
         * Deletes a Program
         * @description Deletes a program, whatever its status, with its lines and part overrides. The BOMs and parts it named are not touched.
         */
        delete: operations["deleteProgram"];
        options?: never;
        head?: never;
        /**
         * Updates a Program
         * @description Changes a program; fields left out are kept. `status` moves between `draft` and `approved` either way and from `approved` to `complete`. A complete program can't be changed, and other status moves are refused (both 400).
         */
        patch: operations["updateProgram"];
        trace?: never;
    };
    "/v1/programs/{program_id}/availabilities/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets Program Availabilities
         * @description Works out, while you wait, what the program needs part by part (its included lines, with BOM quantities multiplied out and part overrides applied; consigned parts left out) and what is available: the org's unallocated stock, the shortfall, and current supplier offers. Large programs can take long; Gets Program Availabilities Async does the same work in the background.
         */
        get: operations["getProgramAvailabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/{program_id}/async_availabilities/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets Program Availabilities Async
         * @description Starts working out the program's availabilities in the background and answers at once with the id of the async job. Read the job with Get Async Job Status until it ends; its result is the same object Gets Program Availabilities answers with.
         */
        get: operations["getProgramAvailabilitiesAsync"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/{program_id}/reference_pricing/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Gets Program Reference Pricing
         * @description Prices what the program needs at market reference prices: for each part (included lines, part overrides applied, consigned parts left out), the median current supplier price at the quantity needed, times that quantity, and the total. A benchmark for quotes, not an offer. Parts without price data have null prices and are counted in `unpriced_part_count`.
         */
        get: operations["getProgramReferencePricing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/{program_id}/lines/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Programs Lines
         * @description Lists the lines of one program, included or not, oldest first, one page at a time.
         */
        get: operations["listProgramLines"];
        put?: never;
        /**
         * Create Programs Lines
         * @description Adds several lines to one program in one request. Each line names exactly one of a BOM (of the program's org, not archived) or a part. Either every line is created or none is: if any item fails validation the answer is 400 with one error object per item, and nothing changes. The same BOM or part may appear on several lines (e.g. with different need-by dates); nothing is summed. A complete program can't be changed (400). Answers with the new lines, in the order given.
         */
        post: operations["createProgramLines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/{program_id}/lines/{line_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Programs Line
         * @description Reads one line of a program.
         */
        get: operations["getProgramLine"];
        put?: never;
        post?: never;
        /**
         * Delete Programs Line
         * @description Deletes one line from a program. To keep a line but stop it counting, set `included` to false instead. A line of a complete program can't be deleted (400).
         */
        delete: operations["deleteProgramLine"];
        options?: never;
        head?: never;
        /**
         * Update Programs Line
         * @description Changes one program line: its quantity, whether it is included, its need-by date, notes, metadata or integration fields. Fields left out are kept. What the line builds can't change; delete it and create another. A line of a complete program can't be changed (400).
         */
        patch: operations["updateProgramLine"];
        trace?: never;
    };
    "/v1/programs/{program_id}/part_overrides/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Program Part Overrides
         * @description Lists the part overrides of one program, oldest first, one page at a time.
         */
        get: operations["listProgramPartOverrides"];
        put?: never;
        /**
         * Create Program Part Overrides
         * @description Adds an override for one part the program needs: a fixed quantity, extra units, a substitute part, a consigned flag or a target price. A program has at most one override per part; a second one for the same part answers 400 (change the first instead). A complete program can't be changed (400).
         */
        post: operations["createProgramPartOverride"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/programs/{program_id}/part_overrides/{part_override_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Program Part Override
         * @description Reads one part override of a program.
         */
        get: operations["getProgramPartOverride"];
        put?: never;
        post?: never;
        /**
         * Delete Program Part Override
         * @description Deletes a part override; the program goes back to the quantity worked out from its lines for that part. An override of a complete program can't be deleted (400).
         */
        delete: operations["deleteProgramPartOverride"];
        options?: never;
        head?: never;
        /**
         * Update Program Part Override
         * @description Changes a part override; fields left out are kept. The part it applies to can't change; delete the override and create another. An override of a complete program can't be changed (400).
         */
        patch: operations["updateProgramPartOverride"];
        trace?: never;
    };
    "/v1/sub_orgs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Sub Orgs
         * @description Lists the sub-orgs of the key's primary org, sandboxes included, oldest first, one page at a time. `org_id` narrows the list to that one sub-org.
         */
        get: operations["listSubOrgs"];
        put?: never;
        /**
         * Create Sub Org
         * @description Creates a sub-org under the key's primary org and answers it. Sub-orgs are one level deep: a request acting on a sub-org (through `x-org-id`) is refused with 403. A name already used by another sub-org is refused with 400. Sandboxes cannot be created here; Cofactr provisions them on request.
         */
        post: operations["createSubOrg"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sub_orgs/{sub_org_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Sub Org
         * @description Reads one sub-org of the key's primary org, sandbox or not.
         */
        get: operations["getSubOrg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Sub Org
         * @description Changes the name or metadata of a sub-org; fields left out keep their value, and `metadata` is replaced as a whole when given. A name already used by another sub-org is refused with 400. Only the primary org manages sub-orgs: a request acting on a sub-org is refused with 403.
         */
        patch: operations["updateSubOrg"];
        trace?: never;
    };
    "/v1/org/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Org
         * @description Reads the org the request acts on: the key's primary org, or the sub-org named by `x-org-id` (or by `org_id`). Use it to check which org a key or header reaches.
         */
        get: operations["getOrg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Users
         * @description Lists the users of the org the request acts on, with their role in it, ordered by email, one page at a time. Users whose access was removed are included with `is_active: false` unless `is_active=true`.
         */
        get: operations["listUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{user_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get User
         * @description Reads one user of the org the request acts on, active or not, with their role in it.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reporting/sql/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Customer SQL Query
         * @description Runs one read-only SQL query (PostgreSQL dialect) over the reporting views of the org the request acts on and answers its rows, at most 10,000 of them (`truncated` says when more were dropped). There is one view per record type, named like its path (`parts`, `stock_lots`, `suppliers`, …), with a column per field. Only records of that org are visible; name another org with `x-org-id`. Anything other than a single `SELECT` (inserts, updates, deletes, DDL, several statements), a syntax error, an unknown table or column, a missing parameter, or a query still running after 30 seconds is answered with 400 and a `detail` that says why. Nothing is ever changed.
         */
        post: operations["runSqlQuery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outbound_emails/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Outbound Email
         * @description Records an email to be sent by the org's own mail system. It starts `pending`; Cofactr does not deliver it. Send it, then call Mark Outbound Email as Sent.
         */
        post: operations["createOutboundEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outbound_emails/{outbound_email_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Outbound Email
         * @description Reads one outbound email, pending or sent.
         */
        get: operations["getOutboundEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/outbound_emails/{outbound_email_id}/mark_sent/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark Outbound Email as Sent
         * @description Records that the org's mail system sent a pending outbound email: its `status` becomes `sent` and `sent_at` and `provider_message_id` are set from the body (`sent_at` defaults to now). Marking an email that is already sent changes nothing and answers it as it is, so a retried request is safe.
         */
        post: operations["markOutboundEmailSent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api_key/rotate/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update API Key
         * @description Rotates the API key the request is sent with: answers a new key, shown only in this answer, and the key that made the request stops working at once. Nothing else about the account changes. Store the new key before anything else; if the answer is lost, the old key is already revoked and a new one must be made in the Cofactr app. Requests sent with the old key afterwards fail with 401. The key belongs to the account, so `x-org-id` makes no difference.
         */
        post: operations["updateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/async_jobs/{job_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Async Job Status
         * @description Reads the status of an async job started by Upsert BOM Async, Async Create Parts, Async Upsert Parts or Gets Program Availabilities Async, with its progress and, once it ended, its result or error. Poll it every few seconds until `status` is `succeeded` or `failed`; mind 429 and its `Retry-After`. A job is visible only to the org it was started for, and is kept for 30 days after it ends; after that the answer is 404.
         */
        get: operations["getAsyncJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stock_documents/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List StockDocuments
         * @description Lists the stock documents the key can read, newest first, one page at a time. Filter by `stock_lot` to get the documents of one lot, and by `document_type`. Each item describes a file; Download StockDocument gives its bytes.
         */
        get: operations["listStockDocuments"];
        put?: never;
        /**
         * Create StockDocument
         * @description Uploads a file and keeps it with a stock lot, as `multipart/form-data`: the file goes in the `file` part, the other fields in form fields of their own. Files over 25 MiB, a missing `file` part, or a stock lot the key cannot see are refused with 400. Answers the new document's record; Download StockDocument gives the bytes back.
         */
        post: operations["createStockDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stock_documents/{stock_document_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get StockDocument
         * @description Reads the record of one stock document (its name, type, size and lot); not the file itself.
         */
        get: operations["getStockDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/stock_documents/{stock_document_id}/download/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download StockDocument
         * @description Answers the bytes of a stock document's file, exactly as uploaded, as `application/octet-stream`. `Content-Disposition` carries the file's name; its original media type is `content_type` on the document's record. Errors still come as JSON.
         */
        get: operations["downloadStockDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppliers/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Suppliers
         * @description Lists the org's suppliers, ordered by name, one page at a time. `search` narrows the list to suppliers whose name contains it, ignoring case; use it to find a supplier before creating one.
         */
        get: operations["listSuppliers"];
        put?: never;
        /**
         * Create Supplier
         * @description Creates a supplier and answers it. A name the org already uses for another supplier (ignoring case) is refused with 400; look it up with Get Suppliers first, or update the existing one.
         */
        post: operations["createSupplier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/suppliers/{supplier_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Supplier
         * @description Reads one supplier.
         */
        get: operations["getSupplier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Supplier
         * @description Changes a supplier; fields left out keep their value, null clears a nullable field, and `metadata` is replaced as a whole when given. Renaming it to a name another supplier of the org has (ignoring case) is refused with 400.
         */
        patch: operations["updateSupplier"];
        trace?: never;
    };
    "/v1/parts/create_async/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Async Create Parts
         * @description Creates many parts in the background. The body is checked at once (shape, limits, duplicates among its items: 400); the answer is the id of the async job that creates the parts. Read it with Get Async Job Status: on success its result lists the new parts' ids in the order sent. Creation is all or nothing: if any item would duplicate a part the org already has (same `custom_id`, or same CPID), the job fails, names the item, and creates no part. Use Async Upsert Parts to create or update instead.
         */
        post: operations["createPartsAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parts/upsert_async/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Async Upsert Parts
         * @description Creates or updates many parts in the background. Each item updates the part it matches (same `integration_source_name` and `integration_record_id` when both are given, else same `custom_id` when given, else same CPID from `mpn` and `manufacturer_name`) and creates a part when it matches none. The body is checked at once (400); the answer is the id of the async job doing the work. Read it with Get Async Job Status: on success its result lists the parts' ids in the order sent, with counts of created and updated parts. All or nothing: if any item fails, the job fails, names the item, and changes no part. Sending the same body twice leaves the same parts.
         */
        post: operations["upsertPartsAsync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/parts/{part_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Part
         * @description Reads one of the org's parts, named either by its id (a UUID) or by its CPID (`/v1/parts/CCK7Q2M9XW4D/`).
         */
        get: operations["getPart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase_orders/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Purchase Order
         * @description Creates a purchase order with one supplier, without lines; add them with Create Purchase Line and Create NoPart Purchase Line. `po_number` must be unique in the org. Answers with the new order.
         */
        post: operations["createPurchaseOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/purchase_orders/{purchase_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Purchase Order
         * @description Reads one purchase order with its totals. Its lines are read with Get Purchase Lines and Get NoPart Purchase Lines. With `blended`, an order of one of the org's sub-orgs is found too.
         */
        get: operations["getPurchaseOrder"];
        put?: never;
        post?: never;
        /**
         * Delete Purchase Order
         * @description Deletes the purchase order with all of its lines (with and without a part) and the purchase events recorded against them. An order that a supplier bill names cannot be deleted: the answer is 400 and nothing changes; set its `status` to `canceled` instead.
         */
        delete: operations["deletePurchaseOrder"];
        options?: never;
        head?: never;
        /**
         * Update Purchase Order
         * @description Changes the fields sent and leaves the others as they are. `tags` replaces the whole list; `custom_properties` changes only the keys sent. `supplier` can change only while the order is a `draft`. Answers with the whole order.
         */
        patch: operations["updatePurchaseOrder"];
        trace?: never;
    };
    "/v1/purchase_orders/{purchase_id}/lines/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Purchase Lines
         * @description Lists the lines with a part of one purchase order, oldest first, one page at a time. No-part lines (fees, services) are listed by Get NoPart Purchase Lines.
         */
        get: operations["listPurchaseLines"];
        put?: never;
        /**
         * Create Purchase Line
         * @description Adds a line for a part to the purchase order. Each call adds a separate line, even for a part already on the order (for example with another delivery date). The order's totals follow. Answers with the new line.
         */
        post: operations["createPurchaseLine"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Many Purchase Lines
         * @description Updates several lines with a part of one purchase order in one request, each named by `id`. Either every change is applied or none is: if any item fails validation, names a line that is not on the order, or names a line already named, the answer is 400 and nothing changes. Answers with the changed lines, in the order given.
         */
        patch: operations["updateManyPurchaseLines"];
        trace?: never;
    };
    "/v1/purchase_orders/{purchase_id}/lines/{line_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Purchase Line
         * @description Reads one line with a part of the purchase order. A line of another order answers 404.
         */
        get: operations["getPurchaseLine"];
        put?: never;
        post?: never;
        /**
         * Delete Purchase Line
         * @description Removes a line with a part from the purchase order; the order's totals follow. Purchase events recorded against this line alone are deleted with it; events that also name other lines keep those. A line that a supplier bill line refers to cannot be deleted: the answer is 400 and nothing changes.
         */
        delete: operations["deletePurchaseLine"];
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
        /**
         * Get NoPart Purchase Lines
         * @description Lists the no-part lines (fees, services, anything without a part) of one purchase order, oldest first, one page at a time.
         */
        get: operations["listNoPartPurchaseLines"];
        put?: never;
        /**
         * Create NoPart Purchase Line
         * @description Adds a no-part line (a fee, a service, anything without a part) to the purchase order. When `line_total` is left out it is `quant` × `unit_price`. The order's totals follow. Answers with the new line.
         */
        post: operations["createNoPartPurchaseLine"];
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
    "/v1/purchase_orders/{purchase_id}/no_part_lines/{line_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete NoPart Purchase Line
         * @description Removes a no-part line from the purchase order; the order's totals follow. A line that a supplier bill line refers to cannot be deleted: the answer is 400 and nothing changes.
         */
        delete: operations["deleteNoPartPurchaseLine"];
        options?: never;
        head?: never;
        patch?: never;
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
    "/v1/supplier_bills/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Supplier Bill
         * @description Records a bill (invoice) received from a supplier, without lines; add them with Create Supplier Bill Line. A `purchase_order`, when given, must be placed with the same supplier. A second bill with the same `bill_number` from the same supplier is rejected (400). Answers with the new bill.
         */
        post: operations["createSupplierBill"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/supplier_bills/{supplier_bill_id}/": {
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
         * Update Supplier Bill
         * @description Changes the fields sent and leaves the others as they are; set `status` to `paid` once the bill is paid or `void` to cancel it. `supplier` and `purchase_order` can change only while the bill has no lines. Answers with the whole bill.
         */
        patch: operations["updateSupplierBill"];
        trace?: never;
    };
    "/v1/supplier_bills/{supplier_bill_id}/lines/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Supplier Bill Line
         * @description Adds a line to a supplier bill. The line bills one purchase line or one no-part line of the bill's purchase order, or, with neither, a charge that `description` names. The bill's totals follow. Answers with the new line.
         */
        post: operations["createSupplierBillLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/supplier_bills/{supplier_bill_id}/lines/{line_id}/": {
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
         * Update Supplier Bill Line
         * @description Changes the fields sent and leaves the others as they are; the rules of Create Supplier Bill Line apply to the result. The bill's totals follow. Answers with the whole line.
         */
        patch: operations["updateSupplierBillLine"];
        trace?: never;
    };
    "/v1/teams/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Teams
         * @description Lists the org's teams by name, one page at a time. Archived teams are left out unless `archived=true`; `team_type` keeps only teams of one type.
         */
        get: operations["listTeams"];
        put?: never;
        /**
         * Create Team
         * @description Creates a team of one of the org's team types. The name must be unique in the org. Answers with the new team, not archived.
         */
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{team_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Team
         * @description Reads one team, archived or not.
         */
        get: operations["getTeam"];
        put?: never;
        post?: never;
        /**
         * Delete Team
         * @description Deletes a team that no record is assigned to. A team that records are still assigned to cannot be deleted: the answer is 400 and nothing changes; archive it instead (Archive Team).
         */
        delete: operations["deleteTeam"];
        options?: never;
        head?: never;
        /**
         * Update Team
         * @description Changes the fields sent (name, type, metadata) and leaves the others as they are; archived teams can be changed too. Records assigned to the team stay assigned. Answers with the whole team.
         */
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/v1/teams/{team_id}/archive/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Archive Team
         * @description Archives the team. Records assigned to it stay assigned and it can still be read, but Get Teams leaves it out by default and no more records can be assigned to it. Archiving an archived team changes nothing. Answers with the team.
         */
        post: operations["archiveTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{team_id}/unarchive/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unarchive Team
         * @description Makes an archived team active again: it is listed by Get Teams and records can be assigned to it. Unarchiving a team that is not archived changes nothing. Answers with the team.
         */
        post: operations["unarchiveTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/team_types/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Team Types
         * @description Lists the org's team types by name, one page at a time.
         */
        get: operations["listTeamTypes"];
        put?: never;
        /**
         * Create Team Type
         * @description Creates a team type (such as Project, Business Unit or Customer). The name must be unique in the org. Answers with the new type.
         */
        post: operations["createTeamType"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/team_types/{team_type_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Team Type
         * @description Reads one team type.
         */
        get: operations["getTeamType"];
        put?: never;
        post?: never;
        /**
         * Delete Team Type
         * @description Deletes a team type that no team has, archived teams included. A type still in use cannot be deleted: the answer is 400 and nothing changes; move its teams to another type first.
         */
        delete: operations["deleteTeamType"];
        options?: never;
        head?: never;
        /**
         * Update Team Type
         * @description Renames the team type; its teams keep it. The new name must be unique in the org. Answers with the whole type.
         */
        patch: operations["updateTeamType"];
        trace?: never;
    };
    "/v1/custom_properties/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Custom Properties
         * @description Lists the org's custom properties, oldest first, one page at a time. `record_type` keeps the properties of one kind of record; archived properties are left out unless `archived=true`.
         */
        get: operations["listCustomProperties"];
        put?: never;
        /**
         * Create Custom Property
         * @description Adds a custom property to one kind of record. `key` must be unique among the properties of that record type; `key`, `record_type` and `data_type` cannot change later. A `select` property needs at least one option. Answers with the new property.
         */
        post: operations["createCustomProperty"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/custom_properties/{custom_property_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Custom Property
         * @description Reads one custom property, archived or not.
         */
        get: operations["getCustomProperty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update Custom Property
         * @description Changes the fields sent (name, options, description, archived) and leaves the others as they are. `options` replaces the whole list; values already set on records are kept. Setting `archived` to true hides the property and stops new values; there is no delete. Answers with the whole property.
         */
        patch: operations["updateCustomProperty"];
        trace?: never;
    };
    "/v1/stock_lots/{stock_lot_id}/": {
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
         * Updates a StockLot
         * @description Changes one stock lot: its bin (to record a move), its quantity (a new count, not a change), its date code, lot code or metadata. Fields left out keep their value; `metadata` is replaced as a whole when given. A change that would make the lot share its part, bin, date code and lot code with another lot is refused with 400; to merge two lots, set the stock of the bin with Upsert Part Stock instead.
         */
        patch: operations["updateStockLot"];
        trace?: never;
    };
    "/v1/parts/{part_id}/stock/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upsert Part Stock
         * @description Sets the stock of one part in one bin to exactly what the body lists, lot by lot. Each listed lot updates the quantity of the part's lot in that bin with the same date code and lot code, or creates it; lots of the part in that bin that the body leaves out are set to 0 (they are kept for their history and documents). Other bins are not touched. Quantities are counts, not changes, so sending the same body twice changes nothing the second time. Answers the part's stock in the bin with every lot.
         */
        put: operations["upsertPartStock"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get tags
         * @description Lists the org's tags by name, one page at a time.
         */
        get: operations["listTags"];
        put?: never;
        /**
         * Create tag
         * @description Creates a tag. Its name must be unique in the org, ignoring case (`ncnr` clashes with `NCNR`). Answers with the new tag.
         */
        post: operations["createTag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags/{tag_id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get tag
         * @description Reads one tag.
         */
        get: operations["getTag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update tag
         * @description Changes the fields sent and leaves the others as they are. The tag stays on the records that have it, so a rename shows everywhere. Answers with the whole tag.
         */
        patch: operations["updateTag"];
        trace?: never;
    };
    "/v1/rfqs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Rfq
         * @description Creates a request for quote, `draft` unless `status` says otherwise, without lines; add the parts with Create RfqLine. Answers with the new RFQ.
         */
        post: operations["createRfq"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rfqs/{rfq_id}/": {
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
         * Update Rfq
         * @description Changes the fields sent and leaves the others as they are; `suppliers` replaces the whole list. `status` moves from `draft` to `sent` to `closed`, and a closed RFQ can be reopened as `sent`; going back to `draft` is rejected (400). Answers with the whole RFQ.
         */
        patch: operations["updateRfq"];
        trace?: never;
    };
    "/v1/rfqs/{rfq_id}/lines/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create RfqLine
         * @description Adds a part and quantity to an RFQ that is not `closed`. A part is on an RFQ at most once: a line for a part already there is rejected (400); change that line's `quant` instead. Answers with the new line.
         */
        post: operations["createRfqLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rfqs/{rfq_id}/lines/{line_id}/": {
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
         * Update RfqLine
         * @description Changes the fields sent of a line of an RFQ that is not `closed` and leaves the others as they are. The part cannot change. Answers with the whole line.
         */
        patch: operations["updateRfqLine"];
        trace?: never;
    };
    "/v1/supplier_quotes/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Supplier Quote
         * @description Records a supplier's price offer, usually the answer to an RFQ (`rfq`), without lines; add the prices with Create Supplier Quote Line. Answers with the new quote.
         */
        post: operations["createSupplierQuote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/supplier_quotes/{supplier_quote_id}/": {
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
         * Update Supplier Quote
         * @description Changes the fields sent and leaves the others as they are. `supplier` and `rfq` can change only while the quote has no lines. Answers with the whole quote.
         */
        patch: operations["updateSupplierQuote"];
        trace?: never;
    };
    "/v1/supplier_quotes/{supplier_quote_id}/lines/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Supplier Quote Line
         * @description Adds one price (a part at a quantity) to a supplier quote. Give `part`, `rfq_line`, or both; with only `rfq_line` the RFQ line's part is used, and a different `part` records an alternate. `rfq_line` must be a line of the quote's RFQ. Price breaks are several lines for one part. Answers with the new line.
         */
        post: operations["createSupplierQuoteLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/supplier_quotes/{supplier_quote_id}/lines/{line_id}/": {
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
         * Update Supplier Quote Line
         * @description Changes the fields sent and leaves the others as they are; the rules of Create Supplier Quote Line apply to the result. Answers with the whole line.
         */
        patch: operations["updateSupplierQuoteLine"];
        trace?: never;
    };
};
export type webhooks = {
    recordChanged: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record created or updated
         * @description Cofactr POSTs this JSON body to the webhook URL when a record is created or updated. Answer with any 2xx status to acknowledge it. `data` has the shape of the record's GET answer, chosen by `record_type`.
         */
        post: operations["recordChangedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type components = {
    schemas: {
        /**
         * @description A new API key, as Update API Key answers it. `key` is shown in this one answer only; Cofactr keeps just a hash of it and cannot show it again.
         * @example {
         *       "key": "Xq7bT2vN.9kLm4RpW8sYd3FhJ6gZc1aVeQ5uN0oTi",
         *       "key_prefix": "Xq7bT2vN",
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2026-11-20T16:30:12Z"
         *     }
         */
        ApiKey: {
            /** @description The new secret. Send it as `Authorization: Api-Key <key>`; store it before doing anything else. */
            readonly key: string;
            /** @description First characters of the key; the Cofactr app shows them to tell keys apart. */
            readonly key_prefix: string;
            /**
             * Format: uuid
             * @description Primary org of the account the key belongs to; it reaches that org's sub-orgs too.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
        };
        /**
         * @description Background work started by an async operation (designed: Cofactr publishes no schema for async jobs). Poll it with Get Async Job Status until `status` is `succeeded` or `failed`; `result` is set on success and `error` on failure, never both.
         * @example {
         *       "id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
         *       "kind": "upsert_parts",
         *       "status": "succeeded",
         *       "progress": {
         *         "completed": 2,
         *         "total": 2
         *       },
         *       "result": {
         *         "parts": [
         *           "4b9e1d7c-3a2f-4e6b-8c5d-0f1e2d3c4b5a",
         *           "c2d1e0f9-8a7b-4c6d-9e5f-3a2b1c0d9e8f"
         *         ],
         *         "created": 1,
         *         "updated": 1
         *       },
         *       "error": null,
         *       "created_at": "2026-11-20T16:40:00Z",
         *       "updated_at": "2026-11-20T16:40:07Z",
         *       "finished_at": "2026-11-20T16:40:07Z"
         *     }
         */
        AsyncJob: {
            /** @description Id of the job, the string the starting operation answered. */
            readonly id: string;
            kind: components["schemas"]["AsyncJobKind"];
            status: components["schemas"]["AsyncJobStatus"];
            progress: components["schemas"]["AsyncJobProgress"];
            /** @description What the job produced, once it succeeded; null before and on failure. By kind: `upsert_bom` gives `{"bom": <BOM id>, "created": <bool>}`; `create_parts` gives `{"parts": [<part id>, …]}` in the order sent; `upsert_parts` gives the same plus `created` and `updated` counts; `program_availabilities` gives the body Gets Program Availabilities answers. */
            result: {
                [key: string]: unknown;
            } | null;
            /** @description Why the job failed, once it failed; null otherwise. */
            error: {
                /** @description What went wrong, for a person to read; for list bodies it names the item. */
                detail: string;
            } | null;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
            /**
             * Format: date-time
             * @description When the job succeeded or failed, or null while it is pending or running.
             */
            readonly finished_at: string | null;
        };
        /**
         * @description What the job does: `upsert_bom` (Upsert BOM Async), `create_parts` (Async Create Parts), `upsert_parts` (Async Upsert Parts) or `program_availabilities` (Gets Program Availabilities Async).
         * @example upsert_parts
         * @enum {string}
         */
        AsyncJobKind: "upsert_bom" | "create_parts" | "upsert_parts" | "program_availabilities";
        /**
         * @description How far the job got, in items of its own kind (BOM lines, parts, program lines). `total` is null until the job knows it.
         * @example {
         *       "completed": 1200,
         *       "total": 3000
         *     }
         */
        AsyncJobProgress: {
            /** @description Items done so far. */
            completed: number;
            /** @description Items the job has to do, or null while not yet known. */
            total: number | null;
        };
        /**
         * @description Where the job stands: `pending` (queued), `running`, then `succeeded` or `failed`. The last two are final; a job never leaves them.
         * @example running
         * @enum {string}
         */
        AsyncJobStatus: "pending" | "running" | "succeeded" | "failed";
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
        /**
         * @description A new BOM whose lines name Cofactr parts by id. Lines that name the same part are merged into one, with their quantities summed (see `BomLineCreate`).
         * @example {
         *       "name": "LED driver board",
         *       "version": "A",
         *       "part_number": "PCBA-2210",
         *       "metadata": {
         *         "plm_revision": "3"
         *       },
         *       "lines": [
         *         {
         *           "part": "c9f0f895-fb98-4b91-9a2e-3b4c5d6e7f80",
         *           "quantity": 1,
         *           "reference_designators": [
         *             "U1"
         *           ]
         *         },
         *         {
         *           "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
         *           "quantity": 8,
         *           "reference_designators": [
         *             "C1",
         *             "C2",
         *             "C3",
         *             "C4",
         *             "C5",
         *             "C6",
         *             "C7",
         *             "C8"
         *           ],
         *           "alternative_parts": [
         *             "d3d94468-02a4-4b5e-8c6d-7e8f9a0b1c2d"
         *           ]
         *         }
         *       ]
         *     }
         */
        BomCreate: components["schemas"]["IntegrationSyncInput"] & {
            /** @description Name of the BOM. */
            name: string;
            /** @description Revision of the BOM, as the owner labels it. */
            version?: string | null;
            /** @description Part number of the assembly the BOM builds. */
            part_number?: string | null;
            metadata?: components["schemas"]["Metadata"];
            lines?: components["schemas"]["BomLineCreate"][];
        };
        /**
         * @description One line of a BOM (designed: Cofactr publishes no schema for BOM lines). `part` is the Cofactr part the line resolves to, or null when a raw line matched no part. The raw fields (`mpn`, `manufacturer_name`, `value`, …) keep what the line was imported with; they are null on lines created from a part.
         * @example {
         *       "id": "4b9e2c71-0d3a-4f6b-8c15-7e2a9d6f3b10",
         *       "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
         *       "line_number": "10",
         *       "custom_id": "CAP-0402-104",
         *       "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
         *       "alternative_parts": [
         *         "d3d94468-02a4-4b5e-8c6d-7e8f9a0b1c2d"
         *       ],
         *       "mpn": "GRM155R71C104KA88D",
         *       "manufacturer_name": "Murata",
         *       "alternative_mpns": [
         *         "CL05B104KO5NNNC"
         *       ],
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
         *       "value": "0.1uF",
         *       "package": "0402",
         *       "mount_type": "SMT",
         *       "link": null,
         *       "comments": null,
         *       "do_not_place": false,
         *       "ignored": false,
         *       "is_custom_part": false,
         *       "status": "buyable",
         *       "metadata": {},
         *       "created_at": "2026-11-20T15:00:04Z",
         *       "updated_at": "2026-11-20T15:00:04Z",
         *       "synced_from_integration": false,
         *       "integration_source_name": null,
         *       "integration_record_id": null,
         *       "synced_from_integration_at": null
         *     }
         */
        BomLine: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /**
             * Format: uuid
             * @description Id of the BOM the line belongs to.
             */
            readonly bom: string;
            /** @description The line's number or label in the owner's BOM (e.g. `"10"` or `"A-3"`). */
            line_number: string | null;
            /** @description The owner's own id for the line or its part (an internal part number). */
            custom_id: string | null;
            /**
             * Format: uuid
             * @description Id of the Cofactr part the line uses, or null when no part matched.
             */
            part: string | null;
            /** @description Ids of Cofactr parts approved as alternates for `part`. */
            alternative_parts: string[];
            /** @description Manufacturer part number as imported, or null. */
            mpn: string | null;
            /** @description Manufacturer name as imported, or null. */
            manufacturer_name: string | null;
            /** @description Alternate manufacturer part numbers as imported. */
            alternative_mpns: string[];
            /** @description Number of units one assembly uses. */
            quantity: number;
            /** @description Board positions the part fills (`C1`, `U3`, …). */
            reference_designators: string[];
            description: string | null;
            /** @description Component value as imported (`10k`, `0.1uF`). */
            value: string | null;
            /** @description Package or case as imported (`0402`, `SOIC-8`). */
            package: string | null;
            /** @description Mounting as imported (`SMT`, `THT`). */
            mount_type: string | null;
            /** @description A URL the owner attached to the line (datasheet, PLM record). */
            link: string | null;
            comments: string | null;
            /** @description The part is listed but not fitted on this build; status becomes `do_not_place`. */
            do_not_place: boolean;
            /** @description The line is left out of sourcing; status becomes `ignore`. */
            ignored: boolean;
            /** @description The part is made to the owner's drawing (a PCB, cable, bracket) rather than bought off the shelf. */
            is_custom_part: boolean;
            /**
             * @description Sourcing state, worked out by Cofactr: `ignore` if `ignored`, else `do_not_place` if `do_not_place`, else `no_match` if `part` is null, else `on_hand` if the org's stock covers `quantity`, else `buyable` if a supplier offers the part, else `needs_rfq`.
             * @enum {string}
             */
            readonly status: "needs_rfq" | "buyable" | "on_hand" | "do_not_place" | "ignore" | "no_match";
            metadata: components["schemas"]["Metadata"];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A BOM line that names its Cofactr part by id. If the BOM already has a line for `part`, nothing new is made: `quantity` is added to that line's quantity and the reference designators and alternate parts not yet on it are appended; its other fields are kept.
         * @example {
         *       "part": "a87ff679-a2f3-4e71-8d5c-1a2b3c4d5e6f",
         *       "quantity": 1,
         *       "reference_designators": [
         *         "U1"
         *       ],
         *       "line_number": "20"
         *     }
         */
        BomLineCreate: components["schemas"]["IntegrationSyncInput"] & {
            /**
             * Format: uuid
             * @description Id of the Cofactr part.
             */
            part: string;
            /** @description Number of units one assembly uses. */
            quantity: number;
            reference_designators?: string[];
            /** @description Ids of Cofactr parts approved as alternates. */
            alternative_parts?: string[];
            line_number?: string | null;
            custom_id?: string | null;
            description?: string | null;
            comments?: string | null;
            /** @default false */
            do_not_place?: boolean;
            /** @default false */
            ignored?: boolean;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description One page of BOM lines. */
        BomLinePage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["BomLine"][];
        };
        /**
         * @description A BOM line as raw data, in the same shape as a line of Upsert BOM Async. Cofactr searches its part data for `mpn` (and `manufacturer_name` when given) to find the part. If the BOM already has a line with the part found and the same set of reference designators (in any order), `quantity` is added to that line instead of making a new one. A line that matches no part is always added, with status `no_match`.
         * @example {
         *       "mpn": "RC0402FR-0710KL",
         *       "manufacturer_name": "Yageo",
         *       "quantity": 4,
         *       "reference_designators": [
         *         "R1",
         *         "R2",
         *         "R3",
         *         "R4"
         *       ],
         *       "description": "RES 10K OHM 1% 1/16W 0402",
         *       "value": "10k",
         *       "package": "0402",
         *       "mount_type": "SMT"
         *     }
         */
        BomLineRawCreate: components["schemas"]["IntegrationSyncInput"] & components["schemas"]["CreateRawBomLine"];
        /**
         * @description Changes to one BOM line; fields left out are kept. Lists (`reference_designators`, `alternative_parts`) replace the old list. No quantities are summed here.
         * @example {
         *       "quantity": 14,
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
         *         "C12",
         *         "C13",
         *         "C14"
         *       ]
         *     }
         */
        BomLineUpdate: components["schemas"]["IntegrationSyncInput"] & {
            /**
             * Format: uuid
             * @description Id of the Cofactr part the line should use; null clears the match.
             */
            part?: string | null;
            quantity?: number;
            reference_designators?: string[];
            alternative_parts?: string[];
            line_number?: string | null;
            custom_id?: string | null;
            description?: string | null;
            comments?: string | null;
            do_not_place?: boolean;
            ignored?: boolean;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A webhook sent when a BomLine record is created or updated; `data` is the record as its GET answer shows it. */
        BomLineWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "BomLine";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["BomLine"];
        };
        /** @description One page of BOMs. */
        BomPage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["Bom"][];
        };
        /**
         * @description A new BOM from raw line data (manufacturer part numbers, not Cofactr ids). Cofactr searches its part data to match each line before answering; lines that match no part are kept with status `no_match`. Lines that end up with the same part and the same reference designators are merged, with their quantities summed.
         * @example {
         *       "name": "Motor controller main board",
         *       "version": "D",
         *       "part_number": "PCBA-1042",
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
         *           ]
         *         }
         *       ],
         *       "integration_source_name": "arena",
         *       "integration_record_id": "PLM-88502",
         *       "synced_from_integration": true,
         *       "synced_from_integration_at": "2026-11-21T09:12:00Z"
         *     }
         */
        BomRawCreate: components["schemas"]["IntegrationSyncInput"] & {
            /** @description Name of the BOM. */
            name: string;
            /** @description Revision of the BOM, as the owner labels it. */
            version?: string | null;
            /** @description Part number of the assembly the BOM builds. */
            part_number?: string | null;
            metadata?: components["schemas"]["Metadata"];
            lines?: components["schemas"]["CreateRawBomLine"][];
        };
        /**
         * @description Changes to a BOM's own fields; fields left out are kept. Lines are changed through the BOM line operations, and approval through Approves an unapproved Bom.
         * @example {
         *       "version": "C1",
         *       "metadata": {
         *         "plm_revision": "8"
         *       }
         *     }
         */
        BomUpdate: components["schemas"]["IntegrationSyncInput"] & {
            name?: string;
            version?: string | null;
            part_number?: string | null;
            metadata?: components["schemas"]["Metadata"];
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
            metadata?: Record<string, unknown>;
            integration_record_id?: string | null;
            synced_from_integration?: boolean;
            integration_source_name?: string;
            /** Format: date-time */
            synced_from_integration_at?: string;
        };
        /** @description A webhook sent when a BOM record is created or updated; `data` is the record as its GET answer shows it. */
        BomWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "BOM";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["Bom"];
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
            metadata?: Record<string, unknown>;
            /** @default false */
            is_custom_part?: boolean;
        };
        /**
         * @description A field the org adds to one kind of record (designed: Cofactr publishes no schema for custom properties). Records of that kind carry its value under `key` in their `custom_properties`. A property cannot be deleted; archive it (`archived: true`) to hide it and stop new values.
         * @example {
         *       "id": "54d60621-597b-4826-9051-6ac7b4cbe840",
         *       "name": "Cost center",
         *       "key": "cost_center",
         *       "record_type": "purchase_order",
         *       "data_type": "select",
         *       "options": [
         *         "4100",
         *         "4200",
         *         "5300"
         *       ],
         *       "description": "Finance cost center the order is charged to.",
         *       "archived": false,
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2026-09-14T10:05:00Z",
         *       "updated_at": "2026-09-14T10:05:00Z"
         *     }
         */
        CustomProperty: {
            /** Format: uuid */
            readonly id: string;
            /** @description Label of the property as people see it. */
            name: string;
            /** @description Key of the value in a record's `custom_properties`; unique per record type, fixed once created. */
            readonly key: string;
            readonly record_type: components["schemas"]["CustomPropertyRecordType"];
            readonly data_type: components["schemas"]["CustomPropertyDataType"];
            /** @description The allowed values of a `select` property, in display order; empty for other types. */
            options: string[];
            /** @description Help text shown next to the property, or null. */
            description: string | null;
            /** @description Archived properties are hidden and take no new values; values already set are kept. */
            archived: boolean;
            /**
             * Format: uuid
             * @description Org that owns the property.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new custom property. `key`, `record_type` and `data_type` cannot change afterwards. `options` is required (at least one) for a `select` property and must be left out for the others.
         * @example {
         *       "name": "ITAR controlled",
         *       "key": "itar_controlled",
         *       "record_type": "part",
         *       "data_type": "boolean",
         *       "description": "The part falls under ITAR export rules."
         *     }
         */
        CustomPropertyCreate: {
            name: string;
            /** @description Lower-case letters, digits and underscores, starting with a letter; unique per record type. */
            key: string;
            record_type: components["schemas"]["CustomPropertyRecordType"];
            data_type: components["schemas"]["CustomPropertyDataType"];
            options?: string[];
            description?: string | null;
        };
        /**
         * @description Kind of value a custom property holds: `text` (a string), `number` (a decimal string), `boolean`, `date` (`YYYY-MM-DD`), or `select` (one of the property's `options`).
         * @example select
         * @enum {string}
         */
        CustomPropertyDataType: "text" | "number" | "boolean" | "date" | "select";
        /** @description One page of custom properties. */
        CustomPropertyPage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["CustomProperty"][];
        };
        /**
         * @description Kind of record a custom property is kept on.
         * @example purchase_order
         * @enum {string}
         */
        CustomPropertyRecordType: "part" | "bom" | "program" | "purchase_order" | "supplier";
        /**
         * @description Changes to a custom property; only the fields sent change. `options` replaces the whole list (only for `select` properties); values already set on records are kept even if their option is removed.
         * @example {
         *       "options": [
         *         "4100",
         *         "4200",
         *         "5300",
         *         "6100"
         *       ]
         *     }
         */
        CustomPropertyUpdate: {
            name?: string;
            options?: string[];
            description?: string | null;
            archived?: boolean;
        };
        /**
         * @description Values of the org's custom properties on one record, keyed by each property's `key`. The value's JSON type follows the property's `data_type`: a string for `text`, a decimal string for `number` (`"12.5"`), a boolean for `boolean`, a `YYYY-MM-DD` string for `date`, one of the property's `options` for `select`; null clears it. Keys that name no active property of the record's type are rejected. When writing, only the keys sent change.
         * @example {
         *       "cost_center": "4100",
         *       "itar_controlled": false
         *     }
         */
        CustomPropertyValues: {
            [key: string]: string | boolean | null;
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
        /** @description Fields an integration sends to say where a record came from. Set them when the record mirrors one in another system (an ERP, a PLM) so that later syncs find it again. */
        IntegrationSyncInput: {
            /** @description Whether the record was created or last changed by an integration. */
            synced_from_integration?: boolean;
            /** @description Name of the integration that owns the record (e.g. `netsuite`). */
            integration_source_name?: string;
            /** @description Id of the record in the integration's system. */
            integration_record_id?: string;
            /**
             * Format: date-time
             * @description When the integration last synced the record.
             */
            synced_from_integration_at?: string;
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
            metadata: Record<string, unknown>;
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
         * @description A new no-part line (a fee, a service, anything bought without a part) on a purchase order. When `line_total` is left out it is `quant` × `unit_price`.
         * @example {
         *       "description": "SMT stencil, 0.12 mm, framed",
         *       "quant": "1",
         *       "unit_price": "185.00",
         *       "notes": "Ship with the boards"
         *     }
         */
        NoPartPurchaseLineCreate: components["schemas"]["IntegrationSyncInput"] & {
            /** @description What is bought (e.g. `Expedite fee`, `Stencil`). */
            description: string;
            /** @description Quantity bought; may have a fraction (hours, meters). */
            quant: components["schemas"]["DecimalString"];
            /** @description Price of one unit, in the order's currency. */
            unit_price: components["schemas"]["DecimalString"];
            /** @description Total of the line, when it is not `quant` × `unit_price` (a rounded or flat charge). */
            line_total?: components["schemas"]["DecimalString"];
            notes?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description One page of no-part lines. */
        NoPartPurchaseLinePage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["NoPartPurchaseLine"][];
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
            metadata?: Record<string, unknown>;
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
        /** @description A webhook sent when a NoPartPurchaseLine record is created or updated; `data` is the record as its GET answer shows it. */
        NoPartPurchaseLineWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "NoPartPurchaseLine";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["NoPartPurchaseLine"];
        };
        /**
         * @description An org: the account's primary org or one of its sub-orgs (designed: Cofactr publishes no schema for orgs). Every record belongs to exactly one org.
         * @example {
         *       "id": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "name": "Northwind Robotics",
         *       "parent": null,
         *       "sandbox": false,
         *       "created_at": "2025-03-04T17:21:09Z",
         *       "updated_at": "2026-10-02T08:45:30Z"
         *     }
         */
        Org: {
            /** Format: uuid */
            readonly id: string;
            /** @description Name of the org. */
            name: string;
            /**
             * Format: uuid
             * @description The primary org this org is a sub-org of, or null for a primary org.
             */
            readonly parent: string | null;
            /** @description Whether the org is a sandbox (a sub-org Cofactr provisions on request for testing). */
            readonly sandbox: boolean;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description An email the org sends to someone outside Cofactr, such as an RFQ to a supplier (designed: Cofactr publishes no schema for outbound emails). Cofactr keeps the record; the org's own mail system delivers the message and then marks it as sent.
         * @example {
         *       "id": "5c0e7a3b-2f1d-4b6a-9e8c-7d6f5a4b3c2d",
         *       "to": [
         *         "quotes@arrowline-components.com"
         *       ],
         *       "cc": [
         *         "maria.lopez@northwind-robotics.com"
         *       ],
         *       "bcc": [],
         *       "reply_to": "maria.lopez@northwind-robotics.com",
         *       "subject": "RFQ 2026-118: STM32G431CBU6, 2,500 pcs",
         *       "text_body": "Hello, please quote 2,500 pcs of STM32G431CBU6 (STMicroelectronics), delivery by 2027-01-15. Thank you, Maria Lopez",
         *       "html_body": null,
         *       "status": "pending",
         *       "sent_at": null,
         *       "provider_message_id": null,
         *       "metadata": {
         *         "rfq_number": "2026-118"
         *       },
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2026-11-20T16:20:00Z",
         *       "updated_at": "2026-11-20T16:20:00Z"
         *     }
         */
        OutboundEmail: {
            /** Format: uuid */
            readonly id: string;
            /** @description Addresses of the recipients. */
            to: string[];
            cc: string[];
            bcc: string[];
            /**
             * Format: email
             * @description Address replies should go to, or null for the sender's.
             */
            reply_to: string | null;
            subject: string;
            /** @description The message as plain text. */
            text_body: string;
            /** @description The message as HTML, or null to send plain text only. */
            html_body: string | null;
            status: components["schemas"]["OutboundEmailStatus"];
            /**
             * Format: date-time
             * @description When the email was sent, or null while it is pending.
             */
            readonly sent_at: string | null;
            /** @description The `Message-ID` the mail system gave the email when it sent it, or null. */
            readonly provider_message_id: string | null;
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: uuid
             * @description Org that sends the email.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new outbound email, recorded as `pending` until it is marked as sent.
         * @example {
         *       "to": [
         *         "quotes@arrowline-components.com"
         *       ],
         *       "cc": [
         *         "maria.lopez@northwind-robotics.com"
         *       ],
         *       "reply_to": "maria.lopez@northwind-robotics.com",
         *       "subject": "RFQ 2026-118: STM32G431CBU6, 2,500 pcs",
         *       "text_body": "Hello, please quote 2,500 pcs of STM32G431CBU6 (STMicroelectronics), delivery by 2027-01-15. Thank you, Maria Lopez",
         *       "metadata": {
         *         "rfq_number": "2026-118"
         *       }
         *     }
         */
        OutboundEmailCreate: {
            /** @description Addresses of the recipients. */
            to: string[];
            /** @default [] */
            cc?: string[];
            /** @default [] */
            bcc?: string[];
            /**
             * Format: email
             * @description Address replies should go to, or null for the sender's.
             * @default null
             */
            reply_to?: string | null;
            subject: string;
            /** @description The message as plain text. */
            text_body: string;
            /**
             * @description The message as HTML, or null to send plain text only.
             * @default null
             */
            html_body?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description Details of the delivery, recorded on the email when it is marked as sent. Both are optional.
         * @example {
         *       "sent_at": "2026-11-20T16:21:37Z",
         *       "provider_message_id": "<CAF3x9Zq8m2kL7@mail.northwind-robotics.com>"
         *     }
         */
        OutboundEmailMarkSent: {
            /**
             * Format: date-time
             * @description When the mail system sent the email; the time of the request when left out.
             */
            sent_at?: string;
            /** @description The `Message-ID` the mail system gave the email. */
            provider_message_id?: string;
        };
        /**
         * @description Where an outbound email stands: `pending` until whoever delivers it marks it as sent, then `sent`.
         * @example pending
         * @enum {string}
         */
        OutboundEmailStatus: "pending" | "sent";
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
         * @description A part the org uses, matched to Cofactr's part data where possible (designed: Cofactr publishes no schema for parts). Each part has a CPID, Cofactr's part id: the catalog part's when the MPN and manufacturer matched one, otherwise one Cofactr assigns. An org holds at most one part per CPID and per `custom_id`.
         * @example {
         *       "id": "4b9e1d7c-3a2f-4e6b-8c5d-0f1e2d3c4b5a",
         *       "cpid": "CCK7Q2M9XW4D",
         *       "custom_id": "NW-CAP-0402-104",
         *       "mpn": "GRM155R71C104KA88D",
         *       "manufacturer_name": "Murata",
         *       "description": "CAP CER 0.1UF 16V X7R 0402",
         *       "package": "0402",
         *       "mount_type": "SMT",
         *       "is_custom_part": false,
         *       "metadata": {
         *         "erp_item_class": "passives"
         *       },
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2026-02-10T12:00:00Z",
         *       "updated_at": "2026-11-20T16:40:07Z",
         *       "synced_from_integration": true,
         *       "integration_source_name": "netsuite",
         *       "integration_record_id": "ITEM-10442",
         *       "synced_from_integration_at": "2026-11-20T16:40:00Z"
         *     }
         */
        Part: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /** @description Cofactr's part id (CPID). */
            readonly cpid: string;
            /** @description The org's own part number for the part, or null. */
            custom_id: string | null;
            /** @description Manufacturer part number; for a custom part, its drawing or part number. */
            mpn: string;
            /** @description Name of the manufacturer, or null when unknown. */
            manufacturer_name: string | null;
            description: string | null;
            /** @description Package or case (e.g. `0402`, `UFQFPN-48`), or null. */
            package: string | null;
            /** @description How the part is mounted (e.g. `SMT`, `THT`), or null. */
            mount_type: string | null;
            /** @description Whether the part is made to the org's design (a PCB, a cable, a machined part) rather than bought from a catalog. */
            is_custom_part: boolean;
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: uuid
             * @description Org that owns the part.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description One part to create or upsert. Cofactr matches `mpn` and `manufacturer_name` to its part data to find the CPID. When an upsert updates a part, fields left out keep their value (defaults apply only to new parts).
         * @example {
         *       "custom_id": "NW-CAP-0402-104",
         *       "mpn": "GRM155R71C104KA88D",
         *       "manufacturer_name": "Murata",
         *       "description": "CAP CER 0.1UF 16V X7R 0402",
         *       "package": "0402",
         *       "mount_type": "SMT",
         *       "metadata": {
         *         "erp_item_class": "passives"
         *       },
         *       "synced_from_integration": true,
         *       "integration_source_name": "netsuite",
         *       "integration_record_id": "ITEM-10442",
         *       "synced_from_integration_at": "2026-11-20T16:40:00Z"
         *     }
         */
        PartCreate: components["schemas"]["IntegrationSyncInput"] & {
            /** @description The org's own part number for the part; unique within the org. */
            custom_id?: string | null;
            /** @description Manufacturer part number; for a custom part, its drawing or part number. */
            mpn: string;
            /** @description Name of the manufacturer; helps the match when several makers use the MPN. */
            manufacturer_name?: string | null;
            description?: string | null;
            /** @description Package or case (e.g. `0402`, `UFQFPN-48`). */
            package?: string | null;
            /** @description How the part is mounted (e.g. `SMT`, `THT`). */
            mount_type?: string | null;
            /**
             * @description True for a part made to the org's design; it is not matched to catalog data.
             * @default false
             */
            is_custom_part?: boolean;
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description Body of Async Create Parts: the parts to create, all or none. No two items may share a `custom_id`, or an `mpn` and `manufacturer_name`.
         * @example {
         *       "parts": [
         *         {
         *           "custom_id": "NW-CAP-0402-104",
         *           "mpn": "GRM155R71C104KA88D",
         *           "manufacturer_name": "Murata",
         *           "description": "CAP CER 0.1UF 16V X7R 0402",
         *           "package": "0402",
         *           "mount_type": "SMT"
         *         },
         *         {
         *           "custom_id": "NW-MCU-0001",
         *           "mpn": "STM32G431CBU6",
         *           "manufacturer_name": "STMicroelectronics",
         *           "package": "UFQFPN-48",
         *           "mount_type": "SMT"
         *         }
         *       ]
         *     }
         */
        PartsCreateAsync: {
            parts: components["schemas"]["PartCreate"][];
        };
        /**
         * @description The stock of one part in one bin, as Upsert Part Stock leaves it.
         * @example {
         *       "part": "4b9e1d7c-3a2f-4e6b-8c5d-0f1e2d3c4b5a",
         *       "bin": "A-03-2",
         *       "quantity": 12500,
         *       "lots": [
         *         {
         *           "id": "d3a8f1b6-7c2e-4a9d-b5f4-6e1c0a9b8d7f",
         *           "part": "4b9e1d7c-3a2f-4e6b-8c5d-0f1e2d3c4b5a",
         *           "bin": "A-03-2",
         *           "quantity": 10000,
         *           "date_code": "2339",
         *           "lot_code": "2339K51",
         *           "metadata": {},
         *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *           "created_at": "2026-11-19T10:00:00Z",
         *           "updated_at": "2026-11-19T10:00:00Z",
         *           "synced_from_integration": false,
         *           "integration_source_name": null,
         *           "integration_record_id": null,
         *           "synced_from_integration_at": null
         *         }
         *       ]
         *     }
         */
        PartStock: {
            /**
             * Format: uuid
             * @description Id of the part.
             */
            readonly part: string;
            /** @description Label of the bin. */
            readonly bin: string;
            /** @description Number of pieces of the part in the bin, the sum over `lots`. */
            readonly quantity: number;
            /** @description Every lot of the part in the bin, including lots set to 0 because the body left them out. */
            readonly lots: components["schemas"]["StockLot"][];
        };
        /**
         * @description One lot of a part in the bin, in Upsert Part Stock: how many pieces of this date code and lot code are there. A lot without date code and lot code stands for stock whose codes are unknown.
         * @example {
         *       "quantity": 10000,
         *       "date_code": "2339",
         *       "lot_code": "2339K51"
         *     }
         */
        PartStockLot: {
            /** @description Number of pieces of the lot in the bin (a count, not a change). */
            quantity: number;
            /**
             * @description Manufacturer's date code as printed on the label.
             * @default null
             */
            date_code?: string | null;
            /**
             * @description Manufacturer's lot code as printed on the label.
             * @default null
             */
            lot_code?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description Body of Upsert Part Stock: everything of the part that is in one bin, lot by lot. No two lots may share a date code and lot code.
         * @example {
         *       "bin": "A-03-2",
         *       "lots": [
         *         {
         *           "quantity": 10000,
         *           "date_code": "2339",
         *           "lot_code": "2339K51"
         *         },
         *         {
         *           "quantity": 2500,
         *           "date_code": "2402",
         *           "lot_code": "2402M07"
         *         }
         *       ]
         *     }
         */
        PartStockUpsert: {
            /** @description Label of the bin, e.g. `A-03-2`. */
            bin: string;
            /** @description The lots of the part in the bin; an empty list says the bin holds none of it. */
            lots: components["schemas"]["PartStockLot"][];
        };
        /**
         * @description Body of Async Upsert Parts: the parts to create or update, all or none. Each item updates the part it matches: the one with the same `integration_source_name` and `integration_record_id` when both are given, else the one with the same `custom_id` when given, else the one with the same CPID (found from `mpn` and `manufacturer_name`); an item that matches none creates a part. No two items may match the same part.
         * @example {
         *       "parts": [
         *         {
         *           "custom_id": "NW-CAP-0402-104",
         *           "mpn": "GRM155R71C104KA88D",
         *           "manufacturer_name": "Murata",
         *           "description": "CAP CER 0.1UF 16V X7R 0402",
         *           "synced_from_integration": true,
         *           "integration_source_name": "netsuite",
         *           "integration_record_id": "ITEM-10442",
         *           "synced_from_integration_at": "2026-11-20T16:40:00Z"
         *         },
         *         {
         *           "custom_id": "NW-PCB-1042",
         *           "mpn": "PCB-1042 rev C",
         *           "manufacturer_name": null,
         *           "description": "Motor controller main board, bare PCB",
         *           "is_custom_part": true,
         *           "synced_from_integration": true,
         *           "integration_source_name": "netsuite",
         *           "integration_record_id": "ITEM-20918",
         *           "synced_from_integration_at": "2026-11-20T16:40:00Z"
         *         }
         *       ]
         *     }
         */
        PartsUpsertAsync: {
            parts: components["schemas"]["PartCreate"][];
        };
        /** @description A webhook sent when a Part record is created or updated; `data` is the record as its GET answer shows it. */
        PartWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "Part";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["Part"];
        };
        /**
         * @description A program: a plan to build BOMs (or buy single parts) in given quantities (designed: Cofactr publishes no schema for programs). Its lines say what is built; its part overrides adjust the parts it needs.
         * @example {
         *       "id": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
         *       "name": "Q1 2027 motor controller build",
         *       "description": "500 controllers for the spring production run.",
         *       "status": "approved",
         *       "due_date": "2027-02-15",
         *       "line_count": 2,
         *       "metadata": {
         *         "erp_work_order": "WO-10433"
         *       },
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2026-11-21T10:00:00Z",
         *       "updated_at": "2026-11-22T08:30:00Z",
         *       "synced_from_integration": false,
         *       "integration_source_name": null,
         *       "integration_record_id": null,
         *       "synced_from_integration_at": null
         *     }
         */
        Program: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /** @description Name of the program. */
            name: string;
            /** @description Free text about the program. */
            description: string | null;
            status: components["schemas"]["ProgramStatus"];
            /**
             * Format: date
             * @description Date by which the program's builds are due, or null.
             */
            due_date: string | null;
            readonly line_count: number;
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: uuid
             * @description Org that owns the program.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description What a program needs, part by part, and what is available to cover it: the org's stock and current supplier offers. Worked out when asked, from the included lines and the part overrides.
         * @example {
         *       "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
         *       "computed_at": "2026-11-22T09:00:00Z",
         *       "parts": [
         *         {
         *           "part": "a87ff679-a2f3-4e71-8d5c-1a2b3c4d5e6f",
         *           "mpn": "STM32G431CBU6",
         *           "manufacturer_name": "STMicroelectronics",
         *           "required_quantity": 500,
         *           "on_hand_quantity": 120,
         *           "shortfall_quantity": 380,
         *           "offers": [
         *             {
         *               "supplier": "45c48cce-2e2d-4fbd-aa1a-5b6c7d8e9f01",
         *               "sku": "497-19046-ND",
         *               "stock_quantity": 2314,
         *               "moq": 1,
         *               "order_multiple": 1,
         *               "lead_time_days": null,
         *               "unit_price": "4.1230",
         *               "currency": "USD",
         *               "packaging": "Tray",
         *               "updated_at": "2026-11-22T08:47:13Z"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        ProgramAvailability: {
            /**
             * Format: uuid
             * @description Id of the program.
             */
            program: string;
            /**
             * Format: date-time
             * @description When the figures were worked out.
             */
            computed_at: string;
            parts: components["schemas"]["ProgramAvailabilityPart"][];
        };
        /**
         * @description One supplier's current offer for a part.
         * @example {
         *       "supplier": "6512bd43-d9ca-4a6e-9b4d-1e2f3a4b5c6d",
         *       "sku": "595-TPS54331DR",
         *       "stock_quantity": 18250,
         *       "moq": 1,
         *       "order_multiple": 1,
         *       "lead_time_days": 42,
         *       "unit_price": "0.7340",
         *       "currency": "USD",
         *       "packaging": "Cut Tape",
         *       "updated_at": "2026-11-22T08:47:13Z"
         *     }
         */
        ProgramAvailabilityOffer: {
            /**
             * Format: uuid
             * @description Id of the supplier.
             */
            supplier: string;
            /** @description The supplier's own part number, or null. */
            sku: string | null;
            /** @description Units the supplier has in stock. */
            stock_quantity: number;
            /** @description Minimum order quantity. */
            moq: number;
            /** @description Orders must be a multiple of this many units. */
            order_multiple: number;
            /** @description Days to ship beyond what is in stock, or null when unknown. */
            lead_time_days: number | null;
            /** @description Price per unit at the quantity to buy (the shortfall, raised to the MOQ and order multiple), or null when the supplier gives no price. */
            unit_price: components["schemas"]["DecimalString"] | null;
            /** @description ISO 4217 code of `unit_price`. */
            currency: string;
            /** @description Packaging of the offer (`Cut Tape`, `Tape & Reel`, `Tray`), or null. */
            packaging: string | null;
            /**
             * Format: date-time
             * @description When Cofactr last read the offer.
             */
            updated_at: string;
        };
        /**
         * @description One part a program needs: how many, how many the org holds, how many are missing, and who sells it. When a part override names a substitute, this is the substitute.
         * @example {
         *       "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
         *       "mpn": "GRM155R71C104KA88D",
         *       "manufacturer_name": "Murata",
         *       "required_quantity": 6300,
         *       "on_hand_quantity": 10000,
         *       "shortfall_quantity": 0,
         *       "offers": []
         *     }
         */
        ProgramAvailabilityPart: {
            /**
             * Format: uuid
             * @description Id of the Cofactr part.
             */
            part: string;
            /** @description The part's manufacturer part number, for display. */
            mpn: string;
            /** @description The part's manufacturer, for display. */
            manufacturer_name: string;
            /** @description Units the program needs, over all included lines, after part overrides. */
            required_quantity: number;
            /** @description Units in the org's stock that are not allocated elsewhere. */
            on_hand_quantity: number;
            /** @description Units still to buy (`required_quantity` minus `on_hand_quantity`, never below 0). */
            shortfall_quantity: number;
            /** @description Current supplier offers for the part, cheapest first; empty when nobody offers it. */
            offers: components["schemas"]["ProgramAvailabilityOffer"][];
        };
        /**
         * @description A new program. It starts as `draft` unless `status` says otherwise; add lines with Create Programs Lines.
         * @example {
         *       "name": "Q1 2027 motor controller build",
         *       "description": "500 controllers for the spring production run.",
         *       "due_date": "2027-02-15",
         *       "metadata": {
         *         "erp_work_order": "WO-10433"
         *       }
         *     }
         */
        ProgramCreate: components["schemas"]["IntegrationSyncInput"] & {
            name: string;
            description?: string | null;
            /** @default draft */
            status?: components["schemas"]["ProgramStatus"];
            /** Format: date */
            due_date?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description One line of a program: a BOM to build, or a single part to buy, in a quantity (designed: Cofactr publishes no schema for program lines). Exactly one of `bom` and `part` is set. Only included lines count toward the parts the program needs.
         * @example {
         *       "id": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
         *       "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
         *       "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
         *       "part": null,
         *       "quantity": 500,
         *       "included": true,
         *       "need_by": null,
         *       "notes": null,
         *       "metadata": {},
         *       "created_at": "2026-11-21T10:05:00Z",
         *       "updated_at": "2026-11-21T10:05:00Z",
         *       "synced_from_integration": false,
         *       "integration_source_name": null,
         *       "integration_record_id": null,
         *       "synced_from_integration_at": null
         *     }
         */
        ProgramLine: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /**
             * Format: uuid
             * @description Id of the program the line belongs to.
             */
            readonly program: string;
            /**
             * Format: uuid
             * @description Id of the BOM the line builds, or null for a part line.
             */
            readonly bom: string | null;
            /**
             * Format: uuid
             * @description Id of the Cofactr part the line buys, or null for a BOM line.
             */
            readonly part: string | null;
            /** @description Number of assemblies to build (BOM line) or units to buy (part line). */
            quantity: number;
            /** @description Whether the line counts toward the program (include/exclude in the app). */
            included: boolean;
            /**
             * Format: date
             * @description Date by which this line's material is needed, or null to use the program's `due_date`.
             */
            need_by: string | null;
            notes: string | null;
            metadata: components["schemas"]["Metadata"];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new program line. Give exactly one of `bom` (a BOM of the program's org that is not archived) and `part`.
         * @example {
         *       "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
         *       "quantity": 500
         *     }
         */
        ProgramLineCreate: components["schemas"]["IntegrationSyncInput"] & {
            /**
             * Format: uuid
             * @description Id of the BOM to build.
             */
            bom?: string;
            /**
             * Format: uuid
             * @description Id of the Cofactr part to buy.
             */
            part?: string;
            quantity: number;
            /** @default true */
            included?: boolean;
            /** Format: date */
            need_by?: string | null;
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description One page of program lines. */
        ProgramLinePage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["ProgramLine"][];
        };
        /**
         * @description Changes to a program line; fields left out are kept. What the line builds (`bom` or `part`) can't change: delete the line and create another.
         * @example {
         *       "included": false,
         *       "notes": "Customer pushed this batch to Q2."
         *     }
         */
        ProgramLineUpdate: components["schemas"]["IntegrationSyncInput"] & {
            quantity?: number;
            included?: boolean;
            /** Format: date */
            need_by?: string | null;
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A webhook sent when a ProgramLine record is created or updated; `data` is the record as its GET answer shows it. */
        ProgramLineWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "ProgramLine";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["ProgramLine"];
        };
        /** @description One page of programs. */
        ProgramPage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["Program"][];
        };
        /**
         * @description A program's adjustment to one part it needs (designed: Cofactr publishes no schema for part overrides). A program has at most one override per part. The quantity the program needs of the part becomes `quantity` (when set, else the quantity worked out from the included lines) plus `extra_quantity`; `substitute_part` is sourced in its place; a consigned part is supplied by the customer and left out of availabilities and reference pricing.
         * @example {
         *       "id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
         *       "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
         *       "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
         *       "substitute_part": null,
         *       "quantity": null,
         *       "extra_quantity": 300,
         *       "consigned": false,
         *       "target_unit_price": "0.0021",
         *       "notes": "5% attrition for the pick-and-place feeders.",
         *       "metadata": {},
         *       "created_at": "2026-11-21T10:20:00Z",
         *       "updated_at": "2026-11-21T10:20:00Z",
         *       "synced_from_integration": false,
         *       "integration_source_name": null,
         *       "integration_record_id": null,
         *       "synced_from_integration_at": null
         *     }
         */
        ProgramPartOverride: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /**
             * Format: uuid
             * @description Id of the program.
             */
            readonly program: string;
            /**
             * Format: uuid
             * @description Id of the Cofactr part the override applies to.
             */
            readonly part: string;
            /**
             * Format: uuid
             * @description Id of a Cofactr part to source instead of `part`, or null.
             */
            substitute_part: string | null;
            /** @description Quantity needed, replacing the one worked out from the lines; null keeps the worked-out one. */
            quantity: number | null;
            /** @description Units added on top (attrition, spares). */
            extra_quantity: number;
            /** @description The customer supplies the part, so it is not sourced. */
            consigned: boolean;
            /** @description Price per unit the buyer aims for, or null. */
            target_unit_price: components["schemas"]["DecimalString"] | null;
            notes: string | null;
            metadata: components["schemas"]["Metadata"];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new part override. `part` must not already have an override on the program.
         * @example {
         *       "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
         *       "extra_quantity": 300,
         *       "target_unit_price": "0.0021",
         *       "notes": "5% attrition for the pick-and-place feeders."
         *     }
         */
        ProgramPartOverrideCreate: components["schemas"]["IntegrationSyncInput"] & {
            /**
             * Format: uuid
             * @description Id of the Cofactr part to adjust.
             */
            part: string;
            /** Format: uuid */
            substitute_part?: string | null;
            quantity?: number | null;
            /** @default 0 */
            extra_quantity?: number;
            /** @default false */
            consigned?: boolean;
            target_unit_price?: components["schemas"]["DecimalString"] | null;
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description One page of program part overrides. */
        ProgramPartOverridePage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["ProgramPartOverride"][];
        };
        /**
         * @description Changes to a part override; fields left out are kept. The part it applies to can't change: delete the override and create another.
         * @example {
         *       "consigned": true,
         *       "notes": "Customer ships the capacitors on reels."
         *     }
         */
        ProgramPartOverrideUpdate: components["schemas"]["IntegrationSyncInput"] & {
            /** Format: uuid */
            substitute_part?: string | null;
            quantity?: number | null;
            extra_quantity?: number;
            consigned?: boolean;
            target_unit_price?: components["schemas"]["DecimalString"] | null;
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description Reference prices for the parts a program needs: a market benchmark per part at the quantity needed, taken from Cofactr's price data across suppliers (the median of current prices), not an offer anyone has made. Worked out when asked, from the included lines and the part overrides.
         * @example {
         *       "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
         *       "computed_at": "2026-11-22T09:00:00Z",
         *       "currency": "USD",
         *       "total_price": "2074.5000",
         *       "unpriced_part_count": 0,
         *       "parts": [
         *         {
         *           "part": "a87ff679-a2f3-4e71-8d5c-1a2b3c4d5e6f",
         *           "mpn": "STM32G431CBU6",
         *           "manufacturer_name": "STMicroelectronics",
         *           "required_quantity": 500,
         *           "unit_price": "4.1490",
         *           "extended_price": "2074.5000"
         *         }
         *       ]
         *     }
         */
        ProgramReferencePricing: {
            /**
             * Format: uuid
             * @description Id of the program.
             */
            program: string;
            /**
             * Format: date-time
             * @description When the figures were worked out.
             */
            computed_at: string;
            /** @description ISO 4217 code of every price in the answer. */
            currency: string;
            /** @description Sum of `extended_price` over the parts that have one. */
            total_price: components["schemas"]["DecimalString"];
            /** @description Number of parts with no reference price, which `total_price` leaves out. */
            unpriced_part_count: number;
            parts: components["schemas"]["ProgramReferencePricingPart"][];
        };
        /**
         * @description The reference price of one part a program needs.
         * @example {
         *       "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
         *       "mpn": "GRM155R71C104KA88D",
         *       "manufacturer_name": "Murata",
         *       "required_quantity": 6300,
         *       "unit_price": "0.0023",
         *       "extended_price": "14.4900"
         *     }
         */
        ProgramReferencePricingPart: {
            /**
             * Format: uuid
             * @description Id of the Cofactr part.
             */
            part: string;
            /** @description The part's manufacturer part number, for display. */
            mpn: string;
            /** @description The part's manufacturer, for display. */
            manufacturer_name: string;
            /** @description Units the program needs, after part overrides. */
            required_quantity: number;
            /** @description Reference price per unit at `required_quantity`, or null when Cofactr has no price data. */
            unit_price: components["schemas"]["DecimalString"] | null;
            /** @description `unit_price` times `required_quantity`, or null. */
            extended_price: components["schemas"]["DecimalString"] | null;
        };
        /**
         * @description Where a program stands: `draft` while it is planned, `approved` once its builds are committed, `complete` when they are done. A complete program can no longer be changed.
         * @example approved
         * @enum {string}
         */
        ProgramStatus: "draft" | "approved" | "complete";
        /**
         * @description Changes to a program; fields left out are kept. `status` may move between `draft` and `approved` either way, and from `approved` to `complete`; a complete program can't be changed.
         * @example {
         *       "status": "approved",
         *       "due_date": "2027-03-01"
         *     }
         */
        ProgramUpdate: components["schemas"]["IntegrationSyncInput"] & {
            name?: string;
            description?: string | null;
            status?: components["schemas"]["ProgramStatus"];
            /** Format: date */
            due_date?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A webhook sent when a Program record is created or updated; `data` is the record as its GET answer shows it. */
        ProgramWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "Program";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["Program"];
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
            internal_metadata?: Record<string, unknown>;
            /** @description External metadata */
            external_metadata?: Record<string, unknown>;
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
        /** @description A webhook sent when a PurchaseEvent record is created or updated; `data` is the record as its GET answer shows it. */
        PurchaseEventWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "PurchaseEvent";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["PurchaseEvent"];
        };
        /**
         * @description One line of a purchase order that buys a part (designed: Cofactr publishes no schema for purchase lines). Fees and services without a part are no-part lines (`NoPartPurchaseLine`). Prices are in the order's currency.
         * @example {
         *       "id": "665df698-fec5-4ede-a853-1215af4ea158",
         *       "purchase_order_id": "ca27f506-c3a4-4924-9878-316d53640467",
         *       "part": "1c93692f-d12f-4363-9222-fe80f2265dd9",
         *       "quant": 10000,
         *       "unit_price": "0.0042",
         *       "line_total": "42.00",
         *       "quant_received": 0,
         *       "supplier_sku": "490-10777-1-ND",
         *       "estimated_delivery": "2026-12-02",
         *       "program": "582a1530-1058-4ba3-a6e4-32e022b82aa4",
         *       "notes": null,
         *       "metadata": {},
         *       "created_at": "2026-11-18T09:14:02Z",
         *       "updated_at": "2026-11-18T09:14:02Z",
         *       "synced_from_integration": false,
         *       "integration_source_name": null,
         *       "integration_record_id": null,
         *       "synced_from_integration_at": null
         *     }
         */
        PurchaseLine: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /**
             * Format: uuid
             * @description Id of the purchase order the line belongs to.
             */
            readonly purchase_order_id: string;
            /**
             * Format: uuid
             * @description Id of the Cofactr part bought.
             */
            part: string;
            /** @description Number of pieces ordered. */
            quant: number;
            /** @description Price of one piece. */
            unit_price: components["schemas"]["DecimalString"];
            /** @description `quant` × `unit_price`. */
            readonly line_total: components["schemas"]["DecimalString"];
            /** @description Pieces received so far, summed from the `received` purchase events on the line. */
            readonly quant_received: number;
            /** @description The supplier's own part number for the part, or null. */
            supplier_sku: string | null;
            /**
             * Format: date
             * @description Date the supplier expects to deliver the line, or null.
             */
            estimated_delivery: string | null;
            /**
             * Format: uuid
             * @description Id of the program the parts are bought for, or null.
             */
            program: string | null;
            notes: string | null;
            metadata: components["schemas"]["Metadata"];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new line with a part on a purchase order. The same part may be on several lines of one order (for example with different delivery dates); each create adds a line.
         * @example {
         *       "part": "e57a487a-517f-49dc-855d-8c59832d3b2c",
         *       "quant": 250,
         *       "unit_price": "3.8712",
         *       "supplier_sku": "497-19408-ND",
         *       "estimated_delivery": "2026-12-09",
         *       "program": "582a1530-1058-4ba3-a6e4-32e022b82aa4"
         *     }
         */
        PurchaseLineCreate: components["schemas"]["IntegrationSyncInput"] & {
            /**
             * Format: uuid
             * @description Id of the Cofactr part to buy.
             */
            part: string;
            /** @description Number of pieces to order. */
            quant: number;
            /** @description Price of one piece, in the order's currency. */
            unit_price: components["schemas"]["DecimalString"];
            supplier_sku?: string | null;
            /** Format: date */
            estimated_delivery?: string | null;
            /** Format: uuid */
            program?: string | null;
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description One page of purchase lines (lines with a part). */
        PurchaseLinePage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["PurchaseLine"][];
        };
        /**
         * @description Body of Update Many Purchase Lines: one change per line, each line at most once. Every line must be on the purchase order in the path.
         * @example [
         *       {
         *         "id": "665df698-fec5-4ede-a853-1215af4ea158",
         *         "estimated_delivery": "2026-12-05"
         *       },
         *       {
         *         "id": "bced6ab5-4fdd-450c-93cc-a5cbfb5069ba",
         *         "quant": 300,
         *         "unit_price": "3.7950"
         *       }
         *     ]
         */
        PurchaseLinesUpdateMany: components["schemas"]["PurchaseLineUpdate"][];
        /**
         * @description Changes to one line with a part, named by `id`; only the fields sent change. The part itself cannot change (delete the line and create another), and `quant` cannot drop below `quant_received`.
         * @example {
         *       "id": "665df698-fec5-4ede-a853-1215af4ea158",
         *       "estimated_delivery": "2026-12-05"
         *     }
         */
        PurchaseLineUpdate: components["schemas"]["IntegrationSyncInput"] & {
            /**
             * Format: uuid
             * @description Id of the purchase line to change.
             */
            id: string;
            quant?: number;
            unit_price?: components["schemas"]["DecimalString"];
            supplier_sku?: string | null;
            /** Format: date */
            estimated_delivery?: string | null;
            /** Format: uuid */
            program?: string | null;
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A webhook sent when a PurchaseLine record is created or updated; `data` is the record as its GET answer shows it. */
        PurchaseLineWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "PurchaseLine";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["PurchaseLine"];
        };
        /**
         * @description A purchase order placed with one supplier (designed: Cofactr publishes no schema for purchase orders). Its lines are read through Get Purchase Lines (lines with a part) and Get NoPart Purchase Lines (fees, services); the money fields are in `currency`.
         * @example {
         *       "id": "ca27f506-c3a4-4924-9878-316d53640467",
         *       "po_number": "PO-2026-0418",
         *       "supplier": "7d8c4f6a-3f88-4676-a035-012fe16224be",
         *       "status": "placed",
         *       "currency": "USD",
         *       "order_date": "2026-11-18",
         *       "buyer": "09e121b1-aacc-4556-bf9e-aa8e32947409",
         *       "team": "1cc27690-330e-4f86-aad4-81500c1936c1",
         *       "tags": [
         *         "c5877fe4-b9cc-4bb5-ac59-baf1152c29b2"
         *       ],
         *       "notes": "Ship complete; no partial shipments.",
         *       "subtotal": "1084.80",
         *       "sales_tax": "0.00",
         *       "shipping": "18.40",
         *       "total": "1103.20",
         *       "line_count": 2,
         *       "no_part_line_count": 1,
         *       "custom_properties": {
         *         "cost_center": "4100"
         *       },
         *       "metadata": {
         *         "erp_site": "AUS-1"
         *       },
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2026-11-18T09:12:44Z",
         *       "updated_at": "2026-11-18T09:30:00Z",
         *       "synced_from_integration": true,
         *       "integration_source_name": "netsuite",
         *       "integration_record_id": "88213",
         *       "synced_from_integration_at": "2026-11-18T09:30:00Z"
         *     }
         */
        PurchaseOrder: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /** @description Number of the order as the supplier sees it; unique in the org. */
            po_number: string;
            /**
             * Format: uuid
             * @description Id of the supplier the order is placed with.
             */
            supplier: string;
            status: components["schemas"]["PurchaseOrderStatus"];
            /** @description ISO 4217 code of the currency of every price on the order. */
            currency: string;
            /**
             * Format: date
             * @description Date the order was placed with the supplier, or null while it is a draft.
             */
            order_date: string | null;
            /**
             * Format: uuid
             * @description Id of the user responsible for the order, or null.
             */
            buyer: string | null;
            /**
             * Format: uuid
             * @description Id of the team the order is assigned to, or null.
             */
            team: string | null;
            /** @description Ids of the tags on the order. */
            tags: string[];
            /** @description Free text about the order. */
            notes: string | null;
            /** @description Sum of `line_total` over the order's lines, with and without a part. */
            readonly subtotal: components["schemas"]["DecimalString"];
            /** @description Sales tax charged on the order. */
            sales_tax: components["schemas"]["DecimalString"];
            /** @description Shipping charged on the order. */
            shipping: components["schemas"]["DecimalString"];
            /** @description `subtotal` + `sales_tax` + `shipping`. */
            readonly total: components["schemas"]["DecimalString"];
            /** @description Number of lines with a part. */
            readonly line_count: number;
            /** @description Number of no-part lines. */
            readonly no_part_line_count: number;
            custom_properties: components["schemas"]["CustomPropertyValues"];
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: uuid
             * @description Org that owns the order.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new purchase order. It starts as `draft` unless `status` says otherwise; add lines with Create Purchase Line and Create NoPart Purchase Line.
         * @example {
         *       "po_number": "PO-2026-0418",
         *       "supplier": "7d8c4f6a-3f88-4676-a035-012fe16224be",
         *       "currency": "USD",
         *       "buyer": "09e121b1-aacc-4556-bf9e-aa8e32947409",
         *       "team": "1cc27690-330e-4f86-aad4-81500c1936c1",
         *       "tags": [
         *         "c5877fe4-b9cc-4bb5-ac59-baf1152c29b2"
         *       ],
         *       "notes": "Ship complete; no partial shipments.",
         *       "custom_properties": {
         *         "cost_center": "4100"
         *       }
         *     }
         */
        PurchaseOrderCreate: components["schemas"]["IntegrationSyncInput"] & {
            /** @description Number of the order as the supplier sees it; must be unique in the org. */
            po_number: string;
            /**
             * Format: uuid
             * @description Id of the supplier the order is placed with.
             */
            supplier: string;
            /** @default draft */
            status?: components["schemas"]["PurchaseOrderStatus"];
            /**
             * @description ISO 4217 code of the currency of every price on the order.
             * @default USD
             */
            currency?: string;
            /** Format: date */
            order_date?: string | null;
            /**
             * Format: uuid
             * @description Id of the user responsible for the order.
             */
            buyer?: string | null;
            /**
             * Format: uuid
             * @description Id of a team that is not archived.
             */
            team?: string | null;
            tags?: string[];
            notes?: string | null;
            /** @default 0 */
            sales_tax?: components["schemas"]["DecimalString"];
            /** @default 0 */
            shipping?: components["schemas"]["DecimalString"];
            custom_properties?: components["schemas"]["CustomPropertyValues"];
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description Where a purchase order stands: `draft` while it is prepared, `placed` once sent to the supplier, `confirmed` once the supplier acknowledged it, `received` when everything ordered has arrived, `closed` when nothing more is expected (received and billed, or short-closed), `canceled` when it was called off. The caller sets it; Cofactr does not move it on its own.
         * @example placed
         * @enum {string}
         */
        PurchaseOrderStatus: "draft" | "placed" | "confirmed" | "received" | "closed" | "canceled";
        /**
         * @description Changes to a purchase order; only the fields sent change. `supplier` can change only while the order is a `draft`.
         * @example {
         *       "status": "placed",
         *       "order_date": "2026-11-18",
         *       "shipping": "18.40"
         *     }
         */
        PurchaseOrderUpdate: components["schemas"]["IntegrationSyncInput"] & {
            po_number?: string;
            /** Format: uuid */
            supplier?: string;
            status?: components["schemas"]["PurchaseOrderStatus"];
            currency?: string;
            /** Format: date */
            order_date?: string | null;
            /** Format: uuid */
            buyer?: string | null;
            /**
             * Format: uuid
             * @description Id of a team that is not archived, or null to unassign.
             */
            team?: string | null;
            /** @description The complete new list of tag ids (it replaces the old one). */
            tags?: string[];
            notes?: string | null;
            sales_tax?: components["schemas"]["DecimalString"];
            shipping?: components["schemas"]["DecimalString"];
            custom_properties?: components["schemas"]["CustomPropertyValues"];
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A webhook sent when a PurchaseOrder record is created or updated; `data` is the record as its GET answer shows it. */
        PurchaseOrderWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "PurchaseOrder";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["PurchaseOrder"];
        };
        /**
         * @description A request for quote: parts and quantities sent to suppliers for pricing (designed: Cofactr publishes no schema for RFQs). Suppliers' answers are supplier quotes.
         * @example {
         *       "id": "d5a2d084-9986-4625-b179-d90358d3ee71",
         *       "name": "Q1 2027 motor controller build, long-lead parts",
         *       "status": "sent",
         *       "suppliers": [
         *         "7d8c4f6a-3f88-4676-a035-012fe16224be",
         *         "a7423e4b-d694-40ad-b94c-48d0a711a134"
         *       ],
         *       "due_date": "2026-12-12",
         *       "program": "582a1530-1058-4ba3-a6e4-32e022b82aa4",
         *       "team": "1cc27690-330e-4f86-aad4-81500c1936c1",
         *       "notes": "Quote 12-week ARO lead time or better. Tape and reel preferred.",
         *       "line_count": 2,
         *       "metadata": {},
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2026-12-01T10:00:00Z",
         *       "updated_at": "2026-12-01T16:45:12Z",
         *       "synced_from_integration": false,
         *       "integration_source_name": null,
         *       "integration_record_id": null,
         *       "synced_from_integration_at": null
         *     }
         */
        Rfq: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /** @description Name of the RFQ. */
            name: string;
            status: components["schemas"]["RfqStatus"];
            /** @description Ids of the suppliers asked to quote. */
            suppliers: string[];
            /**
             * Format: date
             * @description Date by which quotes are wanted, or null.
             */
            due_date: string | null;
            /**
             * Format: uuid
             * @description Id of the program the RFQ sources parts for, or null.
             */
            program: string | null;
            /**
             * Format: uuid
             * @description Id of the team the RFQ is assigned to, or null.
             */
            team: string | null;
            /** @description Free text for the suppliers. */
            notes: string | null;
            readonly line_count: number;
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: uuid
             * @description Org that owns the RFQ.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new RFQ, `draft` unless `status` says otherwise. Add its parts with Create RfqLine.
         * @example {
         *       "name": "Q1 2027 motor controller build, long-lead parts",
         *       "suppliers": [
         *         "7d8c4f6a-3f88-4676-a035-012fe16224be",
         *         "a7423e4b-d694-40ad-b94c-48d0a711a134"
         *       ],
         *       "due_date": "2026-12-12",
         *       "program": "582a1530-1058-4ba3-a6e4-32e022b82aa4",
         *       "team": "1cc27690-330e-4f86-aad4-81500c1936c1",
         *       "notes": "Quote 12-week ARO lead time or better. Tape and reel preferred."
         *     }
         */
        RfqCreate: components["schemas"]["IntegrationSyncInput"] & {
            name: string;
            /** @default draft */
            status?: components["schemas"]["RfqStatus"];
            suppliers?: string[];
            /** Format: date */
            due_date?: string | null;
            /** Format: uuid */
            program?: string | null;
            /**
             * Format: uuid
             * @description Id of a team that is not archived.
             */
            team?: string | null;
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description One part and quantity on an RFQ (designed: Cofactr publishes no schema for RFQ lines). A part is on an RFQ at most once.
         * @example {
         *       "id": "c8309d30-35e2-4aad-9e06-bf27e29c2954",
         *       "rfq": "d5a2d084-9986-4625-b179-d90358d3ee71",
         *       "part": "e57a487a-517f-49dc-855d-8c59832d3b2c",
         *       "quant": 500,
         *       "target_unit_price": "3.50",
         *       "need_by": "2027-01-29",
         *       "notes": null,
         *       "metadata": {},
         *       "created_at": "2026-12-01T10:02:30Z",
         *       "updated_at": "2026-12-01T10:02:30Z",
         *       "synced_from_integration": false,
         *       "integration_source_name": null,
         *       "integration_record_id": null,
         *       "synced_from_integration_at": null
         *     }
         */
        RfqLine: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /**
             * Format: uuid
             * @description Id of the RFQ the line belongs to.
             */
            readonly rfq: string;
            /**
             * Format: uuid
             * @description Id of the Cofactr part to be quoted.
             */
            part: string;
            /** @description Number of pieces to be quoted. */
            quant: number;
            /** @description Price of one piece the buyer aims for, or null. */
            target_unit_price: components["schemas"]["DecimalString"] | null;
            /**
             * Format: date
             * @description Date the parts are needed by, or null.
             */
            need_by: string | null;
            notes: string | null;
            metadata: components["schemas"]["Metadata"];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new line on an RFQ that is not `closed`. A line for a part already on the RFQ is rejected; change that line's `quant` instead.
         * @example {
         *       "part": "e57a487a-517f-49dc-855d-8c59832d3b2c",
         *       "quant": 500,
         *       "target_unit_price": "3.50",
         *       "need_by": "2027-01-29"
         *     }
         */
        RfqLineCreate: components["schemas"]["IntegrationSyncInput"] & {
            /** Format: uuid */
            part: string;
            quant: number;
            target_unit_price?: components["schemas"]["DecimalString"] | null;
            /** Format: date */
            need_by?: string | null;
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description Changes to an RFQ line of an RFQ that is not `closed`; only the fields sent change. The part cannot change (quotes refer to it); add a line for another part instead.
         * @example {
         *       "quant": 750
         *     }
         */
        RfqLineUpdate: components["schemas"]["IntegrationSyncInput"] & {
            quant?: number;
            target_unit_price?: components["schemas"]["DecimalString"] | null;
            /** Format: date */
            need_by?: string | null;
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A webhook sent when a RfqLine record is created or updated; `data` is the record as its GET answer shows it. */
        RfqLineWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "RfqLine";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["RfqLine"];
        };
        /**
         * @description Where an RFQ stands: `draft` while it is prepared, `sent` once it went out to the suppliers, `closed` when no more quotes are taken. A sent RFQ cannot go back to `draft`; a closed one can be reopened by setting `sent`. Lines can be added or changed only while it is not `closed`.
         * @example sent
         * @enum {string}
         */
        RfqStatus: "draft" | "sent" | "closed";
        /**
         * @description Changes to an RFQ; only the fields sent change. `suppliers` replaces the whole list. See `RfqStatus` for the allowed status changes.
         * @example {
         *       "status": "closed"
         *     }
         */
        RfqUpdate: components["schemas"]["IntegrationSyncInput"] & {
            name?: string;
            status?: components["schemas"]["RfqStatus"];
            suppliers?: string[];
            /** Format: date */
            due_date?: string | null;
            /** Format: uuid */
            program?: string | null;
            /** Format: uuid */
            team?: string | null;
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A webhook sent when a Rfq record is created or updated; `data` is the record as its GET answer shows it. */
        RfqWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "Rfq";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["Rfq"];
        };
        /**
         * @description A read-only SQL query (PostgreSQL dialect) over the reporting views of the org the request acts on. Values are passed as named parameters and written in the query as `:name`; a `::` cast is not a parameter.
         * @example {
         *       "query": "SELECT p.mpn, p.manufacturer_name, SUM(s.quantity) AS on_hand FROM stock_lots s JOIN parts p ON p.id = s.part WHERE s.bin LIKE :bin_prefix GROUP BY p.mpn, p.manufacturer_name ORDER BY on_hand DESC",
         *       "parameters": {
         *         "bin_prefix": "A-%"
         *       }
         *     }
         */
        SqlQuery: {
            /** @description One `SELECT` (or `WITH … SELECT`) statement. Statements that write, change the schema, or are more than one statement are refused with 400. */
            query: string;
            /** @description Values for the `:name` placeholders of `query`, keyed by name. Every placeholder needs a value, and every value a placeholder. */
            parameters?: {
                [key: string]: string | number | boolean | null;
            };
        };
        /**
         * @description One column of a SQL query result, in select-list order.
         * @example {
         *       "name": "on_hand",
         *       "type": "bigint"
         *     }
         */
        SqlQueryColumn: {
            /** @description Name of the column (its alias when the query gives one). */
            name: string;
            /** @description PostgreSQL type of the column (`text`, `integer`, `bigint`, `numeric`, `boolean`, `date`, `timestamp with time zone`, `uuid`, `jsonb`, …). It says how to read the column's cells; see `SqlQueryResult`. */
            type: string;
        };
        /**
         * @description The rows a SQL query produced. Each row is a list of cells in the order of `columns`. Cells carry `null` for SQL NULL; `smallint`, `integer`, `real` and `double precision` as JSON numbers; `bigint` and `numeric` as decimal strings (no precision is lost); `date` as `YYYY-MM-DD`; timestamps as RFC 3339 strings; `json`/`jsonb` as JSON; everything else as a string.
         * @example {
         *       "columns": [
         *         {
         *           "name": "mpn",
         *           "type": "text"
         *         },
         *         {
         *           "name": "manufacturer_name",
         *           "type": "text"
         *         },
         *         {
         *           "name": "on_hand",
         *           "type": "bigint"
         *         }
         *       ],
         *       "rows": [
         *         [
         *           "GRM155R71C104KA88D",
         *           "Murata",
         *           "48000"
         *         ],
         *         [
         *           "STM32G431CBU6",
         *           "STMicroelectronics",
         *           "310"
         *         ]
         *       ],
         *       "row_count": 2,
         *       "truncated": false
         *     }
         */
        SqlQueryResult: {
            columns: components["schemas"]["SqlQueryColumn"][];
            rows: (string | number | boolean | null | Record<string, unknown> | unknown[])[][];
            /** @description Number of rows in `rows`. */
            row_count: number;
            /** @description True when the query produced more than 10,000 rows and only the first 10,000 are in `rows`. Add `ORDER BY` with `LIMIT`/`OFFSET` to read the rest. */
            truncated: boolean;
        };
        /**
         * @description A file kept with a stock lot, such as its certificate of conformance (designed: Cofactr publishes no schema for stock documents). This record describes the file; Download StockDocument gives its bytes.
         * @example {
         *       "id": "2e7b9c4d-1a3f-4c8e-b6d5-9f0a1b2c3d4e",
         *       "stock_lot": "d3a8f1b6-7c2e-4a9d-b5f4-6e1c0a9b8d7f",
         *       "document_type": "certificate_of_conformance",
         *       "file_name": "CoC_GRM155R71C104KA88D_lot_2339K51.pdf",
         *       "content_type": "application/pdf",
         *       "size": 184320,
         *       "description": "Murata CoC for reel 3 of 4",
         *       "metadata": {},
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2026-11-19T10:12:40Z",
         *       "updated_at": "2026-11-19T10:12:40Z",
         *       "synced_from_integration": false,
         *       "integration_source_name": null,
         *       "integration_record_id": null,
         *       "synced_from_integration_at": null
         *     }
         */
        StockDocument: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /**
             * Format: uuid
             * @description The stock lot the document belongs to.
             */
            stock_lot: string;
            document_type: components["schemas"]["StockDocumentType"];
            /** @description Name of the uploaded file; downloads are offered under this name. */
            readonly file_name: string;
            /** @description Media type the file was uploaded with (e.g. `application/pdf`). */
            readonly content_type: string;
            /** @description Size of the file in bytes. */
            readonly size: number;
            /** @description Free text about the document, or null. */
            description: string | null;
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: uuid
             * @description Org that owns the document.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new stock document, sent as `multipart/form-data`: the file in the `file` part, every other field as a form field of its own (`metadata` as JSON text). The file's name and media type are taken from the `file` part's headers.
         * @example {
         *       "file": "%PDF-1.7 (binary content of CoC_GRM155R71C104KA88D_lot_2339K51.pdf)",
         *       "stock_lot": "d3a8f1b6-7c2e-4a9d-b5f4-6e1c0a9b8d7f",
         *       "document_type": "certificate_of_conformance",
         *       "description": "Murata CoC for reel 3 of 4"
         *     }
         */
        StockDocumentCreate: components["schemas"]["IntegrationSyncInput"] & {
            /**
             * Format: binary
             * @description The file, at most 25 MiB.
             */
            file: string;
            /**
             * Format: uuid
             * @description The stock lot the document belongs to.
             */
            stock_lot: string;
            document_type: components["schemas"]["StockDocumentType"];
            /** @description Free text about the document. */
            description?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description One page of stock documents. */
        StockDocumentPage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["StockDocument"][];
        };
        /**
         * @description What a stock document is: a supplier's `certificate_of_conformance`, a `packing_slip`, an `inspection_report` from receiving, a `test_report` (X-ray, decapsulation, solderability…), a `photo` of the stock or its labels, a `label` file, or `other`.
         * @example certificate_of_conformance
         * @enum {string}
         */
        StockDocumentType: "certificate_of_conformance" | "packing_slip" | "inspection_report" | "test_report" | "photo" | "label" | "other";
        /** @description A webhook sent when a StockDocument record is created or updated; `data` is the record as its GET answer shows it. */
        StockDocumentWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "StockDocument";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["StockDocument"];
        };
        /**
         * @description A quantity of one part sitting in one bin, from one manufacturer date code and lot code (designed: Cofactr publishes no schema for stock lots). An org has at most one lot per part, bin, date code and lot code; a lot whose stock is used up stays, with quantity 0, for its history and documents.
         * @example {
         *       "id": "d3a8f1b6-7c2e-4a9d-b5f4-6e1c0a9b8d7f",
         *       "part": "4b9e1d7c-3a2f-4e6b-8c5d-0f1e2d3c4b5a",
         *       "bin": "A-03-2",
         *       "quantity": 10000,
         *       "date_code": "2339",
         *       "lot_code": "2339K51",
         *       "metadata": {},
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2026-11-19T10:00:00Z",
         *       "updated_at": "2026-11-19T10:00:00Z",
         *       "synced_from_integration": false,
         *       "integration_source_name": null,
         *       "integration_record_id": null,
         *       "synced_from_integration_at": null
         *     }
         */
        StockLot: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /**
             * Format: uuid
             * @description The part the lot holds.
             */
            readonly part: string;
            /** @description Label of the bin (storage location) the lot sits in, e.g. `A-03-2`. */
            bin: string;
            /** @description Number of pieces in the lot. */
            quantity: number;
            /** @description Manufacturer's date code as printed on the label (e.g. `2339`), or null. */
            date_code: string | null;
            /** @description Manufacturer's lot code as printed on the label, or null. */
            lot_code: string | null;
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: uuid
             * @description Org that owns the lot.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description Changes to a stock lot; fields left out keep their value. The part cannot change. A change that would make the lot share its part, bin, date code and lot code with another lot is refused.
         * @example {
         *       "bin": "B-11-4",
         *       "quantity": 7500
         *     }
         */
        StockLotUpdate: components["schemas"]["IntegrationSyncInput"] & {
            /** @description Label of the bin the lot now sits in. */
            bin?: string;
            /** @description Number of pieces now in the lot (a count, not a change). */
            quantity?: number;
            /** @description Manufacturer's date code as printed on the label, or null. */
            date_code?: string | null;
            /** @description Manufacturer's lot code as printed on the label, or null. */
            lot_code?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A webhook sent when a StockLot record is created or updated; `data` is the record as its GET answer shows it. */
        StockLotWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "StockLot";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["StockLot"];
        };
        /**
         * @description A sub-org of the account's primary org (designed: Cofactr publishes no schema for sub-orgs). A sub-org keeps its own records; the account's key reaches it through `x-org-id` or `org_id`.
         * @example {
         *       "id": "8f2d6c1a-93b4-4e7f-a5d2-0c1b2a3d4e5f",
         *       "name": "Northwind Robotics - Guadalajara plant",
         *       "parent": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "sandbox": false,
         *       "metadata": {
         *         "erp_company": "20"
         *       },
         *       "created_at": "2026-06-11T14:02:45Z",
         *       "updated_at": "2026-06-11T14:02:45Z"
         *     }
         */
        SubOrg: {
            /** Format: uuid */
            readonly id: string;
            /** @description Name of the sub-org, unique among the primary org's sub-orgs. */
            name: string;
            /**
             * Format: uuid
             * @description The primary org the sub-org belongs to.
             */
            readonly parent: string;
            /** @description Whether the sub-org is a sandbox. Only Cofactr provisions sandboxes. */
            readonly sandbox: boolean;
            metadata: components["schemas"]["Metadata"];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new sub-org of the key's primary org.
         * @example {
         *       "name": "Northwind Robotics - Guadalajara plant",
         *       "metadata": {
         *         "erp_company": "20"
         *       }
         *     }
         */
        SubOrgCreate: {
            /** @description Name of the sub-org; must differ from the names of the primary org's other sub-orgs. */
            name: string;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description One page of sub-orgs. */
        SubOrgPage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["SubOrg"][];
        };
        /**
         * @description Changes to a sub-org; fields left out keep their value.
         * @example {
         *       "name": "Northwind Robotics - Monterrey plant"
         *     }
         */
        SubOrgUpdate: {
            /** @description New name; must differ from the names of the primary org's other sub-orgs. */
            name?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description A company the org buys from: a distributor, a manufacturer selling direct, a broker or a contract manufacturer (designed: Cofactr publishes no schema for suppliers). Names are unique within an org, ignoring case.
         * @example {
         *       "id": "71c4e2a9-6b8d-4f3e-8a1c-2d3e4f5a6b7c",
         *       "name": "Arrowline Components",
         *       "website": "https://www.arrowline-components.com",
         *       "email": "quotes@arrowline-components.com",
         *       "phone": "+1 512-555-0142",
         *       "account_number": "NWR-004417",
         *       "payment_terms": "Net 30",
         *       "currency": "USD",
         *       "metadata": {},
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2025-04-01T09:00:00Z",
         *       "updated_at": "2026-08-14T11:30:00Z",
         *       "synced_from_integration": true,
         *       "integration_source_name": "netsuite",
         *       "integration_record_id": "VEND-2291",
         *       "synced_from_integration_at": "2026-08-14T11:29:58Z"
         *     }
         */
        Supplier: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /** @description Name of the supplier. */
            name: string;
            /**
             * Format: uri
             * @description The supplier's website, or null.
             */
            website: string | null;
            /**
             * Format: email
             * @description Address orders and RFQs go to, or null.
             */
            email: string | null;
            /** @description Phone number as the supplier writes it, or null. */
            phone: string | null;
            /** @description The org's customer account number at the supplier, or null. */
            account_number: string | null;
            /** @description Payment terms agreed with the supplier (e.g. `Net 30`), or null. */
            payment_terms: string | null;
            /** @description ISO 4217 code of the currency the supplier quotes and invoices in. */
            currency: string;
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: uuid
             * @description Org that owns the supplier.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A bill (invoice) received from a supplier (designed: Cofactr publishes no schema for supplier bills). It may name the purchase order it bills; its lines then refer to that order's lines. Money fields are in `currency`.
         * @example {
         *       "id": "1054be01-7ac6-40fa-b8dc-4a8fb1b90768",
         *       "supplier": "7d8c4f6a-3f88-4676-a035-012fe16224be",
         *       "purchase_order": "ca27f506-c3a4-4924-9878-316d53640467",
         *       "bill_number": "INV-88841207",
         *       "bill_date": "2026-12-03",
         *       "due_date": "2027-01-02",
         *       "status": "open",
         *       "currency": "USD",
         *       "lines_total": "1009.80",
         *       "sales_tax": "0.00",
         *       "shipping": "18.40",
         *       "duties": "0.00",
         *       "other_charges": "0.00",
         *       "total": "1028.20",
         *       "line_count": 2,
         *       "notes": null,
         *       "metadata": {},
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2026-12-03T14:20:00Z",
         *       "updated_at": "2026-12-03T14:25:31Z",
         *       "synced_from_integration": false,
         *       "integration_source_name": null,
         *       "integration_record_id": null,
         *       "synced_from_integration_at": null
         *     }
         */
        SupplierBill: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /**
             * Format: uuid
             * @description Id of the supplier that sent the bill.
             */
            supplier: string;
            /**
             * Format: uuid
             * @description Id of the purchase order billed (same supplier), or null.
             */
            purchase_order: string | null;
            /** @description The supplier's invoice number; unique per supplier in the org. */
            bill_number: string;
            /**
             * Format: date
             * @description Date on the bill.
             */
            bill_date: string;
            /**
             * Format: date
             * @description Date payment is due, or null.
             */
            due_date: string | null;
            status: components["schemas"]["SupplierBillStatus"];
            /** @description ISO 4217 code of the bill's currency. */
            currency: string;
            /** @description Sum of `line_total` over the bill's lines. */
            readonly lines_total: components["schemas"]["DecimalString"];
            sales_tax: components["schemas"]["DecimalString"];
            shipping: components["schemas"]["DecimalString"];
            /** @description Duties and tariffs billed. */
            duties: components["schemas"]["DecimalString"];
            /** @description Charges billed outside the lines that are not tax, shipping or duties. */
            other_charges: components["schemas"]["DecimalString"];
            /** @description `lines_total` + `sales_tax` + `shipping` + `duties` + `other_charges`. */
            readonly total: components["schemas"]["DecimalString"];
            readonly line_count: number;
            notes: string | null;
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: uuid
             * @description Org that owns the bill.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new supplier bill, `open` unless `status` says otherwise. Add its lines with Create Supplier Bill Line.
         * @example {
         *       "supplier": "7d8c4f6a-3f88-4676-a035-012fe16224be",
         *       "purchase_order": "ca27f506-c3a4-4924-9878-316d53640467",
         *       "bill_number": "INV-88841207",
         *       "bill_date": "2026-12-03",
         *       "due_date": "2027-01-02",
         *       "shipping": "18.40"
         *     }
         */
        SupplierBillCreate: components["schemas"]["IntegrationSyncInput"] & {
            /** Format: uuid */
            supplier: string;
            /**
             * Format: uuid
             * @description Id of the purchase order billed; it must be placed with the same supplier.
             */
            purchase_order?: string | null;
            /** @description The supplier's invoice number; a second bill with the same number from the same supplier is rejected. */
            bill_number: string;
            /** Format: date */
            bill_date: string;
            /** Format: date */
            due_date?: string | null;
            /** @default open */
            status?: components["schemas"]["SupplierBillStatus"];
            /** @default USD */
            currency?: string;
            /** @default 0 */
            sales_tax?: components["schemas"]["DecimalString"];
            /** @default 0 */
            shipping?: components["schemas"]["DecimalString"];
            /** @default 0 */
            duties?: components["schemas"]["DecimalString"];
            /** @default 0 */
            other_charges?: components["schemas"]["DecimalString"];
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description One line of a supplier bill (designed: Cofactr publishes no schema for supplier bill lines). It bills a purchase line, a no-part line, or, when both are null, a charge that is on no order line (then `description` says what it is). Prices are in the bill's currency.
         * @example {
         *       "id": "ea9ae42b-3e41-43b5-bbb5-fea9c475526e",
         *       "supplier_bill": "1054be01-7ac6-40fa-b8dc-4a8fb1b90768",
         *       "purchase_line": "bced6ab5-4fdd-450c-93cc-a5cbfb5069ba",
         *       "no_part_line": null,
         *       "description": "STM32G431CBU6 MCU ARM 170MHZ UFQFPN48",
         *       "quant": "250",
         *       "unit_price": "3.8712",
         *       "line_total": "967.80",
         *       "metadata": {},
         *       "created_at": "2026-12-03T14:22:10Z",
         *       "updated_at": "2026-12-03T14:22:10Z",
         *       "synced_from_integration": false,
         *       "integration_source_name": null,
         *       "integration_record_id": null,
         *       "synced_from_integration_at": null
         *     }
         */
        SupplierBillLine: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /**
             * Format: uuid
             * @description Id of the bill the line belongs to.
             */
            readonly supplier_bill: string;
            /**
             * Format: uuid
             * @description Id of the purchase line (with a part) billed, or null.
             */
            purchase_line: string | null;
            /**
             * Format: uuid
             * @description Id of the no-part line billed, or null.
             */
            no_part_line: string | null;
            /** @description What is billed, as the supplier wrote it. */
            description: string | null;
            /** @description Quantity billed. */
            quant: components["schemas"]["DecimalString"];
            /** @description Price billed for one unit. */
            unit_price: components["schemas"]["DecimalString"];
            /** @description `quant` × `unit_price`. */
            readonly line_total: components["schemas"]["DecimalString"];
            metadata: components["schemas"]["Metadata"];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new line on a supplier bill. Give at most one of `purchase_line` and `no_part_line`; it must be a line of the bill's purchase order. With neither, `description` is required.
         * @example {
         *       "purchase_line": "bced6ab5-4fdd-450c-93cc-a5cbfb5069ba",
         *       "description": "STM32G431CBU6 MCU ARM 170MHZ UFQFPN48",
         *       "quant": "250",
         *       "unit_price": "3.8712"
         *     }
         */
        SupplierBillLineCreate: components["schemas"]["IntegrationSyncInput"] & {
            /** Format: uuid */
            purchase_line?: string | null;
            /** Format: uuid */
            no_part_line?: string | null;
            description?: string | null;
            quant: components["schemas"]["DecimalString"];
            unit_price: components["schemas"]["DecimalString"];
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description Changes to a supplier bill line; only the fields sent change. The rules of Create Supplier Bill Line apply to the result.
         * @example {
         *       "quant": "200"
         *     }
         */
        SupplierBillLineUpdate: components["schemas"]["IntegrationSyncInput"] & {
            /** Format: uuid */
            purchase_line?: string | null;
            /** Format: uuid */
            no_part_line?: string | null;
            description?: string | null;
            quant?: components["schemas"]["DecimalString"];
            unit_price?: components["schemas"]["DecimalString"];
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A webhook sent when a SupplierBillLine record is created or updated; `data` is the record as its GET answer shows it. */
        SupplierBillLineWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "SupplierBillLine";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["SupplierBillLine"];
        };
        /**
         * @description Where a supplier bill stands: `open` until it is paid, `paid` once paid in full, `void` when it was entered in error or replaced. A void bill no longer counts against its purchase order.
         * @example open
         * @enum {string}
         */
        SupplierBillStatus: "open" | "paid" | "void";
        /**
         * @description Changes to a supplier bill; only the fields sent change. `supplier` and `purchase_order` can change only while the bill has no lines.
         * @example {
         *       "status": "paid",
         *       "notes": "Paid by ACH on 2026-12-30."
         *     }
         */
        SupplierBillUpdate: components["schemas"]["IntegrationSyncInput"] & {
            /** Format: uuid */
            supplier?: string;
            /** Format: uuid */
            purchase_order?: string | null;
            bill_number?: string;
            /** Format: date */
            bill_date?: string;
            /** Format: date */
            due_date?: string | null;
            status?: components["schemas"]["SupplierBillStatus"];
            currency?: string;
            sales_tax?: components["schemas"]["DecimalString"];
            shipping?: components["schemas"]["DecimalString"];
            duties?: components["schemas"]["DecimalString"];
            other_charges?: components["schemas"]["DecimalString"];
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A webhook sent when a SupplierBill record is created or updated; `data` is the record as its GET answer shows it. */
        SupplierBillWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "SupplierBill";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["SupplierBill"];
        };
        /**
         * @description A new supplier. Only `name` is required.
         * @example {
         *       "name": "Arrowline Components",
         *       "website": "https://www.arrowline-components.com",
         *       "email": "quotes@arrowline-components.com",
         *       "phone": "+1 512-555-0142",
         *       "account_number": "NWR-004417",
         *       "payment_terms": "Net 30",
         *       "currency": "USD",
         *       "synced_from_integration": true,
         *       "integration_source_name": "netsuite",
         *       "integration_record_id": "VEND-2291",
         *       "synced_from_integration_at": "2026-08-14T11:29:58Z"
         *     }
         */
        SupplierCreate: components["schemas"]["IntegrationSyncInput"] & {
            /** @description Name of the supplier; must differ (ignoring case) from the org's other suppliers. */
            name: string;
            /**
             * Format: uri
             * @default null
             */
            website?: string | null;
            /**
             * Format: email
             * @description Address orders and RFQs go to.
             * @default null
             */
            email?: string | null;
            /** @default null */
            phone?: string | null;
            /**
             * @description The org's customer account number at the supplier.
             * @default null
             */
            account_number?: string | null;
            /**
             * @description Payment terms agreed with the supplier (e.g. `Net 30`).
             * @default null
             */
            payment_terms?: string | null;
            /**
             * @description ISO 4217 code of the currency the supplier quotes and invoices in.
             * @default USD
             */
            currency?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description One page of suppliers. */
        SupplierPage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["Supplier"][];
        };
        /**
         * @description A supplier's price offer, usually an answer to an RFQ (designed: Cofactr publishes no schema for supplier quotes). Its lines carry the prices; they are in `currency`.
         * @example {
         *       "id": "6beef23a-dfee-4a32-844d-f5dbfa85016a",
         *       "supplier": "a7423e4b-d694-40ad-b94c-48d0a711a134",
         *       "rfq": "d5a2d084-9986-4625-b179-d90358d3ee71",
         *       "quote_number": "Q-3318842",
         *       "quote_date": "2026-12-04",
         *       "valid_until": "2027-01-03",
         *       "currency": "USD",
         *       "notes": "Prices subject to availability at time of order.",
         *       "line_count": 2,
         *       "metadata": {},
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2026-12-04T11:30:00Z",
         *       "updated_at": "2026-12-04T11:34:20Z",
         *       "synced_from_integration": false,
         *       "integration_source_name": null,
         *       "integration_record_id": null,
         *       "synced_from_integration_at": null
         *     }
         */
        SupplierQuote: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /**
             * Format: uuid
             * @description Id of the supplier that made the offer.
             */
            supplier: string;
            /**
             * Format: uuid
             * @description Id of the RFQ the quote answers, or null for a quote nobody asked for.
             */
            rfq: string | null;
            /** @description The supplier's number for the quote, or null. */
            quote_number: string | null;
            /**
             * Format: date
             * @description Date the supplier issued the quote, or null.
             */
            quote_date: string | null;
            /**
             * Format: date
             * @description Last day the prices hold, or null when the supplier gave none.
             */
            valid_until: string | null;
            /** @description ISO 4217 code of the quote's currency. */
            currency: string;
            notes: string | null;
            readonly line_count: number;
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: uuid
             * @description Org that owns the quote.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new supplier quote. Add its prices with Create Supplier Quote Line.
         * @example {
         *       "supplier": "a7423e4b-d694-40ad-b94c-48d0a711a134",
         *       "rfq": "d5a2d084-9986-4625-b179-d90358d3ee71",
         *       "quote_number": "Q-3318842",
         *       "quote_date": "2026-12-04",
         *       "valid_until": "2027-01-03",
         *       "notes": "Prices subject to availability at time of order."
         *     }
         */
        SupplierQuoteCreate: components["schemas"]["IntegrationSyncInput"] & {
            /** Format: uuid */
            supplier: string;
            /**
             * Format: uuid
             * @description Id of the RFQ the quote answers; it need not list the supplier.
             */
            rfq?: string | null;
            quote_number?: string | null;
            /** Format: date */
            quote_date?: string | null;
            /** Format: date */
            valid_until?: string | null;
            /** @default USD */
            currency?: string;
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description One price on a supplier quote: a part at a quantity (designed: Cofactr publishes no schema for supplier quote lines). Price breaks are several lines for the same part at different quantities. `part` may differ from the RFQ line's part when the supplier offers an alternate.
         * @example {
         *       "id": "f64a89b2-4b95-462c-b128-e9304369e578",
         *       "supplier_quote": "6beef23a-dfee-4a32-844d-f5dbfa85016a",
         *       "rfq_line": "c8309d30-35e2-4aad-9e06-bf27e29c2954",
         *       "part": "e57a487a-517f-49dc-855d-8c59832d3b2c",
         *       "quant": 500,
         *       "unit_price": "3.4120",
         *       "moq": 1,
         *       "order_multiple": 250,
         *       "lead_time_days": 84,
         *       "stock": 1820,
         *       "packaging": "Tape & Reel",
         *       "notes": null,
         *       "metadata": {},
         *       "created_at": "2026-12-04T11:32:05Z",
         *       "updated_at": "2026-12-04T11:32:05Z",
         *       "synced_from_integration": false,
         *       "integration_source_name": null,
         *       "integration_record_id": null,
         *       "synced_from_integration_at": null
         *     }
         */
        SupplierQuoteLine: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /**
             * Format: uuid
             * @description Id of the quote the line belongs to.
             */
            readonly supplier_quote: string;
            /**
             * Format: uuid
             * @description Id of the line of the quote's RFQ that this price answers, or null.
             */
            rfq_line: string | null;
            /**
             * Format: uuid
             * @description Id of the Cofactr part offered.
             */
            part: string;
            /** @description Quantity the price applies to. */
            quant: number;
            /** @description Price of one piece at `quant`. */
            unit_price: components["schemas"]["DecimalString"];
            /** @description Minimum order quantity, or null. */
            moq: number | null;
            /** @description Quantities must be a multiple of this (standard pack), or null. */
            order_multiple: number | null;
            /** @description Days from order to shipment when not shipped from stock, or null. */
            lead_time_days: number | null;
            /** @description Pieces the supplier had in stock when quoting, or null. */
            stock: number | null;
            /** @description Packaging offered (`Tape & Reel`, `Cut Tape`, `Tray`), or null. */
            packaging: string | null;
            notes: string | null;
            metadata: components["schemas"]["Metadata"];
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new price on a supplier quote. Give `part`, `rfq_line`, or both; with only `rfq_line`, the RFQ line's part is used. `rfq_line` must be a line of the quote's RFQ.
         * @example {
         *       "rfq_line": "c8309d30-35e2-4aad-9e06-bf27e29c2954",
         *       "quant": 500,
         *       "unit_price": "3.4120",
         *       "moq": 1,
         *       "order_multiple": 250,
         *       "lead_time_days": 84,
         *       "stock": 1820,
         *       "packaging": "Tape & Reel"
         *     }
         */
        SupplierQuoteLineCreate: components["schemas"]["IntegrationSyncInput"] & {
            /** Format: uuid */
            rfq_line?: string | null;
            /** Format: uuid */
            part?: string;
            quant: number;
            unit_price: components["schemas"]["DecimalString"];
            moq?: number | null;
            order_multiple?: number | null;
            lead_time_days?: number | null;
            stock?: number | null;
            packaging?: string | null;
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /**
         * @description Changes to a supplier quote line; only the fields sent change. The rules of Create Supplier Quote Line apply to the result.
         * @example {
         *       "unit_price": "3.3800",
         *       "lead_time_days": 70
         *     }
         */
        SupplierQuoteLineUpdate: components["schemas"]["IntegrationSyncInput"] & {
            /** Format: uuid */
            rfq_line?: string | null;
            /** Format: uuid */
            part?: string;
            quant?: number;
            unit_price?: components["schemas"]["DecimalString"];
            moq?: number | null;
            order_multiple?: number | null;
            lead_time_days?: number | null;
            stock?: number | null;
            packaging?: string | null;
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A webhook sent when a SupplierQuoteLine record is created or updated; `data` is the record as its GET answer shows it. */
        SupplierQuoteLineWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "SupplierQuoteLine";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["SupplierQuoteLine"];
        };
        /**
         * @description Changes to a supplier quote; only the fields sent change. `supplier` and `rfq` can change only while the quote has no lines.
         * @example {
         *       "valid_until": "2027-01-17"
         *     }
         */
        SupplierQuoteUpdate: components["schemas"]["IntegrationSyncInput"] & {
            /** Format: uuid */
            supplier?: string;
            /** Format: uuid */
            rfq?: string | null;
            quote_number?: string | null;
            /** Format: date */
            quote_date?: string | null;
            /** Format: date */
            valid_until?: string | null;
            currency?: string;
            notes?: string | null;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A webhook sent when a SupplierQuote record is created or updated; `data` is the record as its GET answer shows it. */
        SupplierQuoteWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "SupplierQuote";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["SupplierQuote"];
        };
        /**
         * @description Changes to a supplier; fields left out keep their value, and null clears a nullable field.
         * @example {
         *       "payment_terms": "Net 45",
         *       "account_number": "NWR-004417-B"
         *     }
         */
        SupplierUpdate: components["schemas"]["IntegrationSyncInput"] & {
            /** @description Name of the supplier; must differ (ignoring case) from the org's other suppliers. */
            name?: string;
            /** Format: uri */
            website?: string | null;
            /**
             * Format: email
             * @description Address orders and RFQs go to.
             */
            email?: string | null;
            phone?: string | null;
            /** @description The org's customer account number at the supplier. */
            account_number?: string | null;
            /** @description Payment terms agreed with the supplier (e.g. `Net 30`). */
            payment_terms?: string | null;
            /** @description ISO 4217 code of the currency the supplier quotes and invoices in. */
            currency?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A webhook sent when a Supplier record is created or updated; `data` is the record as its GET answer shows it. */
        SupplierWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "Supplier";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["Supplier"];
        };
        /**
         * @description A label the org defines and puts on records, such as purchase orders (designed: Cofactr publishes no schema for tags).
         * @example {
         *       "id": "c5877fe4-b9cc-4bb5-ac59-baf1152c29b2",
         *       "name": "Expedite",
         *       "color": "#D93F0B",
         *       "description": "Needed before the standard lead time.",
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2026-09-30T08:00:00Z",
         *       "updated_at": "2026-09-30T08:00:00Z"
         *     }
         */
        Tag: {
            /** Format: uuid */
            readonly id: string;
            /** @description Text of the tag; unique in the org, ignoring case. */
            name: string;
            /** @description Display color as `#RRGGBB`, or null for the default. */
            color: string | null;
            /** @description What the tag means, or null. */
            description: string | null;
            /**
             * Format: uuid
             * @description Org that owns the tag.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new tag.
         * @example {
         *       "name": "NCNR",
         *       "color": "#5319E7",
         *       "description": "Non-cancelable, non-returnable."
         *     }
         */
        TagCreate: {
            /** @description Text of the tag; must be unique in the org, ignoring case. */
            name: string;
            color?: string | null;
            description?: string | null;
        };
        /** @description One page of tags. */
        TagPage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["Tag"][];
        };
        /**
         * @description Changes to a tag; only the fields sent change. Renaming a tag renames it on every record that has it.
         * @example {
         *       "color": "#B60205"
         *     }
         */
        TagUpdate: {
            name?: string;
            color?: string | null;
            description?: string | null;
        };
        /**
         * @description A team: a named group that records (purchase orders, RFQs, …) can be assigned to, of a type the org defines (designed: Cofactr publishes no schema for teams). Archived teams keep their assignments but take no new ones.
         * @example {
         *       "id": "1cc27690-330e-4f86-aad4-81500c1936c1",
         *       "name": "Motor controllers",
         *       "team_type": "2a786a02-440d-4dd5-8e06-55dc5f97f4b2",
         *       "archived": false,
         *       "archived_at": null,
         *       "metadata": {},
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2026-10-02T13:40:00Z",
         *       "updated_at": "2026-10-02T13:40:00Z",
         *       "synced_from_integration": false,
         *       "integration_source_name": null,
         *       "integration_record_id": null,
         *       "synced_from_integration_at": null
         *     }
         */
        Team: components["schemas"]["IntegrationSyncRecord"] & {
            /** Format: uuid */
            readonly id: string;
            /** @description Name of the team; unique in the org. */
            name: string;
            /**
             * Format: uuid
             * @description Id of the team's type (see Get Team Types).
             */
            team_type: string;
            /** @description Whether the team is archived (see Archive Team and Unarchive Team). */
            readonly archived: boolean;
            /**
             * Format: date-time
             * @description When the team was last archived, or null while it is not archived.
             */
            readonly archived_at: string | null;
            metadata: components["schemas"]["Metadata"];
            /**
             * Format: uuid
             * @description Org that owns the team.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new team, not archived.
         * @example {
         *       "name": "Motor controllers",
         *       "team_type": "2a786a02-440d-4dd5-8e06-55dc5f97f4b2"
         *     }
         */
        TeamCreate: components["schemas"]["IntegrationSyncInput"] & {
            /** @description Name of the team; must be unique in the org. */
            name: string;
            /**
             * Format: uuid
             * @description Id of one of the org's team types.
             */
            team_type: string;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description One page of teams. */
        TeamPage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["Team"][];
        };
        /**
         * @description A kind of team the org defines, such as Project, Business Unit or Customer (designed: Cofactr publishes no schema for team types).
         * @example {
         *       "id": "2a786a02-440d-4dd5-8e06-55dc5f97f4b2",
         *       "name": "Business Unit",
         *       "team_count": 3,
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2026-10-02T13:35:00Z",
         *       "updated_at": "2026-10-02T13:35:00Z"
         *     }
         */
        TeamType: {
            /** Format: uuid */
            readonly id: string;
            /** @description Name of the type; unique in the org. */
            name: string;
            /** @description Number of teams of this type, archived ones included. */
            readonly team_count: number;
            /**
             * Format: uuid
             * @description Org that owns the type.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
            /** Format: date-time */
            readonly updated_at: string;
        };
        /**
         * @description A new team type.
         * @example {
         *       "name": "Customer"
         *     }
         */
        TeamTypeCreate: {
            /** @description Name of the type; must be unique in the org. */
            name: string;
        };
        /** @description One page of team types. */
        TeamTypePage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["TeamType"][];
        };
        /**
         * @description Changes to a team type; only the fields sent change.
         * @example {
         *       "name": "Product line"
         *     }
         */
        TeamTypeUpdate: {
            name?: string;
        };
        /**
         * @description Changes to a team; only the fields sent change. Archive and unarchive with their own operations.
         * @example {
         *       "name": "Motor controllers (Gen 2)"
         *     }
         */
        TeamUpdate: components["schemas"]["IntegrationSyncInput"] & {
            name?: string;
            /** Format: uuid */
            team_type?: string;
            metadata?: components["schemas"]["Metadata"];
        };
        /** @description A webhook sent when a Team record is created or updated; `data` is the record as its GET answer shows it. */
        TeamWebhookEvent: {
            event_type: components["schemas"]["WebhookEventType"];
            /**
             * @description The kind of record that changed. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            record_type: "Team";
            /**
             * Format: uuid
             * @description Id of the record that changed.
             */
            id: string;
            data: components["schemas"]["Team"];
        };
        /**
         * @description A person with access to the org (designed: Cofactr publishes no schema for users). Users are managed in the Cofactr app; the API only reads them.
         * @example {
         *       "id": "ee824cad-d7a6-4f48-87dc-e8461a9201c4",
         *       "email": "maria.lopez@northwind-robotics.com",
         *       "first_name": "Maria",
         *       "last_name": "Lopez",
         *       "title": "Senior Buyer",
         *       "role": "editor",
         *       "is_active": true,
         *       "last_login_at": "2026-11-20T13:47:02Z",
         *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *       "created_at": "2025-03-04T17:30:00Z"
         *     }
         */
        User: {
            /** Format: uuid */
            readonly id: string;
            /**
             * Format: email
             * @description Email address the user signs in with.
             */
            readonly email: string;
            readonly first_name: string;
            readonly last_name: string;
            /** @description Job title, or null when not set. */
            readonly title: string | null;
            role: components["schemas"]["UserRole"];
            /** @description False once the user's access was removed; such users still appear on the records they touched. */
            readonly is_active: boolean;
            /**
             * Format: date-time
             * @description When the user last signed in, or null if never.
             */
            readonly last_login_at: string | null;
            /**
             * Format: uuid
             * @description Org the role applies to.
             */
            readonly org: string;
            /** Format: date-time */
            readonly created_at: string;
        };
        /** @description One page of users. */
        UserPage: components["schemas"]["PageInfo"] & {
            results: components["schemas"]["User"][];
        };
        /**
         * @description What a user may do in the org: `restricted` (sees only what is shared with them), `view_and_comment`, `editor` (changes records) or `admin` (also manages users and settings).
         * @example editor
         * @enum {string}
         */
        UserRole: "restricted" | "view_and_comment" | "editor" | "admin";
        /**
         * @description The body of every webhook Cofactr sends (the "Send Webhooks" integration): what happened (`event_type`), to which kind of record (`record_type`), its `id`, and the record itself in `data`, shaped as that record's GET answer. `record_type` tells which shape `data` has. Delivery can lag a change by up to about two minutes; Cofactr documents no signature scheme. The record names besides `BOM` are designed.
         * @example {
         *       "event_type": "updated",
         *       "record_type": "BOM",
         *       "id": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
         *       "data": {
         *         "id": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
         *         "name": "Motor controller main board",
         *         "version": "C",
         *         "part_number": "PCBA-1042",
         *         "approved": true,
         *         "approved_at": "2026-11-21T10:02:00Z",
         *         "archived": false,
         *         "line_count": 42,
         *         "metadata": {},
         *         "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
         *         "created_at": "2026-11-20T15:00:04Z",
         *         "updated_at": "2026-11-21T10:02:00Z",
         *         "synced_from_integration": true,
         *         "integration_source_name": "arena",
         *         "integration_record_id": "PLM-88412",
         *         "synced_from_integration_at": "2026-11-20T15:00:00Z"
         *       }
         *     }
         */
        WebhookEvent: components["schemas"]["BomWebhookEvent"] | components["schemas"]["BomLineWebhookEvent"] | components["schemas"]["ProgramWebhookEvent"] | components["schemas"]["ProgramLineWebhookEvent"] | components["schemas"]["PurchaseOrderWebhookEvent"] | components["schemas"]["PurchaseLineWebhookEvent"] | components["schemas"]["NoPartPurchaseLineWebhookEvent"] | components["schemas"]["PurchaseEventWebhookEvent"] | components["schemas"]["SupplierBillWebhookEvent"] | components["schemas"]["SupplierBillLineWebhookEvent"] | components["schemas"]["PartWebhookEvent"] | components["schemas"]["SupplierWebhookEvent"] | components["schemas"]["StockLotWebhookEvent"] | components["schemas"]["StockDocumentWebhookEvent"] | components["schemas"]["RfqWebhookEvent"] | components["schemas"]["RfqLineWebhookEvent"] | components["schemas"]["SupplierQuoteWebhookEvent"] | components["schemas"]["SupplierQuoteLineWebhookEvent"] | components["schemas"]["TeamWebhookEvent"];
        /**
         * @description What happened to the record.
         * @example updated
         * @enum {string}
         */
        WebhookEventType: "created" | "updated";
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
         * @description Id of the async job, exactly as the operation that started it answered it (a plain string; today it looks like a UUID, but treat it as opaque).
         * @example 9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a
         */
        AsyncJobId: string;
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
         * @description Id of the BOM line.
         * @example 4b9e2c71-0d3a-4f6b-8c15-7e2a9d6f3b10
         */
        BomLineId: string;
        /**
         * @description Id of the custom property.
         * @example 54d60621-597b-4826-9051-6ac7b4cbe840
         */
        CustomPropertyId: string;
        /**
         * @description Largest number of records in one page.
         * @example 100
         */
        Limit: number;
        /**
         * @description Id of the no-part line.
         * @example 66b0af2a-9774-4358-8efa-d1d0f8af21b5
         */
        NoPartPurchaseLineId: string;
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
         * @description Id of the outbound email.
         * @example 5c0e7a3b-2f1d-4b6a-9e8c-7d6f5a4b3c2d
         */
        OutboundEmailId: string;
        /**
         * @description The part: either its id (a UUID) or its CPID (Cofactr's 12-character part id, e.g. `CCK7Q2M9XW4D`). An org holds at most one part per CPID, so either names one part.
         * @example 4b9e1d7c-3a2f-4e6b-8c5d-0f1e2d3c4b5a
         */
        PartId: string | unknown | unknown;
        /**
         * @description Id of the program.
         * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
         */
        ProgramId: string;
        /**
         * @description Id of the program line.
         * @example 9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
         */
        ProgramLineId: string;
        /**
         * @description Id of the program part override.
         * @example b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e
         */
        ProgramPartOverrideId: string;
        /**
         * @description Id (a UUID) of the purchase order. Cofactr documents it as a plain string.
         * @example ca27f506-c3a4-4924-9878-316d53640467
         */
        PurchaseId: string;
        /**
         * @description Id of the purchase line (a line with a part).
         * @example 665df698-fec5-4ede-a853-1215af4ea158
         */
        PurchaseLineId: string;
        /**
         * @description Id of the RFQ (request for quote).
         * @example d5a2d084-9986-4625-b179-d90358d3ee71
         */
        RfqId: string;
        /**
         * @description Id of the RFQ line.
         * @example c8309d30-35e2-4aad-9e06-bf27e29c2954
         */
        RfqLineId: string;
        /**
         * @description Id of the stock document.
         * @example 2e7b9c4d-1a3f-4c8e-b6d5-9f0a1b2c3d4e
         */
        StockDocumentId: string;
        /**
         * @description Id of the stock lot.
         * @example d3a8f1b6-7c2e-4a9d-b5f4-6e1c0a9b8d7f
         */
        StockLotId: string;
        /**
         * @description Id of the sub-org.
         * @example 8f2d6c1a-93b4-4e7f-a5d2-0c1b2a3d4e5f
         */
        SubOrgId: string;
        /**
         * @description Id of the supplier bill.
         * @example 1054be01-7ac6-40fa-b8dc-4a8fb1b90768
         */
        SupplierBillId: string;
        /**
         * @description Id of the supplier bill line.
         * @example ea9ae42b-3e41-43b5-bbb5-fea9c475526e
         */
        SupplierBillLineId: string;
        /**
         * @description Id of the supplier.
         * @example 71c4e2a9-6b8d-4f3e-8a1c-2d3e4f5a6b7c
         */
        SupplierId: string;
        /**
         * @description Id of the supplier quote.
         * @example 6beef23a-dfee-4a32-844d-f5dbfa85016a
         */
        SupplierQuoteId: string;
        /**
         * @description Id of the supplier quote line.
         * @example f64a89b2-4b95-462c-b128-e9304369e578
         */
        SupplierQuoteLineId: string;
        /**
         * @description Id of the tag.
         * @example c5877fe4-b9cc-4bb5-ac59-baf1152c29b2
         */
        TagId: string;
        /**
         * @description Id of the team.
         * @example 1cc27690-330e-4f86-aad4-81500c1936c1
         */
        TeamId: string;
        /**
         * @description Id of the team type.
         * @example 2a786a02-440d-4dd5-8e06-55dc5f97f4b2
         */
        TeamTypeId: string;
        /**
         * @description Id of the user.
         * @example ee824cad-d7a6-4f48-87dc-e8461a9201c4
         */
        UserId: string;
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
export type ApiKey = components['schemas']['ApiKey'];
export type AsyncJob = components['schemas']['AsyncJob'];
export type AsyncJobKind = components['schemas']['AsyncJobKind'];
export type AsyncJobProgress = components['schemas']['AsyncJobProgress'];
export type AsyncJobStatus = components['schemas']['AsyncJobStatus'];
export type BadRequestBody = components['schemas']['BadRequestBody'];
export type Bom = components['schemas']['Bom'];
export type BomCreate = components['schemas']['BomCreate'];
export type BomLine = components['schemas']['BomLine'];
export type BomLineCreate = components['schemas']['BomLineCreate'];
export type BomLinePage = components['schemas']['BomLinePage'];
export type BomLineRawCreate = components['schemas']['BomLineRawCreate'];
export type BomLineUpdate = components['schemas']['BomLineUpdate'];
export type BomLineWebhookEvent = components['schemas']['BomLineWebhookEvent'];
export type BomPage = components['schemas']['BomPage'];
export type BomRawCreate = components['schemas']['BomRawCreate'];
export type BomUpdate = components['schemas']['BomUpdate'];
export type BomUpsert = components['schemas']['BomUpsert'];
export type BomWebhookEvent = components['schemas']['BomWebhookEvent'];
export type CreateRawBomLine = components['schemas']['CreateRawBomLine'];
export type CustomProperty = components['schemas']['CustomProperty'];
export type CustomPropertyCreate = components['schemas']['CustomPropertyCreate'];
export type CustomPropertyDataType = components['schemas']['CustomPropertyDataType'];
export type CustomPropertyPage = components['schemas']['CustomPropertyPage'];
export type CustomPropertyRecordType = components['schemas']['CustomPropertyRecordType'];
export type CustomPropertyUpdate = components['schemas']['CustomPropertyUpdate'];
export type CustomPropertyValues = components['schemas']['CustomPropertyValues'];
export type DecimalString = components['schemas']['DecimalString'];
export type ErrorDetail = components['schemas']['ErrorDetail'];
export type FieldErrors = components['schemas']['FieldErrors'];
export type IntegrationSyncInput = components['schemas']['IntegrationSyncInput'];
export type IntegrationSyncRecord = components['schemas']['IntegrationSyncRecord'];
export type Metadata = components['schemas']['Metadata'];
export type NoPartPurchaseLine = components['schemas']['NoPartPurchaseLine'];
export type NoPartPurchaseLineCreate = components['schemas']['NoPartPurchaseLineCreate'];
export type NoPartPurchaseLinePage = components['schemas']['NoPartPurchaseLinePage'];
export type NoPartPurchaseLinesUpdateMany = components['schemas']['NoPartPurchaseLinesUpdateMany'];
export type NoPartPurchaseLineUpdate = components['schemas']['NoPartPurchaseLineUpdate'];
export type NoPartPurchaseLineWebhookEvent = components['schemas']['NoPartPurchaseLineWebhookEvent'];
export type Org = components['schemas']['Org'];
export type OutboundEmail = components['schemas']['OutboundEmail'];
export type OutboundEmailCreate = components['schemas']['OutboundEmailCreate'];
export type OutboundEmailMarkSent = components['schemas']['OutboundEmailMarkSent'];
export type OutboundEmailStatus = components['schemas']['OutboundEmailStatus'];
export type PageInfo = components['schemas']['PageInfo'];
export type Part = components['schemas']['Part'];
export type PartCreate = components['schemas']['PartCreate'];
export type PartsCreateAsync = components['schemas']['PartsCreateAsync'];
export type PartStock = components['schemas']['PartStock'];
export type PartStockLot = components['schemas']['PartStockLot'];
export type PartStockUpsert = components['schemas']['PartStockUpsert'];
export type PartsUpsertAsync = components['schemas']['PartsUpsertAsync'];
export type PartWebhookEvent = components['schemas']['PartWebhookEvent'];
export type Program = components['schemas']['Program'];
export type ProgramAvailability = components['schemas']['ProgramAvailability'];
export type ProgramAvailabilityOffer = components['schemas']['ProgramAvailabilityOffer'];
export type ProgramAvailabilityPart = components['schemas']['ProgramAvailabilityPart'];
export type ProgramCreate = components['schemas']['ProgramCreate'];
export type ProgramLine = components['schemas']['ProgramLine'];
export type ProgramLineCreate = components['schemas']['ProgramLineCreate'];
export type ProgramLinePage = components['schemas']['ProgramLinePage'];
export type ProgramLineUpdate = components['schemas']['ProgramLineUpdate'];
export type ProgramLineWebhookEvent = components['schemas']['ProgramLineWebhookEvent'];
export type ProgramPage = components['schemas']['ProgramPage'];
export type ProgramPartOverride = components['schemas']['ProgramPartOverride'];
export type ProgramPartOverrideCreate = components['schemas']['ProgramPartOverrideCreate'];
export type ProgramPartOverridePage = components['schemas']['ProgramPartOverridePage'];
export type ProgramPartOverrideUpdate = components['schemas']['ProgramPartOverrideUpdate'];
export type ProgramReferencePricing = components['schemas']['ProgramReferencePricing'];
export type ProgramReferencePricingPart = components['schemas']['ProgramReferencePricingPart'];
export type ProgramStatus = components['schemas']['ProgramStatus'];
export type ProgramUpdate = components['schemas']['ProgramUpdate'];
export type ProgramWebhookEvent = components['schemas']['ProgramWebhookEvent'];
export type PurchaseEvent = components['schemas']['PurchaseEvent'];
export type PurchaseEventCreate = components['schemas']['PurchaseEventCreate'];
export type PurchaseEventType = components['schemas']['PurchaseEventType'];
export type PurchaseEventWebhookEvent = components['schemas']['PurchaseEventWebhookEvent'];
export type PurchaseLine = components['schemas']['PurchaseLine'];
export type PurchaseLineCreate = components['schemas']['PurchaseLineCreate'];
export type PurchaseLinePage = components['schemas']['PurchaseLinePage'];
export type PurchaseLinesUpdateMany = components['schemas']['PurchaseLinesUpdateMany'];
export type PurchaseLineUpdate = components['schemas']['PurchaseLineUpdate'];
export type PurchaseLineWebhookEvent = components['schemas']['PurchaseLineWebhookEvent'];
export type PurchaseOrder = components['schemas']['PurchaseOrder'];
export type PurchaseOrderCreate = components['schemas']['PurchaseOrderCreate'];
export type PurchaseOrderStatus = components['schemas']['PurchaseOrderStatus'];
export type PurchaseOrderUpdate = components['schemas']['PurchaseOrderUpdate'];
export type PurchaseOrderWebhookEvent = components['schemas']['PurchaseOrderWebhookEvent'];
export type Rfq = components['schemas']['Rfq'];
export type RfqCreate = components['schemas']['RfqCreate'];
export type RfqLine = components['schemas']['RfqLine'];
export type RfqLineCreate = components['schemas']['RfqLineCreate'];
export type RfqLineUpdate = components['schemas']['RfqLineUpdate'];
export type RfqLineWebhookEvent = components['schemas']['RfqLineWebhookEvent'];
export type RfqStatus = components['schemas']['RfqStatus'];
export type RfqUpdate = components['schemas']['RfqUpdate'];
export type RfqWebhookEvent = components['schemas']['RfqWebhookEvent'];
export type SqlQuery = components['schemas']['SqlQuery'];
export type SqlQueryColumn = components['schemas']['SqlQueryColumn'];
export type SqlQueryResult = components['schemas']['SqlQueryResult'];
export type StockDocument = components['schemas']['StockDocument'];
export type StockDocumentCreate = components['schemas']['StockDocumentCreate'];
export type StockDocumentPage = components['schemas']['StockDocumentPage'];
export type StockDocumentType = components['schemas']['StockDocumentType'];
export type StockDocumentWebhookEvent = components['schemas']['StockDocumentWebhookEvent'];
export type StockLot = components['schemas']['StockLot'];
export type StockLotUpdate = components['schemas']['StockLotUpdate'];
export type StockLotWebhookEvent = components['schemas']['StockLotWebhookEvent'];
export type SubOrg = components['schemas']['SubOrg'];
export type SubOrgCreate = components['schemas']['SubOrgCreate'];
export type SubOrgPage = components['schemas']['SubOrgPage'];
export type SubOrgUpdate = components['schemas']['SubOrgUpdate'];
export type Supplier = components['schemas']['Supplier'];
export type SupplierBill = components['schemas']['SupplierBill'];
export type SupplierBillCreate = components['schemas']['SupplierBillCreate'];
export type SupplierBillLine = components['schemas']['SupplierBillLine'];
export type SupplierBillLineCreate = components['schemas']['SupplierBillLineCreate'];
export type SupplierBillLineUpdate = components['schemas']['SupplierBillLineUpdate'];
export type SupplierBillLineWebhookEvent = components['schemas']['SupplierBillLineWebhookEvent'];
export type SupplierBillStatus = components['schemas']['SupplierBillStatus'];
export type SupplierBillUpdate = components['schemas']['SupplierBillUpdate'];
export type SupplierBillWebhookEvent = components['schemas']['SupplierBillWebhookEvent'];
export type SupplierCreate = components['schemas']['SupplierCreate'];
export type SupplierPage = components['schemas']['SupplierPage'];
export type SupplierQuote = components['schemas']['SupplierQuote'];
export type SupplierQuoteCreate = components['schemas']['SupplierQuoteCreate'];
export type SupplierQuoteLine = components['schemas']['SupplierQuoteLine'];
export type SupplierQuoteLineCreate = components['schemas']['SupplierQuoteLineCreate'];
export type SupplierQuoteLineUpdate = components['schemas']['SupplierQuoteLineUpdate'];
export type SupplierQuoteLineWebhookEvent = components['schemas']['SupplierQuoteLineWebhookEvent'];
export type SupplierQuoteUpdate = components['schemas']['SupplierQuoteUpdate'];
export type SupplierQuoteWebhookEvent = components['schemas']['SupplierQuoteWebhookEvent'];
export type SupplierUpdate = components['schemas']['SupplierUpdate'];
export type SupplierWebhookEvent = components['schemas']['SupplierWebhookEvent'];
export type Tag = components['schemas']['Tag'];
export type TagCreate = components['schemas']['TagCreate'];
export type TagPage = components['schemas']['TagPage'];
export type TagUpdate = components['schemas']['TagUpdate'];
export type Team = components['schemas']['Team'];
export type TeamCreate = components['schemas']['TeamCreate'];
export type TeamPage = components['schemas']['TeamPage'];
export type TeamType = components['schemas']['TeamType'];
export type TeamTypeCreate = components['schemas']['TeamTypeCreate'];
export type TeamTypePage = components['schemas']['TeamTypePage'];
export type TeamTypeUpdate = components['schemas']['TeamTypeUpdate'];
export type TeamUpdate = components['schemas']['TeamUpdate'];
export type TeamWebhookEvent = components['schemas']['TeamWebhookEvent'];
export type User = components['schemas']['User'];
export type UserPage = components['schemas']['UserPage'];
export type UserRole = components['schemas']['UserRole'];
export type WebhookEvent = components['schemas']['WebhookEvent'];
export type WebhookEventType = components['schemas']['WebhookEventType'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterAsyncJobId = components['parameters']['AsyncJobId'];
export type ParameterBlended = components['parameters']['Blended'];
export type ParameterBomId = components['parameters']['BomId'];
export type ParameterBomLineId = components['parameters']['BomLineId'];
export type ParameterCustomPropertyId = components['parameters']['CustomPropertyId'];
export type ParameterLimit = components['parameters']['Limit'];
export type ParameterNoPartPurchaseLineId = components['parameters']['NoPartPurchaseLineId'];
export type ParameterOffset = components['parameters']['Offset'];
export type ParameterOrgId = components['parameters']['OrgId'];
export type ParameterOutboundEmailId = components['parameters']['OutboundEmailId'];
export type ParameterPartId = components['parameters']['PartId'];
export type ParameterProgramId = components['parameters']['ProgramId'];
export type ParameterProgramLineId = components['parameters']['ProgramLineId'];
export type ParameterProgramPartOverrideId = components['parameters']['ProgramPartOverrideId'];
export type ParameterPurchaseId = components['parameters']['PurchaseId'];
export type ParameterPurchaseLineId = components['parameters']['PurchaseLineId'];
export type ParameterRfqId = components['parameters']['RfqId'];
export type ParameterRfqLineId = components['parameters']['RfqLineId'];
export type ParameterStockDocumentId = components['parameters']['StockDocumentId'];
export type ParameterStockLotId = components['parameters']['StockLotId'];
export type ParameterSubOrgId = components['parameters']['SubOrgId'];
export type ParameterSupplierBillId = components['parameters']['SupplierBillId'];
export type ParameterSupplierBillLineId = components['parameters']['SupplierBillLineId'];
export type ParameterSupplierId = components['parameters']['SupplierId'];
export type ParameterSupplierQuoteId = components['parameters']['SupplierQuoteId'];
export type ParameterSupplierQuoteLineId = components['parameters']['SupplierQuoteLineId'];
export type ParameterTagId = components['parameters']['TagId'];
export type ParameterTeamId = components['parameters']['TeamId'];
export type ParameterTeamTypeId = components['parameters']['TeamTypeId'];
export type ParameterUserId = components['parameters']['UserId'];
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
    createBom: {
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
                /**
                 * @example {
                 *       "name": "LED driver board",
                 *       "version": "A",
                 *       "part_number": "PCBA-2210",
                 *       "metadata": {
                 *         "plm_revision": "3"
                 *       },
                 *       "lines": [
                 *         {
                 *           "part": "c9f0f895-fb98-4b91-9a2e-3b4c5d6e7f80",
                 *           "quantity": 1,
                 *           "reference_designators": [
                 *             "U1"
                 *           ]
                 *         },
                 *         {
                 *           "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
                 *           "quantity": 8,
                 *           "reference_designators": [
                 *             "C1",
                 *             "C2",
                 *             "C3",
                 *             "C4",
                 *             "C5",
                 *             "C6",
                 *             "C7",
                 *             "C8"
                 *           ],
                 *           "alternative_parts": [
                 *             "d3d94468-02a4-4b5e-8c6d-7e8f9a0b1c2d"
                 *           ]
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BomCreate"];
            };
        };
        responses: {
            /** @description The new BOM. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0e7d6c5b-4a39-4281-9f0e-1d2c3b4a5968",
                     *       "name": "LED driver board",
                     *       "version": "A",
                     *       "part_number": "PCBA-2210",
                     *       "approved": false,
                     *       "approved_at": null,
                     *       "archived": false,
                     *       "line_count": 2,
                     *       "metadata": {
                     *         "plm_revision": "3"
                     *       },
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-21T11:42:09Z",
                     *       "updated_at": "2026-11-21T11:42:09Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Bom"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createBomFromRaw: {
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
                /**
                 * @example {
                 *       "name": "Motor controller main board",
                 *       "version": "D",
                 *       "part_number": "PCBA-1042",
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
                 *           ]
                 *         }
                 *       ],
                 *       "integration_source_name": "arena",
                 *       "integration_record_id": "PLM-88502",
                 *       "synced_from_integration": true,
                 *       "synced_from_integration_at": "2026-11-21T09:12:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["BomRawCreate"];
            };
        };
        responses: {
            /** @description The new BOM, its lines matched. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7c2b9e14-6d5a-4f38-a1c0-3e9d8b7a6f52",
                     *       "name": "Motor controller main board",
                     *       "version": "D",
                     *       "part_number": "PCBA-1042",
                     *       "approved": false,
                     *       "approved_at": null,
                     *       "archived": false,
                     *       "line_count": 2,
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-21T09:12:03Z",
                     *       "updated_at": "2026-11-21T09:12:03Z",
                     *       "synced_from_integration": true,
                     *       "integration_source_name": "arena",
                     *       "integration_record_id": "PLM-88502",
                     *       "synced_from_integration_at": "2026-11-21T09:12:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Bom"];
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
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteBom: {
        parameters: {
            query?: never;
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
            /** @description The BOM was deleted, or archived if it was approved. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateBom: {
        parameters: {
            query?: never;
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
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": "C1",
                 *       "metadata": {
                 *         "plm_revision": "8"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["BomUpdate"];
            };
        };
        responses: {
            /** @description The changed BOM. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                     *       "name": "Motor controller main board",
                     *       "version": "C1",
                     *       "part_number": "PCBA-1042",
                     *       "approved": false,
                     *       "approved_at": null,
                     *       "archived": false,
                     *       "line_count": 2,
                     *       "metadata": {
                     *         "plm_revision": "8"
                     *       },
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-20T15:00:04Z",
                     *       "updated_at": "2026-11-21T12:10:37Z",
                     *       "synced_from_integration": true,
                     *       "integration_source_name": "arena",
                     *       "integration_record_id": "PLM-88412",
                     *       "synced_from_integration_at": "2026-11-20T15:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Bom"];
                };
            };
            400: components["responses"]["BadRequest"];
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
    approveBom: {
        parameters: {
            query?: never;
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
            /** @description The approved BOM. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                     *       "name": "Motor controller main board",
                     *       "version": "C",
                     *       "part_number": "PCBA-1042",
                     *       "approved": true,
                     *       "approved_at": "2026-11-21T14:03:55Z",
                     *       "archived": false,
                     *       "line_count": 2,
                     *       "metadata": {
                     *         "plm_revision": "7"
                     *       },
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-20T15:00:04Z",
                     *       "updated_at": "2026-11-21T14:03:55Z",
                     *       "synced_from_integration": true,
                     *       "integration_source_name": "arena",
                     *       "integration_record_id": "PLM-88412",
                     *       "synced_from_integration_at": "2026-11-20T15:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Bom"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listBomLines: {
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
            /** @description One page of the BOM's lines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 2,
                     *       "next": null,
                     *       "previous": null,
                     *       "results": [
                     *         {
                     *           "id": "4b9e2c71-0d3a-4f6b-8c15-7e2a9d6f3b10",
                     *           "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                     *           "line_number": "10",
                     *           "custom_id": "CAP-0402-104",
                     *           "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
                     *           "alternative_parts": [
                     *             "d3d94468-02a4-4b5e-8c6d-7e8f9a0b1c2d"
                     *           ],
                     *           "mpn": "GRM155R71C104KA88D",
                     *           "manufacturer_name": "Murata",
                     *           "alternative_mpns": [
                     *             "CL05B104KO5NNNC"
                     *           ],
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
                     *           "description": "CAP CER 0.1UF 16V X7R 0402",
                     *           "value": "0.1uF",
                     *           "package": "0402",
                     *           "mount_type": "SMT",
                     *           "link": null,
                     *           "comments": null,
                     *           "do_not_place": false,
                     *           "ignored": false,
                     *           "is_custom_part": false,
                     *           "status": "on_hand",
                     *           "metadata": {},
                     *           "created_at": "2026-11-20T15:00:04Z",
                     *           "updated_at": "2026-11-20T15:00:04Z",
                     *           "synced_from_integration": false,
                     *           "integration_source_name": null,
                     *           "integration_record_id": null,
                     *           "synced_from_integration_at": null
                     *         },
                     *         {
                     *           "id": "5c0f3d82-1e4b-4a7c-9d26-8f3b0e7a4c21",
                     *           "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                     *           "line_number": "20",
                     *           "custom_id": null,
                     *           "part": "a87ff679-a2f3-4e71-8d5c-1a2b3c4d5e6f",
                     *           "alternative_parts": [],
                     *           "mpn": "STM32G431CBU6",
                     *           "manufacturer_name": "STMicroelectronics",
                     *           "alternative_mpns": [],
                     *           "quantity": 1,
                     *           "reference_designators": [
                     *             "U1"
                     *           ],
                     *           "description": "IC MCU 32BIT 128KB FLASH 48UFQFPN",
                     *           "value": null,
                     *           "package": "UFQFPN-48",
                     *           "mount_type": "SMT",
                     *           "link": null,
                     *           "comments": "Program at test",
                     *           "do_not_place": false,
                     *           "ignored": false,
                     *           "is_custom_part": false,
                     *           "status": "buyable",
                     *           "metadata": {},
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
                    "application/json": components["schemas"]["BomLinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createBomLine: {
        parameters: {
            query?: never;
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
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "part": "a87ff679-a2f3-4e71-8d5c-1a2b3c4d5e6f",
                 *       "quantity": 1,
                 *       "reference_designators": [
                 *         "U7"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BomLineCreate"];
            };
        };
        responses: {
            /** @description The existing line for the part, with the quantity added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5c0f3d82-1e4b-4a7c-9d26-8f3b0e7a4c21",
                     *       "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                     *       "line_number": "20",
                     *       "custom_id": null,
                     *       "part": "a87ff679-a2f3-4e71-8d5c-1a2b3c4d5e6f",
                     *       "alternative_parts": [],
                     *       "mpn": "STM32G431CBU6",
                     *       "manufacturer_name": "STMicroelectronics",
                     *       "alternative_mpns": [],
                     *       "quantity": 2,
                     *       "reference_designators": [
                     *         "U1",
                     *         "U7"
                     *       ],
                     *       "description": "IC MCU 32BIT 128KB FLASH 48UFQFPN",
                     *       "value": null,
                     *       "package": "UFQFPN-48",
                     *       "mount_type": "SMT",
                     *       "link": null,
                     *       "comments": "Program at test",
                     *       "do_not_place": false,
                     *       "ignored": false,
                     *       "is_custom_part": false,
                     *       "status": "buyable",
                     *       "metadata": {},
                     *       "created_at": "2026-11-20T15:00:04Z",
                     *       "updated_at": "2026-11-21T13:20:41Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["BomLine"];
                };
            };
            /** @description The new line. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7d1a4e93-2f5c-4b8d-8e37-9a4c1f8b5d32",
                     *       "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                     *       "line_number": null,
                     *       "custom_id": null,
                     *       "part": "a87ff679-a2f3-4e71-8d5c-1a2b3c4d5e6f",
                     *       "alternative_parts": [],
                     *       "mpn": null,
                     *       "manufacturer_name": null,
                     *       "alternative_mpns": [],
                     *       "quantity": 1,
                     *       "reference_designators": [
                     *         "U7"
                     *       ],
                     *       "description": null,
                     *       "value": null,
                     *       "package": null,
                     *       "mount_type": null,
                     *       "link": null,
                     *       "comments": null,
                     *       "do_not_place": false,
                     *       "ignored": false,
                     *       "is_custom_part": false,
                     *       "status": "buyable",
                     *       "metadata": {},
                     *       "created_at": "2026-11-21T13:20:41Z",
                     *       "updated_at": "2026-11-21T13:20:41Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["BomLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getBomLine: {
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
                /**
                 * @description Id of the BOM line.
                 * @example 4b9e2c71-0d3a-4f6b-8c15-7e2a9d6f3b10
                 */
                line_id: components["parameters"]["BomLineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The BOM line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "4b9e2c71-0d3a-4f6b-8c15-7e2a9d6f3b10",
                     *       "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                     *       "line_number": "10",
                     *       "custom_id": "CAP-0402-104",
                     *       "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
                     *       "alternative_parts": [
                     *         "d3d94468-02a4-4b5e-8c6d-7e8f9a0b1c2d"
                     *       ],
                     *       "mpn": "GRM155R71C104KA88D",
                     *       "manufacturer_name": "Murata",
                     *       "alternative_mpns": [
                     *         "CL05B104KO5NNNC"
                     *       ],
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
                     *       "value": "0.1uF",
                     *       "package": "0402",
                     *       "mount_type": "SMT",
                     *       "link": null,
                     *       "comments": null,
                     *       "do_not_place": false,
                     *       "ignored": false,
                     *       "is_custom_part": false,
                     *       "status": "on_hand",
                     *       "metadata": {},
                     *       "created_at": "2026-11-20T15:00:04Z",
                     *       "updated_at": "2026-11-20T15:00:04Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["BomLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteBomLine: {
        parameters: {
            query?: never;
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
                /**
                 * @description Id of the BOM line.
                 * @example 4b9e2c71-0d3a-4f6b-8c15-7e2a9d6f3b10
                 */
                line_id: components["parameters"]["BomLineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The line was removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateBomLine: {
        parameters: {
            query?: never;
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
                /**
                 * @description Id of the BOM line.
                 * @example 4b9e2c71-0d3a-4f6b-8c15-7e2a9d6f3b10
                 */
                line_id: components["parameters"]["BomLineId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "quantity": 14,
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
                 *         "C12",
                 *         "C13",
                 *         "C14"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BomLineUpdate"];
            };
        };
        responses: {
            /** @description The changed line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "4b9e2c71-0d3a-4f6b-8c15-7e2a9d6f3b10",
                     *       "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                     *       "line_number": "10",
                     *       "custom_id": "CAP-0402-104",
                     *       "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
                     *       "alternative_parts": [
                     *         "d3d94468-02a4-4b5e-8c6d-7e8f9a0b1c2d"
                     *       ],
                     *       "mpn": "GRM155R71C104KA88D",
                     *       "manufacturer_name": "Murata",
                     *       "alternative_mpns": [
                     *         "CL05B104KO5NNNC"
                     *       ],
                     *       "quantity": 14,
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
                     *         "C12",
                     *         "C13",
                     *         "C14"
                     *       ],
                     *       "description": "CAP CER 0.1UF 16V X7R 0402",
                     *       "value": "0.1uF",
                     *       "package": "0402",
                     *       "mount_type": "SMT",
                     *       "link": null,
                     *       "comments": null,
                     *       "do_not_place": false,
                     *       "ignored": false,
                     *       "is_custom_part": false,
                     *       "status": "on_hand",
                     *       "metadata": {},
                     *       "created_at": "2026-11-20T15:00:04Z",
                     *       "updated_at": "2026-11-21T13:45:02Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["BomLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createBomLineFromRaw: {
        parameters: {
            query?: never;
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
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "mpn": "RC0402FR-0710KL",
                 *       "manufacturer_name": "Yageo",
                 *       "quantity": 4,
                 *       "reference_designators": [
                 *         "R1",
                 *         "R2",
                 *         "R3",
                 *         "R4"
                 *       ],
                 *       "description": "RES 10K OHM 1% 1/16W 0402",
                 *       "value": "10k",
                 *       "package": "0402",
                 *       "mount_type": "SMT"
                 *     }
                 */
                "application/json": components["schemas"]["BomLineRawCreate"];
            };
        };
        responses: {
            /** @description The existing line with the same part and reference designators, with the quantity added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "8e2b5fa4-3a6d-4c9e-9f48-0b5d2a9c6e43",
                     *       "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                     *       "line_number": "30",
                     *       "custom_id": null,
                     *       "part": "1679091c-5a88-4faf-8b6c-2d3e4f5a6b7d",
                     *       "alternative_parts": [],
                     *       "mpn": "RC0402FR-0710KL",
                     *       "manufacturer_name": "Yageo",
                     *       "alternative_mpns": [],
                     *       "quantity": 8,
                     *       "reference_designators": [
                     *         "R1",
                     *         "R2",
                     *         "R3",
                     *         "R4"
                     *       ],
                     *       "description": "RES 10K OHM 1% 1/16W 0402",
                     *       "value": "10k",
                     *       "package": "0402",
                     *       "mount_type": "SMT",
                     *       "link": null,
                     *       "comments": null,
                     *       "do_not_place": false,
                     *       "ignored": false,
                     *       "is_custom_part": false,
                     *       "status": "on_hand",
                     *       "metadata": {},
                     *       "created_at": "2026-11-20T15:00:04Z",
                     *       "updated_at": "2026-11-21T13:52:18Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["BomLine"];
                };
            };
            /** @description The new line, matched to a part or with status `no_match`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "8e2b5fa4-3a6d-4c9e-9f48-0b5d2a9c6e43",
                     *       "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                     *       "line_number": null,
                     *       "custom_id": null,
                     *       "part": "1679091c-5a88-4faf-8b6c-2d3e4f5a6b7d",
                     *       "alternative_parts": [],
                     *       "mpn": "RC0402FR-0710KL",
                     *       "manufacturer_name": "Yageo",
                     *       "alternative_mpns": [],
                     *       "quantity": 4,
                     *       "reference_designators": [
                     *         "R1",
                     *         "R2",
                     *         "R3",
                     *         "R4"
                     *       ],
                     *       "description": "RES 10K OHM 1% 1/16W 0402",
                     *       "value": "10k",
                     *       "package": "0402",
                     *       "mount_type": "SMT",
                     *       "link": null,
                     *       "comments": null,
                     *       "do_not_place": false,
                     *       "ignored": false,
                     *       "is_custom_part": false,
                     *       "status": "buyable",
                     *       "metadata": {},
                     *       "created_at": "2026-11-21T13:52:18Z",
                     *       "updated_at": "2026-11-21T13:52:18Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["BomLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listPrograms: {
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
                /** @description Lists only programs with this status. */
                status?: components["schemas"]["ProgramStatus"];
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
            /** @description One page of programs. */
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
                     *           "id": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *           "name": "Q1 2027 motor controller build",
                     *           "description": "500 controllers for the spring production run.",
                     *           "status": "approved",
                     *           "due_date": "2027-02-15",
                     *           "line_count": 2,
                     *           "metadata": {
                     *             "erp_work_order": "WO-10433"
                     *           },
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-11-21T10:00:00Z",
                     *           "updated_at": "2026-11-22T08:30:00Z",
                     *           "synced_from_integration": false,
                     *           "integration_source_name": null,
                     *           "integration_record_id": null,
                     *           "synced_from_integration_at": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProgramPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createProgram: {
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
                /**
                 * @example {
                 *       "name": "Q1 2027 motor controller build",
                 *       "description": "500 controllers for the spring production run.",
                 *       "due_date": "2027-02-15",
                 *       "metadata": {
                 *         "erp_work_order": "WO-10433"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["ProgramCreate"];
            };
        };
        responses: {
            /** @description The new program. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *       "name": "Q1 2027 motor controller build",
                     *       "description": "500 controllers for the spring production run.",
                     *       "status": "draft",
                     *       "due_date": "2027-02-15",
                     *       "line_count": 0,
                     *       "metadata": {
                     *         "erp_work_order": "WO-10433"
                     *       },
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-21T10:00:00Z",
                     *       "updated_at": "2026-11-21T10:00:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Program"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProgram: {
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
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *       "name": "Q1 2027 motor controller build",
                     *       "description": "500 controllers for the spring production run.",
                     *       "status": "approved",
                     *       "due_date": "2027-02-15",
                     *       "line_count": 2,
                     *       "metadata": {
                     *         "erp_work_order": "WO-10433"
                     *       },
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-21T10:00:00Z",
                     *       "updated_at": "2026-11-22T08:30:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Program"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteProgram: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateProgram: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "approved",
                 *       "due_date": "2027-03-01"
                 *     }
                 */
                "application/json": components["schemas"]["ProgramUpdate"];
            };
        };
        responses: {
            /** @description The changed program. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *       "name": "Q1 2027 motor controller build",
                     *       "description": "500 controllers for the spring production run.",
                     *       "status": "approved",
                     *       "due_date": "2027-03-01",
                     *       "line_count": 2,
                     *       "metadata": {
                     *         "erp_work_order": "WO-10433"
                     *       },
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-21T10:00:00Z",
                     *       "updated_at": "2026-11-22T08:30:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Program"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProgramAvailabilities: {
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
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program's availabilities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *       "computed_at": "2026-11-22T09:00:00Z",
                     *       "parts": [
                     *         {
                     *           "part": "a87ff679-a2f3-4e71-8d5c-1a2b3c4d5e6f",
                     *           "mpn": "STM32G431CBU6",
                     *           "manufacturer_name": "STMicroelectronics",
                     *           "required_quantity": 500,
                     *           "on_hand_quantity": 120,
                     *           "shortfall_quantity": 380,
                     *           "offers": [
                     *             {
                     *               "supplier": "45c48cce-2e2d-4fbd-aa1a-5b6c7d8e9f01",
                     *               "sku": "497-19046-ND",
                     *               "stock_quantity": 2314,
                     *               "moq": 1,
                     *               "order_multiple": 1,
                     *               "lead_time_days": null,
                     *               "unit_price": "4.1230",
                     *               "currency": "USD",
                     *               "packaging": "Tray",
                     *               "updated_at": "2026-11-22T08:47:13Z"
                     *             },
                     *             {
                     *               "supplier": "6512bd43-d9ca-4a6e-9b4d-1e2f3a4b5c6d",
                     *               "sku": "511-STM32G431CBU6",
                     *               "stock_quantity": 960,
                     *               "moq": 1,
                     *               "order_multiple": 1,
                     *               "lead_time_days": 84,
                     *               "unit_price": "4.2100",
                     *               "currency": "USD",
                     *               "packaging": "Tray",
                     *               "updated_at": "2026-11-22T08:47:13Z"
                     *             }
                     *           ]
                     *         },
                     *         {
                     *           "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
                     *           "mpn": "GRM155R71C104KA88D",
                     *           "manufacturer_name": "Murata",
                     *           "required_quantity": 6300,
                     *           "on_hand_quantity": 10000,
                     *           "shortfall_quantity": 0,
                     *           "offers": [
                     *             {
                     *               "supplier": "45c48cce-2e2d-4fbd-aa1a-5b6c7d8e9f01",
                     *               "sku": "490-6328-2-ND",
                     *               "stock_quantity": 4580000,
                     *               "moq": 10000,
                     *               "order_multiple": 10000,
                     *               "lead_time_days": 12,
                     *               "unit_price": "0.0021",
                     *               "currency": "USD",
                     *               "packaging": "Tape & Reel",
                     *               "updated_at": "2026-11-22T08:47:13Z"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProgramAvailability"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProgramAvailabilitiesAsync: {
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
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The id of the async job that works out the availabilities. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example 3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b */
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProgramReferencePricing: {
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
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program's reference pricing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *       "computed_at": "2026-11-22T09:00:00Z",
                     *       "currency": "USD",
                     *       "total_price": "2088.9900",
                     *       "unpriced_part_count": 0,
                     *       "parts": [
                     *         {
                     *           "part": "a87ff679-a2f3-4e71-8d5c-1a2b3c4d5e6f",
                     *           "mpn": "STM32G431CBU6",
                     *           "manufacturer_name": "STMicroelectronics",
                     *           "required_quantity": 500,
                     *           "unit_price": "4.1490",
                     *           "extended_price": "2074.5000"
                     *         },
                     *         {
                     *           "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
                     *           "mpn": "GRM155R71C104KA88D",
                     *           "manufacturer_name": "Murata",
                     *           "required_quantity": 6300,
                     *           "unit_price": "0.0023",
                     *           "extended_price": "14.4900"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProgramReferencePricing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listProgramLines: {
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
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the program's lines. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 2,
                     *       "next": null,
                     *       "previous": null,
                     *       "results": [
                     *         {
                     *           "id": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                     *           "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *           "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                     *           "part": null,
                     *           "quantity": 500,
                     *           "included": true,
                     *           "need_by": null,
                     *           "notes": null,
                     *           "metadata": {},
                     *           "created_at": "2026-11-21T10:05:00Z",
                     *           "updated_at": "2026-11-21T10:05:00Z",
                     *           "synced_from_integration": false,
                     *           "integration_source_name": null,
                     *           "integration_record_id": null,
                     *           "synced_from_integration_at": null
                     *         },
                     *         {
                     *           "id": "a1b2c3d4-e5f6-4a7b-9c8d-0e1f2a3b4c5d",
                     *           "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *           "bom": null,
                     *           "part": "c9f0f895-fb98-4b91-9a2e-3b4c5d6e7f80",
                     *           "quantity": 50,
                     *           "included": false,
                     *           "need_by": "2027-01-20",
                     *           "notes": "Field-service spares, waiting on customer PO.",
                     *           "metadata": {},
                     *           "created_at": "2026-11-21T10:05:00Z",
                     *           "updated_at": "2026-11-22T08:12:40Z",
                     *           "synced_from_integration": false,
                     *           "integration_source_name": null,
                     *           "integration_record_id": null,
                     *           "synced_from_integration_at": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProgramLinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createProgramLines: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example [
                 *       {
                 *         "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                 *         "quantity": 500
                 *       },
                 *       {
                 *         "part": "c9f0f895-fb98-4b91-9a2e-3b4c5d6e7f80",
                 *         "quantity": 50,
                 *         "included": false,
                 *         "need_by": "2027-01-20",
                 *         "notes": "Field-service spares, waiting on customer PO."
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["ProgramLineCreate"][];
            };
        };
        responses: {
            /** @description The new lines, in the order given. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                     *         "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *         "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                     *         "part": null,
                     *         "quantity": 500,
                     *         "included": true,
                     *         "need_by": null,
                     *         "notes": null,
                     *         "metadata": {},
                     *         "created_at": "2026-11-21T10:05:00Z",
                     *         "updated_at": "2026-11-21T10:05:00Z",
                     *         "synced_from_integration": false,
                     *         "integration_source_name": null,
                     *         "integration_record_id": null,
                     *         "synced_from_integration_at": null
                     *       },
                     *       {
                     *         "id": "a1b2c3d4-e5f6-4a7b-9c8d-0e1f2a3b4c5d",
                     *         "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *         "bom": null,
                     *         "part": "c9f0f895-fb98-4b91-9a2e-3b4c5d6e7f80",
                     *         "quantity": 50,
                     *         "included": false,
                     *         "need_by": "2027-01-20",
                     *         "notes": "Field-service spares, waiting on customer PO.",
                     *         "metadata": {},
                     *         "created_at": "2026-11-21T10:05:00Z",
                     *         "updated_at": "2026-11-21T10:05:00Z",
                     *         "synced_from_integration": false,
                     *         "integration_source_name": null,
                     *         "integration_record_id": null,
                     *         "synced_from_integration_at": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ProgramLine"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProgramLine: {
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
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
                /**
                 * @description Id of the program line.
                 * @example 9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
                 */
                line_id: components["parameters"]["ProgramLineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                     *       "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *       "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                     *       "part": null,
                     *       "quantity": 500,
                     *       "included": true,
                     *       "need_by": null,
                     *       "notes": null,
                     *       "metadata": {},
                     *       "created_at": "2026-11-21T10:05:00Z",
                     *       "updated_at": "2026-11-21T10:05:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["ProgramLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteProgramLine: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
                /**
                 * @description Id of the program line.
                 * @example 9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
                 */
                line_id: components["parameters"]["ProgramLineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The line was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateProgramLine: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
                /**
                 * @description Id of the program line.
                 * @example 9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d
                 */
                line_id: components["parameters"]["ProgramLineId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "included": false,
                 *       "notes": "Customer pushed this batch to Q2."
                 *     }
                 */
                "application/json": components["schemas"]["ProgramLineUpdate"];
            };
        };
        responses: {
            /** @description The changed line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                     *       "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *       "bom": "6a1f5b0e-4c3d-4e2f-9a8b-7c6d5e4f3a2b",
                     *       "part": null,
                     *       "quantity": 500,
                     *       "included": false,
                     *       "need_by": null,
                     *       "notes": "Customer pushed this batch to Q2.",
                     *       "metadata": {},
                     *       "created_at": "2026-11-21T10:05:00Z",
                     *       "updated_at": "2026-11-22T14:31:09Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["ProgramLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listProgramPartOverrides: {
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
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the program's part overrides. */
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
                     *           "id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
                     *           "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *           "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
                     *           "substitute_part": null,
                     *           "quantity": null,
                     *           "extra_quantity": 300,
                     *           "consigned": false,
                     *           "target_unit_price": "0.0021",
                     *           "notes": "5% attrition for the pick-and-place feeders.",
                     *           "metadata": {},
                     *           "created_at": "2026-11-21T10:20:00Z",
                     *           "updated_at": "2026-11-21T10:20:00Z",
                     *           "synced_from_integration": false,
                     *           "integration_source_name": null,
                     *           "integration_record_id": null,
                     *           "synced_from_integration_at": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProgramPartOverridePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createProgramPartOverride: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
                 *       "extra_quantity": 300,
                 *       "target_unit_price": "0.0021",
                 *       "notes": "5% attrition for the pick-and-place feeders."
                 *     }
                 */
                "application/json": components["schemas"]["ProgramPartOverrideCreate"];
            };
        };
        responses: {
            /** @description The new part override. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
                     *       "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *       "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
                     *       "substitute_part": null,
                     *       "quantity": null,
                     *       "extra_quantity": 300,
                     *       "consigned": false,
                     *       "target_unit_price": "0.0021",
                     *       "notes": "5% attrition for the pick-and-place feeders.",
                     *       "metadata": {},
                     *       "created_at": "2026-11-21T10:20:00Z",
                     *       "updated_at": "2026-11-21T10:20:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["ProgramPartOverride"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getProgramPartOverride: {
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
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
                /**
                 * @description Id of the program part override.
                 * @example b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e
                 */
                part_override_id: components["parameters"]["ProgramPartOverrideId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The part override. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
                     *       "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *       "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
                     *       "substitute_part": null,
                     *       "quantity": null,
                     *       "extra_quantity": 300,
                     *       "consigned": false,
                     *       "target_unit_price": "0.0021",
                     *       "notes": "5% attrition for the pick-and-place feeders.",
                     *       "metadata": {},
                     *       "created_at": "2026-11-21T10:20:00Z",
                     *       "updated_at": "2026-11-21T10:20:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["ProgramPartOverride"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteProgramPartOverride: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
                /**
                 * @description Id of the program part override.
                 * @example b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e
                 */
                part_override_id: components["parameters"]["ProgramPartOverrideId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The part override was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateProgramPartOverride: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the program.
                 * @example 2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f
                 */
                program_id: components["parameters"]["ProgramId"];
                /**
                 * @description Id of the program part override.
                 * @example b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e
                 */
                part_override_id: components["parameters"]["ProgramPartOverrideId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "consigned": true,
                 *       "notes": "Customer ships the capacitors on reels."
                 *     }
                 */
                "application/json": components["schemas"]["ProgramPartOverrideUpdate"];
            };
        };
        responses: {
            /** @description The changed part override. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
                     *       "program": "2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f",
                     *       "part": "8f14e45f-ceea-467a-9b1c-2d3e4f5a6b7c",
                     *       "substitute_part": null,
                     *       "quantity": null,
                     *       "extra_quantity": 300,
                     *       "consigned": true,
                     *       "target_unit_price": "0.0021",
                     *       "notes": "Customer ships the capacitors on reels.",
                     *       "metadata": {},
                     *       "created_at": "2026-11-21T10:20:00Z",
                     *       "updated_at": "2026-11-22T15:02:44Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["ProgramPartOverride"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSubOrgs: {
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
            /** @description One page of sub-orgs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 2,
                     *       "next": null,
                     *       "previous": null,
                     *       "results": [
                     *         {
                     *           "id": "8f2d6c1a-93b4-4e7f-a5d2-0c1b2a3d4e5f",
                     *           "name": "Northwind Robotics - Guadalajara plant",
                     *           "parent": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "sandbox": false,
                     *           "metadata": {
                     *             "erp_company": "20"
                     *           },
                     *           "created_at": "2026-06-11T14:02:45Z",
                     *           "updated_at": "2026-06-11T14:02:45Z"
                     *         },
                     *         {
                     *           "id": "a4c3b2d1-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                     *           "name": "Northwind Robotics (sandbox)",
                     *           "parent": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "sandbox": true,
                     *           "metadata": {},
                     *           "created_at": "2026-07-01T09:00:00Z",
                     *           "updated_at": "2026-07-01T09:00:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SubOrgPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createSubOrg: {
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
                /**
                 * @example {
                 *       "name": "Northwind Robotics - Guadalajara plant",
                 *       "metadata": {
                 *         "erp_company": "20"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SubOrgCreate"];
            };
        };
        responses: {
            /** @description The new sub-org. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "8f2d6c1a-93b4-4e7f-a5d2-0c1b2a3d4e5f",
                     *       "name": "Northwind Robotics - Guadalajara plant",
                     *       "parent": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "sandbox": false,
                     *       "metadata": {
                     *         "erp_company": "20"
                     *       },
                     *       "created_at": "2026-06-11T14:02:45Z",
                     *       "updated_at": "2026-06-11T14:02:45Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SubOrg"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSubOrg: {
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
                 * @description Id of the sub-org.
                 * @example 8f2d6c1a-93b4-4e7f-a5d2-0c1b2a3d4e5f
                 */
                sub_org_id: components["parameters"]["SubOrgId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sub-org. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "8f2d6c1a-93b4-4e7f-a5d2-0c1b2a3d4e5f",
                     *       "name": "Northwind Robotics - Guadalajara plant",
                     *       "parent": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "sandbox": false,
                     *       "metadata": {
                     *         "erp_company": "20"
                     *       },
                     *       "created_at": "2026-06-11T14:02:45Z",
                     *       "updated_at": "2026-06-11T14:02:45Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SubOrg"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSubOrg: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the sub-org.
                 * @example 8f2d6c1a-93b4-4e7f-a5d2-0c1b2a3d4e5f
                 */
                sub_org_id: components["parameters"]["SubOrgId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Northwind Robotics - Monterrey plant"
                 *     }
                 */
                "application/json": components["schemas"]["SubOrgUpdate"];
            };
        };
        responses: {
            /** @description The sub-org as changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "8f2d6c1a-93b4-4e7f-a5d2-0c1b2a3d4e5f",
                     *       "name": "Northwind Robotics - Monterrey plant",
                     *       "parent": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "sandbox": false,
                     *       "metadata": {
                     *         "erp_company": "20"
                     *       },
                     *       "created_at": "2026-06-11T14:02:45Z",
                     *       "updated_at": "2026-11-20T16:12:03Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SubOrg"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getOrg: {
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
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The org. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "name": "Northwind Robotics",
                     *       "parent": null,
                     *       "sandbox": false,
                     *       "created_at": "2025-03-04T17:21:09Z",
                     *       "updated_at": "2026-10-02T08:45:30Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Org"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listUsers: {
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
                /** @description List only active (`true`) or only removed (`false`) users; both when left out. */
                is_active?: boolean;
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
            /** @description One page of users. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 2,
                     *       "next": null,
                     *       "previous": null,
                     *       "results": [
                     *         {
                     *           "id": "0d4f8a2c-6e1b-4c3d-9a7f-5b2e8c1d4a6f",
                     *           "email": "dev.patel@northwind-robotics.com",
                     *           "first_name": "Dev",
                     *           "last_name": "Patel",
                     *           "title": "Manufacturing Engineer",
                     *           "role": "view_and_comment",
                     *           "is_active": true,
                     *           "last_login_at": "2026-11-18T10:05:44Z",
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2025-09-15T12:00:00Z"
                     *         },
                     *         {
                     *           "id": "ee824cad-d7a6-4f48-87dc-e8461a9201c4",
                     *           "email": "maria.lopez@northwind-robotics.com",
                     *           "first_name": "Maria",
                     *           "last_name": "Lopez",
                     *           "title": "Senior Buyer",
                     *           "role": "editor",
                     *           "is_active": true,
                     *           "last_login_at": "2026-11-20T13:47:02Z",
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2025-03-04T17:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getUser: {
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
                 * @description Id of the user.
                 * @example ee824cad-d7a6-4f48-87dc-e8461a9201c4
                 */
                user_id: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ee824cad-d7a6-4f48-87dc-e8461a9201c4",
                     *       "email": "maria.lopez@northwind-robotics.com",
                     *       "first_name": "Maria",
                     *       "last_name": "Lopez",
                     *       "title": "Senior Buyer",
                     *       "role": "editor",
                     *       "is_active": true,
                     *       "last_login_at": "2026-11-20T13:47:02Z",
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2025-03-04T17:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    runSqlQuery: {
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
                /**
                 * @example {
                 *       "query": "SELECT p.mpn, p.manufacturer_name, SUM(s.quantity) AS on_hand FROM stock_lots s JOIN parts p ON p.id = s.part WHERE s.bin LIKE :bin_prefix GROUP BY p.mpn, p.manufacturer_name ORDER BY on_hand DESC",
                 *       "parameters": {
                 *         "bin_prefix": "A-%"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SqlQuery"];
            };
        };
        responses: {
            /** @description The query's columns and rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "columns": [
                     *         {
                     *           "name": "mpn",
                     *           "type": "text"
                     *         },
                     *         {
                     *           "name": "manufacturer_name",
                     *           "type": "text"
                     *         },
                     *         {
                     *           "name": "on_hand",
                     *           "type": "bigint"
                     *         }
                     *       ],
                     *       "rows": [
                     *         [
                     *           "GRM155R71C104KA88D",
                     *           "Murata",
                     *           "48000"
                     *         ],
                     *         [
                     *           "STM32G431CBU6",
                     *           "STMicroelectronics",
                     *           "310"
                     *         ]
                     *       ],
                     *       "row_count": 2,
                     *       "truncated": false
                     *     }
                     */
                    "application/json": components["schemas"]["SqlQueryResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createOutboundEmail: {
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
                /**
                 * @example {
                 *       "to": [
                 *         "quotes@arrowline-components.com"
                 *       ],
                 *       "cc": [
                 *         "maria.lopez@northwind-robotics.com"
                 *       ],
                 *       "reply_to": "maria.lopez@northwind-robotics.com",
                 *       "subject": "RFQ 2026-118: STM32G431CBU6, 2,500 pcs",
                 *       "text_body": "Hello, please quote 2,500 pcs of STM32G431CBU6 (STMicroelectronics), delivery by 2027-01-15. Thank you, Maria Lopez",
                 *       "metadata": {
                 *         "rfq_number": "2026-118"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["OutboundEmailCreate"];
            };
        };
        responses: {
            /** @description The recorded email, pending. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5c0e7a3b-2f1d-4b6a-9e8c-7d6f5a4b3c2d",
                     *       "to": [
                     *         "quotes@arrowline-components.com"
                     *       ],
                     *       "cc": [
                     *         "maria.lopez@northwind-robotics.com"
                     *       ],
                     *       "bcc": [],
                     *       "reply_to": "maria.lopez@northwind-robotics.com",
                     *       "subject": "RFQ 2026-118: STM32G431CBU6, 2,500 pcs",
                     *       "text_body": "Hello, please quote 2,500 pcs of STM32G431CBU6 (STMicroelectronics), delivery by 2027-01-15. Thank you, Maria Lopez",
                     *       "html_body": null,
                     *       "status": "pending",
                     *       "sent_at": null,
                     *       "provider_message_id": null,
                     *       "metadata": {
                     *         "rfq_number": "2026-118"
                     *       },
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-20T16:20:00Z",
                     *       "updated_at": "2026-11-20T16:20:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["OutboundEmail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getOutboundEmail: {
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
                 * @description Id of the outbound email.
                 * @example 5c0e7a3b-2f1d-4b6a-9e8c-7d6f5a4b3c2d
                 */
                outbound_email_id: components["parameters"]["OutboundEmailId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5c0e7a3b-2f1d-4b6a-9e8c-7d6f5a4b3c2d",
                     *       "to": [
                     *         "quotes@arrowline-components.com"
                     *       ],
                     *       "cc": [
                     *         "maria.lopez@northwind-robotics.com"
                     *       ],
                     *       "bcc": [],
                     *       "reply_to": "maria.lopez@northwind-robotics.com",
                     *       "subject": "RFQ 2026-118: STM32G431CBU6, 2,500 pcs",
                     *       "text_body": "Hello, please quote 2,500 pcs of STM32G431CBU6 (STMicroelectronics), delivery by 2027-01-15. Thank you, Maria Lopez",
                     *       "html_body": null,
                     *       "status": "pending",
                     *       "sent_at": null,
                     *       "provider_message_id": null,
                     *       "metadata": {
                     *         "rfq_number": "2026-118"
                     *       },
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-20T16:20:00Z",
                     *       "updated_at": "2026-11-20T16:20:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["OutboundEmail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    markOutboundEmailSent: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the outbound email.
                 * @example 5c0e7a3b-2f1d-4b6a-9e8c-7d6f5a4b3c2d
                 */
                outbound_email_id: components["parameters"]["OutboundEmailId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "sent_at": "2026-11-20T16:21:37Z",
                 *       "provider_message_id": "<CAF3x9Zq8m2kL7@mail.northwind-robotics.com>"
                 *     }
                 */
                "application/json": components["schemas"]["OutboundEmailMarkSent"];
            };
        };
        responses: {
            /** @description The email, marked as sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5c0e7a3b-2f1d-4b6a-9e8c-7d6f5a4b3c2d",
                     *       "to": [
                     *         "quotes@arrowline-components.com"
                     *       ],
                     *       "cc": [
                     *         "maria.lopez@northwind-robotics.com"
                     *       ],
                     *       "bcc": [],
                     *       "reply_to": "maria.lopez@northwind-robotics.com",
                     *       "subject": "RFQ 2026-118: STM32G431CBU6, 2,500 pcs",
                     *       "text_body": "Hello, please quote 2,500 pcs of STM32G431CBU6 (STMicroelectronics), delivery by 2027-01-15. Thank you, Maria Lopez",
                     *       "html_body": null,
                     *       "status": "sent",
                     *       "sent_at": "2026-11-20T16:21:37Z",
                     *       "provider_message_id": "<CAF3x9Zq8m2kL7@mail.northwind-robotics.com>",
                     *       "metadata": {
                     *         "rfq_number": "2026-118"
                     *       },
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-20T16:20:00Z",
                     *       "updated_at": "2026-11-20T16:21:40Z"
                     *     }
                     */
                    "application/json": components["schemas"]["OutboundEmail"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateApiKey: {
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
        requestBody?: never;
        responses: {
            /** @description The new key. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "key": "Xq7bT2vN.9kLm4RpW8sYd3FhJ6gZc1aVeQ5uN0oTi",
                     *       "key_prefix": "Xq7bT2vN",
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-20T16:30:12Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getAsyncJob: {
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
                 * @description Id of the async job, exactly as the operation that started it answered it (a plain string; today it looks like a UUID, but treat it as opaque).
                 * @example 9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a
                 */
                job_id: components["parameters"]["AsyncJobId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AsyncJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listStockDocuments: {
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
                /** @description List only the documents of this stock lot. */
                stock_lot?: string;
                /** @description List only documents of this type. */
                document_type?: components["schemas"]["StockDocumentType"];
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
            /** @description One page of stock documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 2,
                     *       "next": null,
                     *       "previous": null,
                     *       "results": [
                     *         {
                     *           "id": "2e7b9c4d-1a3f-4c8e-b6d5-9f0a1b2c3d4e",
                     *           "stock_lot": "d3a8f1b6-7c2e-4a9d-b5f4-6e1c0a9b8d7f",
                     *           "document_type": "certificate_of_conformance",
                     *           "file_name": "CoC_GRM155R71C104KA88D_lot_2339K51.pdf",
                     *           "content_type": "application/pdf",
                     *           "size": 184320,
                     *           "description": "Murata CoC for reel 3 of 4",
                     *           "metadata": {},
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-11-19T10:12:40Z",
                     *           "updated_at": "2026-11-19T10:12:40Z",
                     *           "synced_from_integration": false,
                     *           "integration_source_name": null,
                     *           "integration_record_id": null,
                     *           "synced_from_integration_at": null
                     *         },
                     *         {
                     *           "id": "6f5e4d3c-2b1a-4098-a7b6-c5d4e3f2a1b0",
                     *           "stock_lot": "d3a8f1b6-7c2e-4a9d-b5f4-6e1c0a9b8d7f",
                     *           "document_type": "photo",
                     *           "file_name": "reel-label-2339K51.jpg",
                     *           "content_type": "image/jpeg",
                     *           "size": 912406,
                     *           "description": null,
                     *           "metadata": {
                     *             "station": "RCV-2"
                     *           },
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-11-19T10:05:11Z",
                     *           "updated_at": "2026-11-19T10:05:11Z",
                     *           "synced_from_integration": false,
                     *           "integration_source_name": null,
                     *           "integration_record_id": null,
                     *           "synced_from_integration_at": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["StockDocumentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createStockDocument: {
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
                /**
                 * @example {
                 *       "file": "%PDF-1.7 (binary content of CoC_GRM155R71C104KA88D_lot_2339K51.pdf)",
                 *       "stock_lot": "d3a8f1b6-7c2e-4a9d-b5f4-6e1c0a9b8d7f",
                 *       "document_type": "certificate_of_conformance",
                 *       "description": "Murata CoC for reel 3 of 4"
                 *     }
                 */
                "multipart/form-data": components["schemas"]["StockDocumentCreate"];
            };
        };
        responses: {
            /** @description The new document's record. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "2e7b9c4d-1a3f-4c8e-b6d5-9f0a1b2c3d4e",
                     *       "stock_lot": "d3a8f1b6-7c2e-4a9d-b5f4-6e1c0a9b8d7f",
                     *       "document_type": "certificate_of_conformance",
                     *       "file_name": "CoC_GRM155R71C104KA88D_lot_2339K51.pdf",
                     *       "content_type": "application/pdf",
                     *       "size": 184320,
                     *       "description": "Murata CoC for reel 3 of 4",
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-19T10:12:40Z",
                     *       "updated_at": "2026-11-19T10:12:40Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["StockDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getStockDocument: {
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
                 * @description Id of the stock document.
                 * @example 2e7b9c4d-1a3f-4c8e-b6d5-9f0a1b2c3d4e
                 */
                stock_document_id: components["parameters"]["StockDocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document's record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "2e7b9c4d-1a3f-4c8e-b6d5-9f0a1b2c3d4e",
                     *       "stock_lot": "d3a8f1b6-7c2e-4a9d-b5f4-6e1c0a9b8d7f",
                     *       "document_type": "certificate_of_conformance",
                     *       "file_name": "CoC_GRM155R71C104KA88D_lot_2339K51.pdf",
                     *       "content_type": "application/pdf",
                     *       "size": 184320,
                     *       "description": "Murata CoC for reel 3 of 4",
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-19T10:12:40Z",
                     *       "updated_at": "2026-11-19T10:12:40Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["StockDocument"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    downloadStockDocument: {
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
                 * @description Id of the stock document.
                 * @example 2e7b9c4d-1a3f-4c8e-b6d5-9f0a1b2c3d4e
                 */
                stock_document_id: components["parameters"]["StockDocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes. */
            200: {
                headers: {
                    /**
                     * @description `attachment`, with the file's name in `filename`.
                     * @example attachment; filename="CoC_GRM155R71C104KA88D_lot_2339K51.pdf"
                     */
                    "Content-Disposition": string;
                    /**
                     * @description Size of the file in bytes, the document's `size`.
                     * @example 184320
                     */
                    "Content-Length"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /** @example %PDF-1.7 (binary content of CoC_GRM155R71C104KA88D_lot_2339K51.pdf) */
                    "application/octet-stream": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listSuppliers: {
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
                /**
                 * @description List only suppliers whose name contains this text, ignoring case.
                 * @example arrow
                 */
                search?: string;
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
            /** @description One page of suppliers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 2,
                     *       "next": null,
                     *       "previous": null,
                     *       "results": [
                     *         {
                     *           "id": "71c4e2a9-6b8d-4f3e-8a1c-2d3e4f5a6b7c",
                     *           "name": "Arrowline Components",
                     *           "website": "https://www.arrowline-components.com",
                     *           "email": "quotes@arrowline-components.com",
                     *           "phone": "+1 512-555-0142",
                     *           "account_number": "NWR-004417",
                     *           "payment_terms": "Net 30",
                     *           "currency": "USD",
                     *           "metadata": {},
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2025-04-01T09:00:00Z",
                     *           "updated_at": "2026-08-14T11:30:00Z",
                     *           "synced_from_integration": true,
                     *           "integration_source_name": "netsuite",
                     *           "integration_record_id": "VEND-2291",
                     *           "synced_from_integration_at": "2026-08-14T11:29:58Z"
                     *         },
                     *         {
                     *           "id": "1a2b3c4d-5e6f-4789-8abc-def012345678",
                     *           "name": "Brightwater Electronics",
                     *           "website": "https://www.brightwater-electronics.com",
                     *           "email": "sales@brightwater-electronics.com",
                     *           "phone": null,
                     *           "account_number": null,
                     *           "payment_terms": "Prepaid",
                     *           "currency": "EUR",
                     *           "metadata": {},
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-10-20T08:15:00Z",
                     *           "updated_at": "2026-10-20T08:15:00Z",
                     *           "synced_from_integration": false,
                     *           "integration_source_name": null,
                     *           "integration_record_id": null,
                     *           "synced_from_integration_at": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SupplierPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createSupplier: {
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
                /**
                 * @example {
                 *       "name": "Arrowline Components",
                 *       "website": "https://www.arrowline-components.com",
                 *       "email": "quotes@arrowline-components.com",
                 *       "phone": "+1 512-555-0142",
                 *       "account_number": "NWR-004417",
                 *       "payment_terms": "Net 30",
                 *       "currency": "USD",
                 *       "synced_from_integration": true,
                 *       "integration_source_name": "netsuite",
                 *       "integration_record_id": "VEND-2291",
                 *       "synced_from_integration_at": "2026-08-14T11:29:58Z"
                 *     }
                 */
                "application/json": components["schemas"]["SupplierCreate"];
            };
        };
        responses: {
            /** @description The new supplier. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "71c4e2a9-6b8d-4f3e-8a1c-2d3e4f5a6b7c",
                     *       "name": "Arrowline Components",
                     *       "website": "https://www.arrowline-components.com",
                     *       "email": "quotes@arrowline-components.com",
                     *       "phone": "+1 512-555-0142",
                     *       "account_number": "NWR-004417",
                     *       "payment_terms": "Net 30",
                     *       "currency": "USD",
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2025-04-01T09:00:00Z",
                     *       "updated_at": "2026-08-14T11:30:00Z",
                     *       "synced_from_integration": true,
                     *       "integration_source_name": "netsuite",
                     *       "integration_record_id": "VEND-2291",
                     *       "synced_from_integration_at": "2026-08-14T11:29:58Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Supplier"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getSupplier: {
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
                 * @description Id of the supplier.
                 * @example 71c4e2a9-6b8d-4f3e-8a1c-2d3e4f5a6b7c
                 */
                supplier_id: components["parameters"]["SupplierId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The supplier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "71c4e2a9-6b8d-4f3e-8a1c-2d3e4f5a6b7c",
                     *       "name": "Arrowline Components",
                     *       "website": "https://www.arrowline-components.com",
                     *       "email": "quotes@arrowline-components.com",
                     *       "phone": "+1 512-555-0142",
                     *       "account_number": "NWR-004417",
                     *       "payment_terms": "Net 30",
                     *       "currency": "USD",
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2025-04-01T09:00:00Z",
                     *       "updated_at": "2026-08-14T11:30:00Z",
                     *       "synced_from_integration": true,
                     *       "integration_source_name": "netsuite",
                     *       "integration_record_id": "VEND-2291",
                     *       "synced_from_integration_at": "2026-08-14T11:29:58Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Supplier"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSupplier: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the supplier.
                 * @example 71c4e2a9-6b8d-4f3e-8a1c-2d3e4f5a6b7c
                 */
                supplier_id: components["parameters"]["SupplierId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "payment_terms": "Net 45",
                 *       "account_number": "NWR-004417-B"
                 *     }
                 */
                "application/json": components["schemas"]["SupplierUpdate"];
            };
        };
        responses: {
            /** @description The supplier as changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "71c4e2a9-6b8d-4f3e-8a1c-2d3e4f5a6b7c",
                     *       "name": "Arrowline Components",
                     *       "website": "https://www.arrowline-components.com",
                     *       "email": "quotes@arrowline-components.com",
                     *       "phone": "+1 512-555-0142",
                     *       "account_number": "NWR-004417-B",
                     *       "payment_terms": "Net 45",
                     *       "currency": "USD",
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2025-04-01T09:00:00Z",
                     *       "updated_at": "2026-11-20T17:02:10Z",
                     *       "synced_from_integration": true,
                     *       "integration_source_name": "netsuite",
                     *       "integration_record_id": "VEND-2291",
                     *       "synced_from_integration_at": "2026-08-14T11:29:58Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Supplier"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPartsAsync: {
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
                /**
                 * @example {
                 *       "parts": [
                 *         {
                 *           "custom_id": "NW-CAP-0402-104",
                 *           "mpn": "GRM155R71C104KA88D",
                 *           "manufacturer_name": "Murata",
                 *           "description": "CAP CER 0.1UF 16V X7R 0402",
                 *           "package": "0402",
                 *           "mount_type": "SMT"
                 *         },
                 *         {
                 *           "custom_id": "NW-MCU-0001",
                 *           "mpn": "STM32G431CBU6",
                 *           "manufacturer_name": "STMicroelectronics",
                 *           "package": "UFQFPN-48",
                 *           "mount_type": "SMT"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PartsCreateAsync"];
            };
        };
        responses: {
            /** @description The id of the async job that creates the parts. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example 7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d */
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    upsertPartsAsync: {
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
                /**
                 * @example {
                 *       "parts": [
                 *         {
                 *           "custom_id": "NW-CAP-0402-104",
                 *           "mpn": "GRM155R71C104KA88D",
                 *           "manufacturer_name": "Murata",
                 *           "description": "CAP CER 0.1UF 16V X7R 0402",
                 *           "synced_from_integration": true,
                 *           "integration_source_name": "netsuite",
                 *           "integration_record_id": "ITEM-10442",
                 *           "synced_from_integration_at": "2026-11-20T16:40:00Z"
                 *         },
                 *         {
                 *           "custom_id": "NW-PCB-1042",
                 *           "mpn": "PCB-1042 rev C",
                 *           "manufacturer_name": null,
                 *           "description": "Motor controller main board, bare PCB",
                 *           "is_custom_part": true,
                 *           "synced_from_integration": true,
                 *           "integration_source_name": "netsuite",
                 *           "integration_record_id": "ITEM-20918",
                 *           "synced_from_integration_at": "2026-11-20T16:40:00Z"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PartsUpsertAsync"];
            };
        };
        responses: {
            /** @description The id of the async job that upserts the parts. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example 0f1e2d3c-4b5a-4968-8776-5a4b3c2d1e0f */
                    "application/json": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getPart: {
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
                 * @description The part: either its id (a UUID) or its CPID (Cofactr's 12-character part id, e.g. `CCK7Q2M9XW4D`). An org holds at most one part per CPID, so either names one part.
                 * @example 4b9e1d7c-3a2f-4e6b-8c5d-0f1e2d3c4b5a
                 */
                part_id: components["parameters"]["PartId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The part. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "4b9e1d7c-3a2f-4e6b-8c5d-0f1e2d3c4b5a",
                     *       "cpid": "CCK7Q2M9XW4D",
                     *       "custom_id": "NW-CAP-0402-104",
                     *       "mpn": "GRM155R71C104KA88D",
                     *       "manufacturer_name": "Murata",
                     *       "description": "CAP CER 0.1UF 16V X7R 0402",
                     *       "package": "0402",
                     *       "mount_type": "SMT",
                     *       "is_custom_part": false,
                     *       "metadata": {
                     *         "erp_item_class": "passives"
                     *       },
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-02-10T12:00:00Z",
                     *       "updated_at": "2026-11-20T16:40:07Z",
                     *       "synced_from_integration": true,
                     *       "integration_source_name": "netsuite",
                     *       "integration_record_id": "ITEM-10442",
                     *       "synced_from_integration_at": "2026-11-20T16:40:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Part"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPurchaseOrder: {
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
                /**
                 * @example {
                 *       "po_number": "PO-2026-0418",
                 *       "supplier": "7d8c4f6a-3f88-4676-a035-012fe16224be",
                 *       "currency": "USD",
                 *       "buyer": "09e121b1-aacc-4556-bf9e-aa8e32947409",
                 *       "team": "1cc27690-330e-4f86-aad4-81500c1936c1",
                 *       "tags": [
                 *         "c5877fe4-b9cc-4bb5-ac59-baf1152c29b2"
                 *       ],
                 *       "notes": "Ship complete; no partial shipments.",
                 *       "custom_properties": {
                 *         "cost_center": "4100"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PurchaseOrderCreate"];
            };
        };
        responses: {
            /** @description The new purchase order. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ca27f506-c3a4-4924-9878-316d53640467",
                     *       "po_number": "PO-2026-0418",
                     *       "supplier": "7d8c4f6a-3f88-4676-a035-012fe16224be",
                     *       "status": "draft",
                     *       "currency": "USD",
                     *       "order_date": null,
                     *       "buyer": "09e121b1-aacc-4556-bf9e-aa8e32947409",
                     *       "team": "1cc27690-330e-4f86-aad4-81500c1936c1",
                     *       "tags": [
                     *         "c5877fe4-b9cc-4bb5-ac59-baf1152c29b2"
                     *       ],
                     *       "notes": "Ship complete; no partial shipments.",
                     *       "subtotal": "0.00",
                     *       "sales_tax": "0.00",
                     *       "shipping": "0.00",
                     *       "total": "0.00",
                     *       "line_count": 0,
                     *       "no_part_line_count": 0,
                     *       "custom_properties": {
                     *         "cost_center": "4100"
                     *       },
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-18T09:12:44Z",
                     *       "updated_at": "2026-11-18T09:12:44Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getPurchaseOrder: {
        parameters: {
            query?: {
                /**
                 * @description If given, includes records made by sub orgs in the lookup. Cofactr documents it as a string whose presence is what counts; send `true`.
                 * @example true
                 */
                blended?: components["parameters"]["Blended"];
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
                 * @description Id (a UUID) of the purchase order. Cofactr documents it as a plain string.
                 * @example ca27f506-c3a4-4924-9878-316d53640467
                 */
                purchase_id: components["parameters"]["PurchaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The purchase order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ca27f506-c3a4-4924-9878-316d53640467",
                     *       "po_number": "PO-2026-0418",
                     *       "supplier": "7d8c4f6a-3f88-4676-a035-012fe16224be",
                     *       "status": "placed",
                     *       "currency": "USD",
                     *       "order_date": "2026-11-18",
                     *       "buyer": "09e121b1-aacc-4556-bf9e-aa8e32947409",
                     *       "team": "1cc27690-330e-4f86-aad4-81500c1936c1",
                     *       "tags": [
                     *         "c5877fe4-b9cc-4bb5-ac59-baf1152c29b2"
                     *       ],
                     *       "notes": "Ship complete; no partial shipments.",
                     *       "subtotal": "1084.80",
                     *       "sales_tax": "0.00",
                     *       "shipping": "18.40",
                     *       "total": "1103.20",
                     *       "line_count": 2,
                     *       "no_part_line_count": 1,
                     *       "custom_properties": {
                     *         "cost_center": "4100"
                     *       },
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-18T09:12:44Z",
                     *       "updated_at": "2026-11-18T09:30:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deletePurchaseOrder: {
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
        requestBody?: never;
        responses: {
            /** @description The purchase order is deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updatePurchaseOrder: {
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
                /**
                 * @example {
                 *       "status": "placed",
                 *       "order_date": "2026-11-18",
                 *       "shipping": "18.40"
                 *     }
                 */
                "application/json": components["schemas"]["PurchaseOrderUpdate"];
            };
        };
        responses: {
            /** @description The changed purchase order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ca27f506-c3a4-4924-9878-316d53640467",
                     *       "po_number": "PO-2026-0418",
                     *       "supplier": "7d8c4f6a-3f88-4676-a035-012fe16224be",
                     *       "status": "placed",
                     *       "currency": "USD",
                     *       "order_date": "2026-11-18",
                     *       "buyer": "09e121b1-aacc-4556-bf9e-aa8e32947409",
                     *       "team": "1cc27690-330e-4f86-aad4-81500c1936c1",
                     *       "tags": [
                     *         "c5877fe4-b9cc-4bb5-ac59-baf1152c29b2"
                     *       ],
                     *       "notes": "Ship complete; no partial shipments.",
                     *       "subtotal": "1084.80",
                     *       "sales_tax": "0.00",
                     *       "shipping": "18.40",
                     *       "total": "1103.20",
                     *       "line_count": 2,
                     *       "no_part_line_count": 1,
                     *       "custom_properties": {
                     *         "cost_center": "4100"
                     *       },
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-18T09:12:44Z",
                     *       "updated_at": "2026-11-18T09:30:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["PurchaseOrder"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listPurchaseLines: {
        parameters: {
            query?: {
                /**
                 * @description If given, includes records made by sub orgs in the lookup. Cofactr documents it as a string whose presence is what counts; send `true`.
                 * @example true
                 */
                blended?: components["parameters"]["Blended"];
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
        requestBody?: never;
        responses: {
            /** @description One page of the order's lines with a part. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 2,
                     *       "next": null,
                     *       "previous": null,
                     *       "results": [
                     *         {
                     *           "id": "665df698-fec5-4ede-a853-1215af4ea158",
                     *           "purchase_order_id": "ca27f506-c3a4-4924-9878-316d53640467",
                     *           "part": "1c93692f-d12f-4363-9222-fe80f2265dd9",
                     *           "quant": 10000,
                     *           "unit_price": "0.0042",
                     *           "line_total": "42.00",
                     *           "quant_received": 10000,
                     *           "supplier_sku": "490-10777-1-ND",
                     *           "estimated_delivery": "2026-12-02",
                     *           "program": "582a1530-1058-4ba3-a6e4-32e022b82aa4",
                     *           "notes": null,
                     *           "metadata": {},
                     *           "created_at": "2026-11-18T09:14:02Z",
                     *           "updated_at": "2026-12-02T15:40:10Z",
                     *           "synced_from_integration": false,
                     *           "integration_source_name": null,
                     *           "integration_record_id": null,
                     *           "synced_from_integration_at": null
                     *         },
                     *         {
                     *           "id": "bced6ab5-4fdd-450c-93cc-a5cbfb5069ba",
                     *           "purchase_order_id": "ca27f506-c3a4-4924-9878-316d53640467",
                     *           "part": "e57a487a-517f-49dc-855d-8c59832d3b2c",
                     *           "quant": 250,
                     *           "unit_price": "3.8712",
                     *           "line_total": "967.80",
                     *           "quant_received": 0,
                     *           "supplier_sku": "497-19408-ND",
                     *           "estimated_delivery": "2026-12-09",
                     *           "program": "582a1530-1058-4ba3-a6e4-32e022b82aa4",
                     *           "notes": "Backordered at the supplier; partial shipment accepted.",
                     *           "metadata": {},
                     *           "created_at": "2026-11-18T09:14:30Z",
                     *           "updated_at": "2026-11-20T08:05:00Z",
                     *           "synced_from_integration": false,
                     *           "integration_source_name": null,
                     *           "integration_record_id": null,
                     *           "synced_from_integration_at": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PurchaseLinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createPurchaseLine: {
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
                /**
                 * @example {
                 *       "part": "e57a487a-517f-49dc-855d-8c59832d3b2c",
                 *       "quant": 250,
                 *       "unit_price": "3.8712",
                 *       "supplier_sku": "497-19408-ND",
                 *       "estimated_delivery": "2026-12-09",
                 *       "program": "582a1530-1058-4ba3-a6e4-32e022b82aa4"
                 *     }
                 */
                "application/json": components["schemas"]["PurchaseLineCreate"];
            };
        };
        responses: {
            /** @description The new line. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "bced6ab5-4fdd-450c-93cc-a5cbfb5069ba",
                     *       "purchase_order_id": "ca27f506-c3a4-4924-9878-316d53640467",
                     *       "part": "e57a487a-517f-49dc-855d-8c59832d3b2c",
                     *       "quant": 250,
                     *       "unit_price": "3.8712",
                     *       "line_total": "967.80",
                     *       "quant_received": 0,
                     *       "supplier_sku": "497-19408-ND",
                     *       "estimated_delivery": "2026-12-09",
                     *       "program": "582a1530-1058-4ba3-a6e4-32e022b82aa4",
                     *       "notes": null,
                     *       "metadata": {},
                     *       "created_at": "2026-11-18T09:14:30Z",
                     *       "updated_at": "2026-11-18T09:14:30Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["PurchaseLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateManyPurchaseLines: {
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
                /**
                 * @example [
                 *       {
                 *         "id": "665df698-fec5-4ede-a853-1215af4ea158",
                 *         "estimated_delivery": "2026-12-05"
                 *       },
                 *       {
                 *         "id": "bced6ab5-4fdd-450c-93cc-a5cbfb5069ba",
                 *         "quant": 300,
                 *         "unit_price": "3.7950"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["PurchaseLinesUpdateMany"];
            };
        };
        responses: {
            /** @description The changed lines, in the order of the request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "665df698-fec5-4ede-a853-1215af4ea158",
                     *         "purchase_order_id": "ca27f506-c3a4-4924-9878-316d53640467",
                     *         "part": "1c93692f-d12f-4363-9222-fe80f2265dd9",
                     *         "quant": 10000,
                     *         "unit_price": "0.0042",
                     *         "line_total": "42.00",
                     *         "quant_received": 0,
                     *         "supplier_sku": "490-10777-1-ND",
                     *         "estimated_delivery": "2026-12-05",
                     *         "program": "582a1530-1058-4ba3-a6e4-32e022b82aa4",
                     *         "notes": null,
                     *         "metadata": {},
                     *         "created_at": "2026-11-18T09:14:02Z",
                     *         "updated_at": "2026-11-19T11:02:47Z",
                     *         "synced_from_integration": false,
                     *         "integration_source_name": null,
                     *         "integration_record_id": null,
                     *         "synced_from_integration_at": null
                     *       },
                     *       {
                     *         "id": "bced6ab5-4fdd-450c-93cc-a5cbfb5069ba",
                     *         "purchase_order_id": "ca27f506-c3a4-4924-9878-316d53640467",
                     *         "part": "e57a487a-517f-49dc-855d-8c59832d3b2c",
                     *         "quant": 300,
                     *         "unit_price": "3.7950",
                     *         "line_total": "1138.50",
                     *         "quant_received": 0,
                     *         "supplier_sku": "497-19408-ND",
                     *         "estimated_delivery": "2026-12-09",
                     *         "program": "582a1530-1058-4ba3-a6e4-32e022b82aa4",
                     *         "notes": null,
                     *         "metadata": {},
                     *         "created_at": "2026-11-18T09:14:30Z",
                     *         "updated_at": "2026-11-19T11:02:47Z",
                     *         "synced_from_integration": false,
                     *         "integration_source_name": null,
                     *         "integration_record_id": null,
                     *         "synced_from_integration_at": null
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["PurchaseLine"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getPurchaseLine: {
        parameters: {
            query?: {
                /**
                 * @description If given, includes records made by sub orgs in the lookup. Cofactr documents it as a string whose presence is what counts; send `true`.
                 * @example true
                 */
                blended?: components["parameters"]["Blended"];
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
                 * @description Id (a UUID) of the purchase order. Cofactr documents it as a plain string.
                 * @example ca27f506-c3a4-4924-9878-316d53640467
                 */
                purchase_id: components["parameters"]["PurchaseId"];
                /**
                 * @description Id of the purchase line (a line with a part).
                 * @example 665df698-fec5-4ede-a853-1215af4ea158
                 */
                line_id: components["parameters"]["PurchaseLineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "665df698-fec5-4ede-a853-1215af4ea158",
                     *       "purchase_order_id": "ca27f506-c3a4-4924-9878-316d53640467",
                     *       "part": "1c93692f-d12f-4363-9222-fe80f2265dd9",
                     *       "quant": 10000,
                     *       "unit_price": "0.0042",
                     *       "line_total": "42.00",
                     *       "quant_received": 10000,
                     *       "supplier_sku": "490-10777-1-ND",
                     *       "estimated_delivery": "2026-12-02",
                     *       "program": "582a1530-1058-4ba3-a6e4-32e022b82aa4",
                     *       "notes": null,
                     *       "metadata": {},
                     *       "created_at": "2026-11-18T09:14:02Z",
                     *       "updated_at": "2026-12-02T15:40:10Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["PurchaseLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deletePurchaseLine: {
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
                /**
                 * @description Id of the purchase line (a line with a part).
                 * @example 665df698-fec5-4ede-a853-1215af4ea158
                 */
                line_id: components["parameters"]["PurchaseLineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The line is removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listNoPartPurchaseLines: {
        parameters: {
            query?: {
                /**
                 * @description If given, includes records made by sub orgs in the lookup. Cofactr documents it as a string whose presence is what counts; send `true`.
                 * @example true
                 */
                blended?: components["parameters"]["Blended"];
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
        requestBody?: never;
        responses: {
            /** @description One page of the order's no-part lines. */
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
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "synced_from_integration": false,
                     *           "synced_from_integration_at": "2026-11-18T09:30:00Z",
                     *           "integration_source_name": "flagship",
                     *           "integration_record_id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "metadata": {},
                     *           "notes": "Rush build",
                     *           "description": "Expedite fee",
                     *           "quant": "1",
                     *           "unit_price": "75.00",
                     *           "line_total": "75.00",
                     *           "purchase_order_id": "ca27f506-c3a4-4924-9878-316d53640467"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["NoPartPurchaseLinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createNoPartPurchaseLine: {
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
                /**
                 * @example {
                 *       "description": "SMT stencil, 0.12 mm, framed",
                 *       "quant": "1",
                 *       "unit_price": "185.00",
                 *       "notes": "Ship with the boards"
                 *     }
                 */
                "application/json": components["schemas"]["NoPartPurchaseLineCreate"];
            };
        };
        responses: {
            /** @description The new no-part line. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "66b0af2a-9774-4358-8efa-d1d0f8af21b5",
                     *       "synced_from_integration": false,
                     *       "synced_from_integration_at": "2026-11-18T09:16:12Z",
                     *       "integration_source_name": "flagship",
                     *       "integration_record_id": "66b0af2a-9774-4358-8efa-d1d0f8af21b5",
                     *       "metadata": {},
                     *       "notes": "Ship with the boards",
                     *       "description": "SMT stencil, 0.12 mm, framed",
                     *       "quant": "1",
                     *       "unit_price": "185.00",
                     *       "line_total": "185.00",
                     *       "purchase_order_id": "ca27f506-c3a4-4924-9878-316d53640467"
                     *     }
                     */
                    "application/json": components["schemas"]["NoPartPurchaseLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
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
    deleteNoPartPurchaseLine: {
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
                /**
                 * @description Id of the no-part line.
                 * @example 66b0af2a-9774-4358-8efa-d1d0f8af21b5
                 */
                line_id: components["parameters"]["NoPartPurchaseLineId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The no-part line is removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    createSupplierBill: {
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
                /**
                 * @example {
                 *       "supplier": "7d8c4f6a-3f88-4676-a035-012fe16224be",
                 *       "purchase_order": "ca27f506-c3a4-4924-9878-316d53640467",
                 *       "bill_number": "INV-88841207",
                 *       "bill_date": "2026-12-03",
                 *       "due_date": "2027-01-02",
                 *       "shipping": "18.40"
                 *     }
                 */
                "application/json": components["schemas"]["SupplierBillCreate"];
            };
        };
        responses: {
            /** @description The new supplier bill. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "1054be01-7ac6-40fa-b8dc-4a8fb1b90768",
                     *       "supplier": "7d8c4f6a-3f88-4676-a035-012fe16224be",
                     *       "purchase_order": "ca27f506-c3a4-4924-9878-316d53640467",
                     *       "bill_number": "INV-88841207",
                     *       "bill_date": "2026-12-03",
                     *       "due_date": "2027-01-02",
                     *       "status": "open",
                     *       "currency": "USD",
                     *       "lines_total": "0.00",
                     *       "sales_tax": "0.00",
                     *       "shipping": "18.40",
                     *       "duties": "0.00",
                     *       "other_charges": "0.00",
                     *       "total": "18.40",
                     *       "line_count": 0,
                     *       "notes": null,
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-12-03T14:20:00Z",
                     *       "updated_at": "2026-12-03T14:20:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["SupplierBill"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSupplierBill: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the supplier bill.
                 * @example 1054be01-7ac6-40fa-b8dc-4a8fb1b90768
                 */
                supplier_bill_id: components["parameters"]["SupplierBillId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "paid",
                 *       "notes": "Paid by ACH on 2026-12-30."
                 *     }
                 */
                "application/json": components["schemas"]["SupplierBillUpdate"];
            };
        };
        responses: {
            /** @description The changed supplier bill. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "1054be01-7ac6-40fa-b8dc-4a8fb1b90768",
                     *       "supplier": "7d8c4f6a-3f88-4676-a035-012fe16224be",
                     *       "purchase_order": "ca27f506-c3a4-4924-9878-316d53640467",
                     *       "bill_number": "INV-88841207",
                     *       "bill_date": "2026-12-03",
                     *       "due_date": "2027-01-02",
                     *       "status": "paid",
                     *       "currency": "USD",
                     *       "lines_total": "816.24",
                     *       "sales_tax": "0.00",
                     *       "shipping": "18.40",
                     *       "duties": "0.00",
                     *       "other_charges": "0.00",
                     *       "total": "834.64",
                     *       "line_count": 2,
                     *       "notes": "Paid by ACH on 2026-12-30.",
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-12-03T14:20:00Z",
                     *       "updated_at": "2026-12-30T16:02:11Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["SupplierBill"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createSupplierBillLine: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the supplier bill.
                 * @example 1054be01-7ac6-40fa-b8dc-4a8fb1b90768
                 */
                supplier_bill_id: components["parameters"]["SupplierBillId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "purchase_line": "bced6ab5-4fdd-450c-93cc-a5cbfb5069ba",
                 *       "description": "STM32G431CBU6 MCU ARM 170MHZ UFQFPN48",
                 *       "quant": "250",
                 *       "unit_price": "3.8712"
                 *     }
                 */
                "application/json": components["schemas"]["SupplierBillLineCreate"];
            };
        };
        responses: {
            /** @description The new supplier bill line. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ea9ae42b-3e41-43b5-bbb5-fea9c475526e",
                     *       "supplier_bill": "1054be01-7ac6-40fa-b8dc-4a8fb1b90768",
                     *       "purchase_line": "bced6ab5-4fdd-450c-93cc-a5cbfb5069ba",
                     *       "no_part_line": null,
                     *       "description": "STM32G431CBU6 MCU ARM 170MHZ UFQFPN48",
                     *       "quant": "250",
                     *       "unit_price": "3.8712",
                     *       "line_total": "967.80",
                     *       "metadata": {},
                     *       "created_at": "2026-12-03T14:22:10Z",
                     *       "updated_at": "2026-12-03T14:22:10Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["SupplierBillLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSupplierBillLine: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the supplier bill.
                 * @example 1054be01-7ac6-40fa-b8dc-4a8fb1b90768
                 */
                supplier_bill_id: components["parameters"]["SupplierBillId"];
                /**
                 * @description Id of the supplier bill line.
                 * @example ea9ae42b-3e41-43b5-bbb5-fea9c475526e
                 */
                line_id: components["parameters"]["SupplierBillLineId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "quant": "200"
                 *     }
                 */
                "application/json": components["schemas"]["SupplierBillLineUpdate"];
            };
        };
        responses: {
            /** @description The changed supplier bill line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ea9ae42b-3e41-43b5-bbb5-fea9c475526e",
                     *       "supplier_bill": "1054be01-7ac6-40fa-b8dc-4a8fb1b90768",
                     *       "purchase_line": "bced6ab5-4fdd-450c-93cc-a5cbfb5069ba",
                     *       "no_part_line": null,
                     *       "description": "STM32G431CBU6 MCU ARM 170MHZ UFQFPN48",
                     *       "quant": "200",
                     *       "unit_price": "3.8712",
                     *       "line_total": "774.24",
                     *       "metadata": {},
                     *       "created_at": "2026-12-03T14:22:10Z",
                     *       "updated_at": "2026-12-04T09:10:45Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["SupplierBillLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTeams: {
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
                /** @description List archived teams instead of active ones. */
                archived?: boolean;
                /** @description Only teams of the team type with this id. */
                team_type?: string;
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
            /** @description One page of teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 2,
                     *       "next": null,
                     *       "previous": null,
                     *       "results": [
                     *         {
                     *           "id": "38d82e0c-de4a-4df6-8e87-8ebe5d146231",
                     *           "name": "Acme Robotics",
                     *           "team_type": "69bc480b-1144-488f-964f-3d59d855daf8",
                     *           "archived": false,
                     *           "archived_at": null,
                     *           "metadata": {},
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-10-05T09:00:00Z",
                     *           "updated_at": "2026-10-05T09:00:00Z",
                     *           "synced_from_integration": true,
                     *           "integration_source_name": "netsuite",
                     *           "integration_record_id": "CUST-1187",
                     *           "synced_from_integration_at": "2026-10-05T09:00:00Z"
                     *         },
                     *         {
                     *           "id": "1cc27690-330e-4f86-aad4-81500c1936c1",
                     *           "name": "Motor controllers",
                     *           "team_type": "2a786a02-440d-4dd5-8e06-55dc5f97f4b2",
                     *           "archived": false,
                     *           "archived_at": null,
                     *           "metadata": {},
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-10-02T13:40:00Z",
                     *           "updated_at": "2026-10-02T13:40:00Z",
                     *           "synced_from_integration": false,
                     *           "integration_source_name": null,
                     *           "integration_record_id": null,
                     *           "synced_from_integration_at": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TeamPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTeam: {
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
                /**
                 * @example {
                 *       "name": "Motor controllers",
                 *       "team_type": "2a786a02-440d-4dd5-8e06-55dc5f97f4b2"
                 *     }
                 */
                "application/json": components["schemas"]["TeamCreate"];
            };
        };
        responses: {
            /** @description The new team. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "1cc27690-330e-4f86-aad4-81500c1936c1",
                     *       "name": "Motor controllers",
                     *       "team_type": "2a786a02-440d-4dd5-8e06-55dc5f97f4b2",
                     *       "archived": false,
                     *       "archived_at": null,
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-10-02T13:40:00Z",
                     *       "updated_at": "2026-10-02T13:40:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTeam: {
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
                 * @description Id of the team.
                 * @example 1cc27690-330e-4f86-aad4-81500c1936c1
                 */
                team_id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "1cc27690-330e-4f86-aad4-81500c1936c1",
                     *       "name": "Motor controllers",
                     *       "team_type": "2a786a02-440d-4dd5-8e06-55dc5f97f4b2",
                     *       "archived": false,
                     *       "archived_at": null,
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-10-02T13:40:00Z",
                     *       "updated_at": "2026-10-02T13:40:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteTeam: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the team.
                 * @example 1cc27690-330e-4f86-aad4-81500c1936c1
                 */
                team_id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team is deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateTeam: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the team.
                 * @example 1cc27690-330e-4f86-aad4-81500c1936c1
                 */
                team_id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Motor controllers (Gen 2)"
                 *     }
                 */
                "application/json": components["schemas"]["TeamUpdate"];
            };
        };
        responses: {
            /** @description The changed team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "1cc27690-330e-4f86-aad4-81500c1936c1",
                     *       "name": "Motor controllers (Gen 2)",
                     *       "team_type": "2a786a02-440d-4dd5-8e06-55dc5f97f4b2",
                     *       "archived": false,
                     *       "archived_at": null,
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-10-02T13:40:00Z",
                     *       "updated_at": "2026-11-03T10:12:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Team"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    archiveTeam: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the team.
                 * @example 1cc27690-330e-4f86-aad4-81500c1936c1
                 */
                team_id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The archived team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "1cc27690-330e-4f86-aad4-81500c1936c1",
                     *       "name": "Motor controllers",
                     *       "team_type": "2a786a02-440d-4dd5-8e06-55dc5f97f4b2",
                     *       "archived": true,
                     *       "archived_at": "2026-12-15T17:20:00Z",
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-10-02T13:40:00Z",
                     *       "updated_at": "2026-12-15T17:20:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Team"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    unarchiveTeam: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the team.
                 * @example 1cc27690-330e-4f86-aad4-81500c1936c1
                 */
                team_id: components["parameters"]["TeamId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The active team. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "1cc27690-330e-4f86-aad4-81500c1936c1",
                     *       "name": "Motor controllers",
                     *       "team_type": "2a786a02-440d-4dd5-8e06-55dc5f97f4b2",
                     *       "archived": false,
                     *       "archived_at": null,
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-10-02T13:40:00Z",
                     *       "updated_at": "2027-01-08T08:45:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Team"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTeamTypes: {
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
            /** @description One page of team types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 2,
                     *       "next": null,
                     *       "previous": null,
                     *       "results": [
                     *         {
                     *           "id": "2a786a02-440d-4dd5-8e06-55dc5f97f4b2",
                     *           "name": "Business Unit",
                     *           "team_count": 3,
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-10-02T13:35:00Z",
                     *           "updated_at": "2026-10-02T13:35:00Z"
                     *         },
                     *         {
                     *           "id": "69bc480b-1144-488f-964f-3d59d855daf8",
                     *           "name": "Customer",
                     *           "team_count": 12,
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-10-02T13:36:10Z",
                     *           "updated_at": "2026-10-02T13:36:10Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TeamTypePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTeamType: {
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
                /**
                 * @example {
                 *       "name": "Customer"
                 *     }
                 */
                "application/json": components["schemas"]["TeamTypeCreate"];
            };
        };
        responses: {
            /** @description The new team type. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "69bc480b-1144-488f-964f-3d59d855daf8",
                     *       "name": "Customer",
                     *       "team_count": 0,
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-10-02T13:36:10Z",
                     *       "updated_at": "2026-10-02T13:36:10Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TeamType"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTeamType: {
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
                 * @description Id of the team type.
                 * @example 2a786a02-440d-4dd5-8e06-55dc5f97f4b2
                 */
                team_type_id: components["parameters"]["TeamTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "2a786a02-440d-4dd5-8e06-55dc5f97f4b2",
                     *       "name": "Business Unit",
                     *       "team_count": 3,
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-10-02T13:35:00Z",
                     *       "updated_at": "2026-10-02T13:35:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TeamType"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteTeamType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the team type.
                 * @example 2a786a02-440d-4dd5-8e06-55dc5f97f4b2
                 */
                team_type_id: components["parameters"]["TeamTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The team type is deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateTeamType: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the team type.
                 * @example 2a786a02-440d-4dd5-8e06-55dc5f97f4b2
                 */
                team_type_id: components["parameters"]["TeamTypeId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Product line"
                 *     }
                 */
                "application/json": components["schemas"]["TeamTypeUpdate"];
            };
        };
        responses: {
            /** @description The changed team type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "2a786a02-440d-4dd5-8e06-55dc5f97f4b2",
                     *       "name": "Product line",
                     *       "team_count": 3,
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-10-02T13:35:00Z",
                     *       "updated_at": "2026-11-10T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["TeamType"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listCustomProperties: {
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
                /** @description Only properties kept on this kind of record. */
                record_type?: components["schemas"]["CustomPropertyRecordType"];
                /** @description List archived properties instead of active ones. */
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
            /** @description One page of custom properties. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 2,
                     *       "next": null,
                     *       "previous": null,
                     *       "results": [
                     *         {
                     *           "id": "54d60621-597b-4826-9051-6ac7b4cbe840",
                     *           "name": "Cost center",
                     *           "key": "cost_center",
                     *           "record_type": "purchase_order",
                     *           "data_type": "select",
                     *           "options": [
                     *             "4100",
                     *             "4200",
                     *             "5300"
                     *           ],
                     *           "description": "Finance cost center the order is charged to.",
                     *           "archived": false,
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-09-14T10:05:00Z",
                     *           "updated_at": "2026-09-14T10:05:00Z"
                     *         },
                     *         {
                     *           "id": "f07f7ddf-24e1-41d1-9260-db890642ff35",
                     *           "name": "ITAR controlled",
                     *           "key": "itar_controlled",
                     *           "record_type": "part",
                     *           "data_type": "boolean",
                     *           "options": [],
                     *           "description": "The part falls under ITAR export rules.",
                     *           "archived": false,
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-09-20T15:30:00Z",
                     *           "updated_at": "2026-09-20T15:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CustomPropertyPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createCustomProperty: {
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
                /**
                 * @example {
                 *       "name": "ITAR controlled",
                 *       "key": "itar_controlled",
                 *       "record_type": "part",
                 *       "data_type": "boolean",
                 *       "description": "The part falls under ITAR export rules."
                 *     }
                 */
                "application/json": components["schemas"]["CustomPropertyCreate"];
            };
        };
        responses: {
            /** @description The new custom property. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "f07f7ddf-24e1-41d1-9260-db890642ff35",
                     *       "name": "ITAR controlled",
                     *       "key": "itar_controlled",
                     *       "record_type": "part",
                     *       "data_type": "boolean",
                     *       "options": [],
                     *       "description": "The part falls under ITAR export rules.",
                     *       "archived": false,
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-09-20T15:30:00Z",
                     *       "updated_at": "2026-09-20T15:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CustomProperty"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getCustomProperty: {
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
                 * @description Id of the custom property.
                 * @example 54d60621-597b-4826-9051-6ac7b4cbe840
                 */
                custom_property_id: components["parameters"]["CustomPropertyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The custom property. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "54d60621-597b-4826-9051-6ac7b4cbe840",
                     *       "name": "Cost center",
                     *       "key": "cost_center",
                     *       "record_type": "purchase_order",
                     *       "data_type": "select",
                     *       "options": [
                     *         "4100",
                     *         "4200",
                     *         "5300"
                     *       ],
                     *       "description": "Finance cost center the order is charged to.",
                     *       "archived": false,
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-09-14T10:05:00Z",
                     *       "updated_at": "2026-09-14T10:05:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CustomProperty"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateCustomProperty: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the custom property.
                 * @example 54d60621-597b-4826-9051-6ac7b4cbe840
                 */
                custom_property_id: components["parameters"]["CustomPropertyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "options": [
                 *         "4100",
                 *         "4200",
                 *         "5300",
                 *         "6100"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CustomPropertyUpdate"];
            };
        };
        responses: {
            /** @description The changed custom property. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "54d60621-597b-4826-9051-6ac7b4cbe840",
                     *       "name": "Cost center",
                     *       "key": "cost_center",
                     *       "record_type": "purchase_order",
                     *       "data_type": "select",
                     *       "options": [
                     *         "4100",
                     *         "4200",
                     *         "5300",
                     *         "6100"
                     *       ],
                     *       "description": "Finance cost center the order is charged to.",
                     *       "archived": false,
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-09-14T10:05:00Z",
                     *       "updated_at": "2026-11-02T09:15:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CustomProperty"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateStockLot: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the stock lot.
                 * @example d3a8f1b6-7c2e-4a9d-b5f4-6e1c0a9b8d7f
                 */
                stock_lot_id: components["parameters"]["StockLotId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "bin": "B-11-4",
                 *       "quantity": 7500
                 *     }
                 */
                "application/json": components["schemas"]["StockLotUpdate"];
            };
        };
        responses: {
            /** @description The lot as changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "d3a8f1b6-7c2e-4a9d-b5f4-6e1c0a9b8d7f",
                     *       "part": "4b9e1d7c-3a2f-4e6b-8c5d-0f1e2d3c4b5a",
                     *       "bin": "B-11-4",
                     *       "quantity": 7500,
                     *       "date_code": "2339",
                     *       "lot_code": "2339K51",
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-11-19T10:00:00Z",
                     *       "updated_at": "2026-11-20T17:15:42Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["StockLot"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    upsertPartStock: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description The part: either its id (a UUID) or its CPID (Cofactr's 12-character part id, e.g. `CCK7Q2M9XW4D`). An org holds at most one part per CPID, so either names one part.
                 * @example 4b9e1d7c-3a2f-4e6b-8c5d-0f1e2d3c4b5a
                 */
                part_id: components["parameters"]["PartId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "bin": "A-03-2",
                 *       "lots": [
                 *         {
                 *           "quantity": 10000,
                 *           "date_code": "2339",
                 *           "lot_code": "2339K51"
                 *         },
                 *         {
                 *           "quantity": 2500,
                 *           "date_code": "2402",
                 *           "lot_code": "2402M07"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PartStockUpsert"];
            };
        };
        responses: {
            /** @description The part's stock in the bin, every lot included. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "part": "4b9e1d7c-3a2f-4e6b-8c5d-0f1e2d3c4b5a",
                     *       "bin": "A-03-2",
                     *       "quantity": 12500,
                     *       "lots": [
                     *         {
                     *           "id": "d3a8f1b6-7c2e-4a9d-b5f4-6e1c0a9b8d7f",
                     *           "part": "4b9e1d7c-3a2f-4e6b-8c5d-0f1e2d3c4b5a",
                     *           "bin": "A-03-2",
                     *           "quantity": 10000,
                     *           "date_code": "2339",
                     *           "lot_code": "2339K51",
                     *           "metadata": {},
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-11-19T10:00:00Z",
                     *           "updated_at": "2026-11-20T17:20:00Z",
                     *           "synced_from_integration": false,
                     *           "integration_source_name": null,
                     *           "integration_record_id": null,
                     *           "synced_from_integration_at": null
                     *         },
                     *         {
                     *           "id": "9b8a7c6d-5e4f-4321-8fed-cba987654321",
                     *           "part": "4b9e1d7c-3a2f-4e6b-8c5d-0f1e2d3c4b5a",
                     *           "bin": "A-03-2",
                     *           "quantity": 2500,
                     *           "date_code": "2402",
                     *           "lot_code": "2402M07",
                     *           "metadata": {},
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-11-20T17:20:00Z",
                     *           "updated_at": "2026-11-20T17:20:00Z",
                     *           "synced_from_integration": false,
                     *           "integration_source_name": null,
                     *           "integration_record_id": null,
                     *           "synced_from_integration_at": null
                     *         },
                     *         {
                     *           "id": "3c2b1a09-8f7e-4d6c-b5a4-938271605f4e",
                     *           "part": "4b9e1d7c-3a2f-4e6b-8c5d-0f1e2d3c4b5a",
                     *           "bin": "A-03-2",
                     *           "quantity": 0,
                     *           "date_code": "2301",
                     *           "lot_code": "2301K12",
                     *           "metadata": {},
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-03-02T09:30:00Z",
                     *           "updated_at": "2026-11-20T17:20:00Z",
                     *           "synced_from_integration": false,
                     *           "integration_source_name": null,
                     *           "integration_record_id": null,
                     *           "synced_from_integration_at": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PartStock"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    listTags: {
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
            /** @description One page of tags. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "count": 2,
                     *       "next": null,
                     *       "previous": null,
                     *       "results": [
                     *         {
                     *           "id": "c5877fe4-b9cc-4bb5-ac59-baf1152c29b2",
                     *           "name": "Expedite",
                     *           "color": "#D93F0B",
                     *           "description": "Needed before the standard lead time.",
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-09-30T08:00:00Z",
                     *           "updated_at": "2026-09-30T08:00:00Z"
                     *         },
                     *         {
                     *           "id": "0e980db1-80dd-44c0-882b-0782cf4b3876",
                     *           "name": "NCNR",
                     *           "color": "#5319E7",
                     *           "description": "Non-cancelable, non-returnable.",
                     *           "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *           "created_at": "2026-10-01T11:20:00Z",
                     *           "updated_at": "2026-10-01T11:20:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TagPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createTag: {
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
                /**
                 * @example {
                 *       "name": "NCNR",
                 *       "color": "#5319E7",
                 *       "description": "Non-cancelable, non-returnable."
                 *     }
                 */
                "application/json": components["schemas"]["TagCreate"];
            };
        };
        responses: {
            /** @description The new tag. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0e980db1-80dd-44c0-882b-0782cf4b3876",
                     *       "name": "NCNR",
                     *       "color": "#5319E7",
                     *       "description": "Non-cancelable, non-returnable.",
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-10-01T11:20:00Z",
                     *       "updated_at": "2026-10-01T11:20:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    getTag: {
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
                 * @description Id of the tag.
                 * @example c5877fe4-b9cc-4bb5-ac59-baf1152c29b2
                 */
                tag_id: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "c5877fe4-b9cc-4bb5-ac59-baf1152c29b2",
                     *       "name": "Expedite",
                     *       "color": "#D93F0B",
                     *       "description": "Needed before the standard lead time.",
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-09-30T08:00:00Z",
                     *       "updated_at": "2026-09-30T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateTag: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the tag.
                 * @example c5877fe4-b9cc-4bb5-ac59-baf1152c29b2
                 */
                tag_id: components["parameters"]["TagId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "color": "#B60205"
                 *     }
                 */
                "application/json": components["schemas"]["TagUpdate"];
            };
        };
        responses: {
            /** @description The changed tag. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "c5877fe4-b9cc-4bb5-ac59-baf1152c29b2",
                     *       "name": "Expedite",
                     *       "color": "#B60205",
                     *       "description": "Needed before the standard lead time.",
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-09-30T08:00:00Z",
                     *       "updated_at": "2026-11-12T14:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Tag"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createRfq: {
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
                /**
                 * @example {
                 *       "name": "Q1 2027 motor controller build, long-lead parts",
                 *       "suppliers": [
                 *         "7d8c4f6a-3f88-4676-a035-012fe16224be",
                 *         "a7423e4b-d694-40ad-b94c-48d0a711a134"
                 *       ],
                 *       "due_date": "2026-12-12",
                 *       "program": "582a1530-1058-4ba3-a6e4-32e022b82aa4",
                 *       "team": "1cc27690-330e-4f86-aad4-81500c1936c1",
                 *       "notes": "Quote 12-week ARO lead time or better. Tape and reel preferred."
                 *     }
                 */
                "application/json": components["schemas"]["RfqCreate"];
            };
        };
        responses: {
            /** @description The new RFQ. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "d5a2d084-9986-4625-b179-d90358d3ee71",
                     *       "name": "Q1 2027 motor controller build, long-lead parts",
                     *       "status": "draft",
                     *       "suppliers": [
                     *         "7d8c4f6a-3f88-4676-a035-012fe16224be",
                     *         "a7423e4b-d694-40ad-b94c-48d0a711a134"
                     *       ],
                     *       "due_date": "2026-12-12",
                     *       "program": "582a1530-1058-4ba3-a6e4-32e022b82aa4",
                     *       "team": "1cc27690-330e-4f86-aad4-81500c1936c1",
                     *       "notes": "Quote 12-week ARO lead time or better. Tape and reel preferred.",
                     *       "line_count": 0,
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-12-01T10:00:00Z",
                     *       "updated_at": "2026-12-01T10:00:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Rfq"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateRfq: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the RFQ (request for quote).
                 * @example d5a2d084-9986-4625-b179-d90358d3ee71
                 */
                rfq_id: components["parameters"]["RfqId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "sent"
                 *     }
                 */
                "application/json": components["schemas"]["RfqUpdate"];
            };
        };
        responses: {
            /** @description The changed RFQ. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "d5a2d084-9986-4625-b179-d90358d3ee71",
                     *       "name": "Q1 2027 motor controller build, long-lead parts",
                     *       "status": "sent",
                     *       "suppliers": [
                     *         "7d8c4f6a-3f88-4676-a035-012fe16224be",
                     *         "a7423e4b-d694-40ad-b94c-48d0a711a134"
                     *       ],
                     *       "due_date": "2026-12-12",
                     *       "program": "582a1530-1058-4ba3-a6e4-32e022b82aa4",
                     *       "team": "1cc27690-330e-4f86-aad4-81500c1936c1",
                     *       "notes": "Quote 12-week ARO lead time or better. Tape and reel preferred.",
                     *       "line_count": 2,
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-12-01T10:00:00Z",
                     *       "updated_at": "2026-12-01T16:45:12Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["Rfq"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createRfqLine: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the RFQ (request for quote).
                 * @example d5a2d084-9986-4625-b179-d90358d3ee71
                 */
                rfq_id: components["parameters"]["RfqId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "part": "e57a487a-517f-49dc-855d-8c59832d3b2c",
                 *       "quant": 500,
                 *       "target_unit_price": "3.50",
                 *       "need_by": "2027-01-29"
                 *     }
                 */
                "application/json": components["schemas"]["RfqLineCreate"];
            };
        };
        responses: {
            /** @description The new RFQ line. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "c8309d30-35e2-4aad-9e06-bf27e29c2954",
                     *       "rfq": "d5a2d084-9986-4625-b179-d90358d3ee71",
                     *       "part": "e57a487a-517f-49dc-855d-8c59832d3b2c",
                     *       "quant": 500,
                     *       "target_unit_price": "3.50",
                     *       "need_by": "2027-01-29",
                     *       "notes": null,
                     *       "metadata": {},
                     *       "created_at": "2026-12-01T10:02:30Z",
                     *       "updated_at": "2026-12-01T10:02:30Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["RfqLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateRfqLine: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the RFQ (request for quote).
                 * @example d5a2d084-9986-4625-b179-d90358d3ee71
                 */
                rfq_id: components["parameters"]["RfqId"];
                /**
                 * @description Id of the RFQ line.
                 * @example c8309d30-35e2-4aad-9e06-bf27e29c2954
                 */
                line_id: components["parameters"]["RfqLineId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "quant": 750
                 *     }
                 */
                "application/json": components["schemas"]["RfqLineUpdate"];
            };
        };
        responses: {
            /** @description The changed RFQ line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "c8309d30-35e2-4aad-9e06-bf27e29c2954",
                     *       "rfq": "d5a2d084-9986-4625-b179-d90358d3ee71",
                     *       "part": "e57a487a-517f-49dc-855d-8c59832d3b2c",
                     *       "quant": 750,
                     *       "target_unit_price": "3.50",
                     *       "need_by": "2027-01-29",
                     *       "notes": null,
                     *       "metadata": {},
                     *       "created_at": "2026-12-01T10:02:30Z",
                     *       "updated_at": "2026-12-02T09:00:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["RfqLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createSupplierQuote: {
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
                /**
                 * @example {
                 *       "supplier": "a7423e4b-d694-40ad-b94c-48d0a711a134",
                 *       "rfq": "d5a2d084-9986-4625-b179-d90358d3ee71",
                 *       "quote_number": "Q-3318842",
                 *       "quote_date": "2026-12-04",
                 *       "valid_until": "2027-01-03",
                 *       "notes": "Prices subject to availability at time of order."
                 *     }
                 */
                "application/json": components["schemas"]["SupplierQuoteCreate"];
            };
        };
        responses: {
            /** @description The new supplier quote. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6beef23a-dfee-4a32-844d-f5dbfa85016a",
                     *       "supplier": "a7423e4b-d694-40ad-b94c-48d0a711a134",
                     *       "rfq": "d5a2d084-9986-4625-b179-d90358d3ee71",
                     *       "quote_number": "Q-3318842",
                     *       "quote_date": "2026-12-04",
                     *       "valid_until": "2027-01-03",
                     *       "currency": "USD",
                     *       "notes": "Prices subject to availability at time of order.",
                     *       "line_count": 0,
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-12-04T11:30:00Z",
                     *       "updated_at": "2026-12-04T11:30:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["SupplierQuote"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSupplierQuote: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the supplier quote.
                 * @example 6beef23a-dfee-4a32-844d-f5dbfa85016a
                 */
                supplier_quote_id: components["parameters"]["SupplierQuoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "valid_until": "2027-01-17"
                 *     }
                 */
                "application/json": components["schemas"]["SupplierQuoteUpdate"];
            };
        };
        responses: {
            /** @description The changed supplier quote. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "6beef23a-dfee-4a32-844d-f5dbfa85016a",
                     *       "supplier": "a7423e4b-d694-40ad-b94c-48d0a711a134",
                     *       "rfq": "d5a2d084-9986-4625-b179-d90358d3ee71",
                     *       "quote_number": "Q-3318842",
                     *       "quote_date": "2026-12-04",
                     *       "valid_until": "2027-01-17",
                     *       "currency": "USD",
                     *       "notes": "Prices subject to availability at time of order.",
                     *       "line_count": 2,
                     *       "metadata": {},
                     *       "org": "3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba",
                     *       "created_at": "2026-12-04T11:30:00Z",
                     *       "updated_at": "2026-12-08T13:05:00Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["SupplierQuote"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    createSupplierQuoteLine: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the supplier quote.
                 * @example 6beef23a-dfee-4a32-844d-f5dbfa85016a
                 */
                supplier_quote_id: components["parameters"]["SupplierQuoteId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rfq_line": "c8309d30-35e2-4aad-9e06-bf27e29c2954",
                 *       "quant": 500,
                 *       "unit_price": "3.4120",
                 *       "moq": 1,
                 *       "order_multiple": 250,
                 *       "lead_time_days": 84,
                 *       "stock": 1820,
                 *       "packaging": "Tape & Reel"
                 *     }
                 */
                "application/json": components["schemas"]["SupplierQuoteLineCreate"];
            };
        };
        responses: {
            /** @description The new supplier quote line. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "f64a89b2-4b95-462c-b128-e9304369e578",
                     *       "supplier_quote": "6beef23a-dfee-4a32-844d-f5dbfa85016a",
                     *       "rfq_line": "c8309d30-35e2-4aad-9e06-bf27e29c2954",
                     *       "part": "e57a487a-517f-49dc-855d-8c59832d3b2c",
                     *       "quant": 500,
                     *       "unit_price": "3.4120",
                     *       "moq": 1,
                     *       "order_multiple": 250,
                     *       "lead_time_days": 84,
                     *       "stock": 1820,
                     *       "packaging": "Tape & Reel",
                     *       "notes": null,
                     *       "metadata": {},
                     *       "created_at": "2026-12-04T11:32:05Z",
                     *       "updated_at": "2026-12-04T11:32:05Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["SupplierQuoteLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    updateSupplierQuoteLine: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Acts on behalf of this org (the key's primary org or one of its sub-orgs) instead of the key's primary org. Its value is the org's UUID; Cofactr documents it as a plain string.
                 * @example 3b4eb1f5-aaca-43c1-9ccf-5bbd44308aba
                 */
                "x-org-id"?: components["parameters"]["XOrgId"];
            };
            path: {
                /**
                 * @description Id of the supplier quote.
                 * @example 6beef23a-dfee-4a32-844d-f5dbfa85016a
                 */
                supplier_quote_id: components["parameters"]["SupplierQuoteId"];
                /**
                 * @description Id of the supplier quote line.
                 * @example f64a89b2-4b95-462c-b128-e9304369e578
                 */
                line_id: components["parameters"]["SupplierQuoteLineId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "unit_price": "3.3800",
                 *       "lead_time_days": 70
                 *     }
                 */
                "application/json": components["schemas"]["SupplierQuoteLineUpdate"];
            };
        };
        responses: {
            /** @description The changed supplier quote line. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "f64a89b2-4b95-462c-b128-e9304369e578",
                     *       "supplier_quote": "6beef23a-dfee-4a32-844d-f5dbfa85016a",
                     *       "rfq_line": "c8309d30-35e2-4aad-9e06-bf27e29c2954",
                     *       "part": "e57a487a-517f-49dc-855d-8c59832d3b2c",
                     *       "quant": 500,
                     *       "unit_price": "3.3800",
                     *       "moq": 1,
                     *       "order_multiple": 250,
                     *       "lead_time_days": 70,
                     *       "stock": 1820,
                     *       "packaging": "Tape & Reel",
                     *       "notes": null,
                     *       "metadata": {},
                     *       "created_at": "2026-12-04T11:32:05Z",
                     *       "updated_at": "2026-12-08T13:07:40Z",
                     *       "synced_from_integration": false,
                     *       "integration_source_name": null,
                     *       "integration_record_id": null,
                     *       "synced_from_integration_at": null
                     *     }
                     */
                    "application/json": components["schemas"]["SupplierQuoteLine"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
        };
    };
    recordChangedWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx answer acknowledges the delivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your endpoint could not read the body; Cofactr does not retry deliveries it could not make sense of. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
