/**
 * Custom property operations. `key`, `record_type` and `data_type` are fixed once created; a
 * `select` property needs options and the others take none; archiving replaces delete.
 */
import type { CustomProperty } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import { findVisible } from "../lookup.js";
import { paginate } from "../paging.js";
import type { Handler } from "../request-context.js";

/** Get Custom Properties (`GET /v1/custom_properties/`). */
export const listCustomProperties: Handler<"listCustomProperties"> = ({ state, scope, query, url }) => {
  const archived = query.archived ?? false;
  const properties = state.customProperties.filter(
    (property) =>
      scope.sees(property.org) &&
      property.archived === archived &&
      (query.record_type === undefined || property.record_type === query.record_type),
  );
  return { body: paginate(properties, query, url) };
};

/** Get Custom Property (`GET /v1/custom_properties/{custom_property_id}/`). */
export const getCustomProperty: Handler<"getCustomProperty"> = ({ state, scope, params }) => ({
  body: findVisible(state.customProperties, params.custom_property_id, scope),
});

/** Create Custom Property (`POST /v1/custom_properties/`). */
export const createCustomProperty: Handler<"createCustomProperty"> = ({ state, scope, body, now }) => {
  const org = scope.acting;
  const taken = state.customProperties.find(
    (property) => property.org === org && property.record_type === body.record_type && property.key === body.key,
  );
  if (taken) throw HttpError.field("key", `The org already has a ${body.record_type} property with key "${body.key}".`);
  const options = body.options ?? [];
  if (body.data_type === "select" && options.length === 0)
    throw HttpError.field("options", "A select property needs at least one option.");
  if (body.data_type !== "select" && options.length > 0)
    throw HttpError.field("options", "Only select properties take options.");
  const id = state.nextId();
  const property: CustomProperty = {
    id,
    name: body.name,
    key: body.key,
    record_type: body.record_type,
    data_type: body.data_type,
    options,
    description: body.description ?? null,
    archived: false,
    org,
    created_at: now,
    updated_at: now,
  };
  return { status: 201, body: state.customProperties.set(id, property) };
};

/** Update Custom Property (`PATCH /v1/custom_properties/{custom_property_id}/`). */
export const updateCustomProperty: Handler<"updateCustomProperty"> = ({ state, scope, params, body, now }) => {
  const property = findVisible(state.customProperties, params.custom_property_id, scope);
  if (body.options !== undefined && property.data_type !== "select")
    throw HttpError.field("options", "Only select properties take options.");
  if (body.options !== undefined && body.options.length === 0)
    throw HttpError.field("options", "A select property needs at least one option.");
  const changed: CustomProperty = {
    ...property,
    name: body.name ?? property.name,
    options: body.options ?? property.options,
    description: body.description === undefined ? property.description : body.description,
    archived: body.archived ?? property.archived,
    updated_at: now,
  };
  return { body: state.customProperties.set(property.id, changed) };
};
