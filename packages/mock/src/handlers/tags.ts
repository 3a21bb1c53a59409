/** Tag operations. Names are unique in the org, ignoring case; there is no delete. */
import type { Tag } from "@cofactr/platform-types";
import { HttpError } from "../http-error.js";
import { findVisible } from "../lookup.js";
import type { MockState } from "../mock-state.js";
import { paginate } from "../paging.js";
import type { Handler } from "../request-context.js";

function assertNameFree(state: MockState, org: string, name: string, except?: string): void {
  const wanted = name.toLowerCase();
  const taken = state.tags.find((tag) => tag.org === org && tag.name.toLowerCase() === wanted && tag.id !== except);
  if (taken) throw HttpError.field("name", `The org already has the tag "${taken.name}".`);
}

/** Get tags (`GET /v1/tags/`). */
export const listTags: Handler<"listTags"> = ({ state, scope, query, url }) => {
  const tags = state.tags.filter((tag) => scope.sees(tag.org)).sort((a, b) => a.name.localeCompare(b.name));
  return { body: paginate(tags, query, url) };
};

/** Get tag (`GET /v1/tags/{tag_id}/`). */
export const getTag: Handler<"getTag"> = ({ state, scope, params }) => ({
  body: findVisible(state.tags, params.tag_id, scope),
});

/** Create tag (`POST /v1/tags/`). */
export const createTag: Handler<"createTag"> = ({ state, scope, body, now }) => {
  assertNameFree(state, scope.acting, body.name);
  const id = state.nextId();
  const tag: Tag = {
    id,
    name: body.name,
    color: body.color ?? null,
    description: body.description ?? null,
    org: scope.acting,
    created_at: now,
    updated_at: now,
  };
  return { status: 201, body: state.tags.set(id, tag) };
};

/** Update tag (`PATCH /v1/tags/{tag_id}/`). */
export const updateTag: Handler<"updateTag"> = ({ state, scope, params, body, now }) => {
  const tag = findVisible(state.tags, params.tag_id, scope);
  if (body.name !== undefined) assertNameFree(state, tag.org, body.name, tag.id);
  const changed: Tag = {
    ...tag,
    name: body.name ?? tag.name,
    color: body.color === undefined ? tag.color : body.color,
    description: body.description === undefined ? tag.description : body.description,
    updated_at: now,
  };
  return { body: state.tags.set(tag.id, changed) };
};
