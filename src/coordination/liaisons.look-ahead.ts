import type { GraphQLResolveInfo } from "graphql";
import { parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import { fieldsAt, selectedProperties } from "../graphql/selection.js";
import { organizationFieldProperties } from "../organization/organization.type.js";
import type { LiaisonsLookAhead } from "./activity.repository.js";

/**
 * Look-ahead for `liaisons`, as activity.look-ahead.ts does for whoWorksOn: whether the selection
 * asks for each link's partner and end, and which of their properties (organizationFieldProperties,
 * graphql/selection.ts: `key name` reads the id, name and former names only), and whether for
 * the documents the liaison's sources cite; so that the answer's own statement reads them and
 * the request is one round trip instead of two or three. Aliases and fragments count.
 */
export function liaisonsLookAhead(info: GraphQLResolveInfo): LiaisonsLookAhead {
  const tree = parseResolveInfo(info) as ResolveTree | null | undefined;
  const links = tree ? fieldsAt([tree], "links") : [];
  const body = (name: "partner" | "end") => selectedProperties(fieldsAt(links, name), organizationFieldProperties);
  return { partner: body("partner"), end: body("end"), sourceDocuments: fieldsAt(links, "liaison", "sources", "document").length > 0 };
}
