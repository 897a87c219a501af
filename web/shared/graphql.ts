// The pages' GraphQL documents, typed from the API's own schema (schema.graphql, turned into
// graphql-env.d.ts by `npm run schema`): a page's query that names a field the API no longer has,
// or reads an answer as a shape the API does not give, fails the pages' type check instead of
// failing in a browser. No hand-written mirror of the API's types.
import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

export const gql = initGraphQLTada<{
  introspection: introspection;
  // Fragments read as plain fields of the answer (the pages do not hide one view's fields from another).
  disableMasking: true;
  scalars: { Date: string; DateTime: string; JSON: unknown; URL: string; EmailAddress: string; CountryCode: string; NonEmptyString: string };
}>();

export type { ResultOf, VariablesOf } from "gql.tada";
