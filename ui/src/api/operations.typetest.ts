// Compile-time checks of the generated operation wrappers (`ui/src/generated/api.ts`):
// `npm run typecheck` fails if a wrong filter, include, path parameter, query
// parameter or body field were accepted. Nothing here runs; `typeChecks` is
// exported only so the calls count as used.
import { api } from "../generated/api";

export function typeChecks(): void {
  // Correct calls.
  void api.usersListing({
    query: {
      filter: { email: "operator@example.com" },
      include: ["partnerInvites"],
      cursor: "",
      per_page: 100,
    },
  });
  void api.usersListing();
  void api.userRead({ path: { user: 12 }, query: { withAmountDue: true } }, "request-1");

  // @ts-expect-error filter values of `email` are strings
  void api.usersListing({ query: { filter: { email: 1 } } });
  // @ts-expect-error `mail` is not a filter of usersListing
  void api.usersListing({ query: { filter: { mail: "operator@example.com" } } });
  // @ts-expect-error `vehicles` is not an include of usersListing
  void api.usersListing({ query: { include: ["vehicles"] } });
  // @ts-expect-error usersListing has no path parameters
  void api.usersListing({ path: { user: 12 } });
  // @ts-expect-error userRead needs its path parameter
  void api.userRead({});
  // @ts-expect-error the path parameter is `user`, not `id`
  void api.userRead({ path: { id: 12 } });
  // @ts-expect-error `user` is a number
  void api.userRead({ path: { user: "12" } });
  // @ts-expect-error `withBreakdown` is not a query parameter of userRead
  void api.userRead({ path: { user: 12 }, query: { withBreakdown: true } });
  // @ts-expect-error userCreate needs a body
  void api.userCreate({});
  void api.userCreate({
    body: {
      email: "operator@example.com",
      password: "secret-1",
      // @ts-expect-error `address` in a user body is a string
      address: 5,
    },
  });
  // @ts-expect-error there is no such operation
  void api.usersList();
}
