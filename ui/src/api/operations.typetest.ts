// Compile-time checks of the generated operation wrappers (`ui/src/generated/api.ts`):
// `npm run typecheck` fails if a wrong filter, include, path parameter, query
// parameter or body field were accepted. Nothing here runs; `typeChecks` is
// exported only so the calls count as used.
import { api } from "../generated/api";

/** The connection a caller believes is active; any generation type-checks. */
const tenant = 1;

export function typeChecks(): void {
  // Correct calls.
  void api.usersListing(
    {
      query: {
        filter: { email: "operator@example.com" },
        include: ["partnerInvites"],
        cursor: "",
        per_page: 100,
      },
    },
    tenant,
  );
  void api.usersListing({}, tenant);
  void api.userRead({ path: { user: 12 }, query: { withAmountDue: true } }, tenant, "request-1");
  // @ts-expect-error every call names the connection it is meant for
  void api.usersListing({});

  // @ts-expect-error filter values of `email` are strings
  void api.usersListing({ query: { filter: { email: 1 } } }, tenant);
  // @ts-expect-error `mail` is not a filter of usersListing
  void api.usersListing({ query: { filter: { mail: "operator@example.com" } } }, tenant);
  // @ts-expect-error `vehicles` is not an include of usersListing
  void api.usersListing({ query: { include: ["vehicles"] } }, tenant);
  // @ts-expect-error usersListing has no path parameters
  void api.usersListing({ path: { user: 12 } }, tenant);
  // @ts-expect-error userRead needs its path parameter
  void api.userRead({}, tenant);
  // @ts-expect-error the path parameter is `user`, not `id`
  void api.userRead({ path: { id: 12 } }, tenant);
  // @ts-expect-error `user` is a number
  void api.userRead({ path: { user: "12" } }, tenant);
  // @ts-expect-error `withBreakdown` is not a query parameter of userRead
  void api.userRead({ path: { user: 12 }, query: { withBreakdown: true } }, tenant);
  // @ts-expect-error userCreate needs a body
  void api.userCreate({}, tenant);
  void api.userCreate(
    {
      body: {
        email: "operator@example.com",
        password: "secret-1",
        // @ts-expect-error `address` in a user body is a string
        address: 5,
      },
    },
    tenant,
  );
  // @ts-expect-error there is no such operation
  void api.usersList({}, tenant);
}
