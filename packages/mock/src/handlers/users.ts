/** User operations (read-only: users are managed in the Cofactr app). */
import { HttpError } from "../http-error.js";
import { paginate } from "../paging.js";
import type { Handler } from "../request-context.js";

/** Get Users (`GET /v1/users/`). */
export const listUsers: Handler<"listUsers"> = ({ state, scope, query, url }) => {
  const users = state.users
    .filter(
      (user) => user.org === scope.reading && (query.is_active === undefined || user.is_active === query.is_active),
    )
    .sort((a, b) => a.email.localeCompare(b.email));
  return { body: paginate(users, query, url) };
};

/** Get User (`GET /v1/users/{user_id}/`). */
export const getUser: Handler<"getUser"> = ({ state, scope, params }) => {
  const user = state.users.get(params.user_id ?? "");
  if (!user || user.org !== scope.reading) throw HttpError.notFound();
  return { body: user };
};
