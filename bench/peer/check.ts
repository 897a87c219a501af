/**
 * Shows that the peer's answers correspond to the product's: posts each mix query with the seed
 * probes to both (already running; this starts nothing, and only reads) and prints, per query,
 * what each returned side by side: totals, the entities listed, and those only one side lists.
 *
 *   PEER_URL=http://127.0.0.1:<port>/graphql [PRODUCT_URL=http://127.0.0.1:4000/graphql] \
 *     node --import tsx bench/peer/check.ts
 */
import { mix, seedProbes, type QueryName } from "../mix.js";
import { notExpressible, peerQueries } from "./queries.js";

const peerUrl = process.env.PEER_URL;
const productUrl = process.env.PRODUCT_URL ?? "http://127.0.0.1:4000/graphql";
if (!peerUrl) {
  console.error("PEER_URL is required: start bench/peer/server.ts and pass the url it prints");
  process.exit(2);
}

// GraphQL answers are walked dynamically: the shapes are the documents' own.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<Json> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Json; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`${url}: ${body.errors.map((e) => e.message).join("; ")}`);
  return body.data;
}

/** What one side answered, reduced to comparable labels. */
interface Summary {
  total: number | string;
  items: string[];
}

const nodes = (connection: Json): Json[] => connection.edges.map((e: Json) => e.node);
const nested = (o: Json) => `${o.key} [sub ${o.subGroups.length}, roles ${o.roles}, topics ${o.topics.length}, deliv ${o.deliverables.length}]`;

/** Deliverable date as the product's roadmap takes it: the latest milestone. */
const milestone = (d: Json): string | null => d.publishedDate ?? d.approvedDate ?? d.consentedDate ?? d.targetDate ?? null;

const summaries: Partial<Record<QueryName, { product(d: Json): Summary; peer(d: Json): Summary }>> = {
  whoWorksOn: {
    product: (d) => ({ total: d.whoWorksOn.total, items: d.whoWorksOn.organizations.map((o: Json) => `${o.organization.key} · people ${o.people.length}, links ${o.liaisonStatus.links.length}`) }),
    peer: (d) => ({
      total: d.organizationsConnection.totalCount,
      items: nodes(d.organizationsConnection).map((o) => `${o.key} · people ${o.rolesConnection.edges.length}, links ${o.liaisonsFrom.length + o.liaisonsTo.length}`),
    }),
  },
  liaisonGaps: {
    product: (d) => ({ total: d.liaisonGaps.total, items: d.liaisonGaps.organizations.map((o: Json) => `${o.organization.key} · people ${o.people.length}`) }),
    peer: (d) => ({ total: d.organizationsConnection.totalCount, items: nodes(d.organizationsConnection).map((o) => `${o.key} · people ${o.rolesConnection.edges.length}`) }),
  },
  liaisons: {
    product: (d) => ({ total: d.liaisons.total, items: d.liaisons.links.map((l: Json) => `${l.liaison.kind} ${l.liaison.since} ${l.liaison.subject ?? ""}`.trim()) }),
    peer: (d) => ({ total: d.liaisonsConnection.totalCount, items: nodes(d.liaisonsConnection).map((l) => `${l.kind} ${l.since} ${l.subject ?? ""}`.trim()) }),
  },
  roadmap: {
    product: (d) => ({ total: d.roadmap.total, items: d.roadmap.items.map((i: Json) => `${i.date} ${i.deliverable?.code ?? i.event?.name}`) }),
    peer: (d) => {
      const items = [
        ...nodes(d.deliverablesConnection).map((x) => `${milestone(x)} ${x.code}`),
        ...nodes(d.eventsConnection).map((x) => `${x.startDate} ${x.name}`),
      ].sort();
      return { total: d.deliverablesConnection.totalCount + d.eventsConnection.totalCount, items: items.slice(0, 200) };
    },
  },
  nestedListing: {
    product: (d) => ({
      total: d.organizations.totalCount,
      items: d.organizations.nodes.map((o: Json) => nested({ ...o, roles: o.roles.length, deliverables: o.deliverables.nodes })),
    }),
    peer: (d) => ({
      total: d.organizationsConnection.totalCount,
      items: nodes(d.organizationsConnection).map((o) => nested({ ...o, roles: o.rolesConnection.edges.length })),
    }),
  },
  search: {
    product: (d) => ({ total: d.search.length, items: d.search.map((h: Json) => `${h.score.toFixed(3)} ${h.node.__typename}:${h.node.key ?? "-"}`) }),
    peer: (d) => {
      // Merge the per-label lists as the product ranks: score, then key.
      const hits: Json[] = Object.values(d).flatMap((c: Json) => c.edges);
      hits.sort((a, b) => b.score - a.score || String(a.node.key).localeCompare(String(b.node.key)));
      // The product selects no key on events and documents: compare those by type alone.
      const label = (h: Json) => `${h.score.toFixed(3)} ${h.node.__typename}:${["Event", "Document"].includes(h.node.__typename) ? "-" : h.node.key}`;
      return { total: Math.min(hits.length, 10), items: hits.slice(0, 10).map(label) };
    },
  },
};

for (const query of mix) {
  console.log(`\n== ${query.name}`);
  const peer = peerQueries[query.name];
  if (!peer) {
    console.log(`   not expressible: ${notExpressible[query.name]}`);
    continue;
  }
  const summary = summaries[query.name]!;
  const [productData, peerData] = await Promise.all([post(productUrl, query.document, query.variables(seedProbes)), post(peerUrl, peer.document, peer.variables(seedProbes))]);
  const a = summary.product(productData);
  const b = summary.peer(peerData);
  console.log(`   approximation: ${peer.approximation || "(none)"}`);
  console.log(`   total: product ${a.total} | peer ${b.total}`);
  const width = Math.max(10, ...a.items.map((s) => s.length));
  for (let i = 0; i < Math.max(a.items.length, b.items.length); i++) console.log(`   ${(a.items[i] ?? "").padEnd(width)} | ${b.items[i] ?? ""}`);
  // Entries are compared by what precedes " · " (the entity); the details after it may differ.
  const entity = (s: string) => s.split(" · ")[0]!;
  const onlyProduct = a.items.map(entity).filter((s) => !b.items.map(entity).includes(s));
  const onlyPeer = b.items.map(entity).filter((s) => !a.items.map(entity).includes(s));
  console.log(`   same entries: ${onlyProduct.length === 0 && onlyPeer.length === 0 ? "yes" : `no (only product: ${onlyProduct.length}, only peer: ${onlyPeer.length})`}`);
}
