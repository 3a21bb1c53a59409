import type { IntegrationSyncInput, IntegrationSyncRecord } from "@cofactr/platform-types";
import { withChanges } from "../lookup.js";

/** The integration-sync fields of a record, every one present, as the API answers them. */
export type IntegrationFields = Required<IntegrationSyncRecord>;

/**
 * The integration-sync fields a record gets from a create or update body: values sent replace the
 * record's, values left out keep them (or start empty on a new record).
 */
export function integrationFields(input: IntegrationSyncInput, existing?: IntegrationSyncRecord): IntegrationFields {
  return {
    synced_from_integration: input.synced_from_integration ?? existing?.synced_from_integration ?? false,
    integration_source_name: input.integration_source_name ?? existing?.integration_source_name ?? null,
    integration_record_id: input.integration_record_id ?? existing?.integration_record_id ?? null,
    synced_from_integration_at: input.synced_from_integration_at ?? existing?.synced_from_integration_at ?? null,
  };
}

/** The integration-sync fields' values out of a body, so they can be left out of the record's own fields. */
export function withoutIntegrationFields<T extends IntegrationSyncInput>(
  input: T,
): Omit<T, keyof IntegrationSyncInput> {
  const {
    synced_from_integration: _synced,
    integration_source_name: _source,
    integration_record_id: _record,
    synced_from_integration_at: _at,
    ...rest
  } = input;
  return rest;
}

/**
 * A record with an update body applied, as every PATCH handler stores it: the body's fields that
 * are set replace the record's, the integration-sync fields are merged as above, and `updated_at`
 * becomes `now`.
 */
export function withUpdate<T extends IntegrationSyncRecord & { updated_at: string }>(
  record: T,
  body: IntegrationSyncInput & object,
  now: string,
): T {
  return {
    ...withChanges(record, withoutIntegrationFields(body)),
    ...integrationFields(body, record),
    updated_at: now,
  };
}
