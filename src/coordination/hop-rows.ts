import { z } from "zod";

/**
 * The rows coordination statements return for paths and hops, and the Cypher map that builds
 * them: plain data, shared by the repositories that write the Cypher and by hops.ts, which turns
 * them into GraphQL objects (a repository never imports GraphQL).
 */

/** A node as the coordination statements return it: its properties plus `_label`. */
export const LabelledRow = z.looseObject({ id: z.string(), _label: z.string() });
export type LabelledProps = z.infer<typeof LabelledRow>;

/** A relationship as the coordination statements return it (see `relMap`). */
export const RawRelRow = z.object({ type: z.string(), start: LabelledRow, end: LabelledRow, props: z.looseObject({}) });
export type RawRel = z.infer<typeof RawRelRow>;

/**
 * Of a relationship on a path, what a hop reads (hops.ts): its sources, the words of its detail
 * (a role's title and kind, the evidence of work) and a relationship's own id where it has one
 * (connection.repository.ts tells parallel links apart by it). Not its dates and confirmation
 * (\`lastConfirmed\` on every relationship): no hop shows them, and each date costs the driver a
 * conversion through its 64-bit integers (on whoWorksOn's landscape page, 125 of them).
 */
export const HOP_REL_PROPERTIES = ".id, .sources, .evidence, .role, .title";

/**
 * The Cypher map of relationship `r` with both end nodes, the shape `toHops` reads.
 * `r` is always a variable name written in our own statements, never user input.
 */
export const relMap = (r: string) =>
  `{type: type(${r}), props: ${r} {${HOP_REL_PROPERTIES}}, ` +
  `start: [n IN [startNode(${r})] | ${pathNode}][0], ` +
  `end: [n IN [endNode(${r})] | ${pathNode}][0]}`;

/**
 * A node on a path: what a hop's words need (its id, label and the names \`displayName\` reads),
 * not its every property; a liaison record whole, since it becomes the hop's \`liaison\`. A hop's
 * \`from\` and \`to\` are loaded by id when asked for. Long paths of bodies with long mandates and
 * source lists thus leave the database a fraction of the size. A liaison link's ends are read so
 * too (their \`end\` and \`partner\` fields load them by id).
 */
export const PATH_NODE_NAMES = ".id, .acronym, .code, .name, .title";
const pathNode = `CASE WHEN n:Liaison THEN n {.*, _label: 'Liaison'} ELSE n {${PATH_NODE_NAMES}, _label: labels(n)[0]} END`;

/**
 * How a statement's answer refers to a node or relationship `x` of its tables: the last part of
 * its element id (`5:<database id>:<n>`), unique among the nodes, and among the relationships,
 * of one database (the tables keep the two apart). The whole element id repeats the database's
 * id in every reference: at whoWorksOn's page of 20 bodies those were 38 KB of a 117 KB answer,
 * every string decoded and kept by the driver. Another form of element id without a colon
 * stays whole, so a reference is still unique. `x` is an expression of our own statements.
 * A key lives only inside one answer, read in one transaction: an id Neo4j reuses after a delete
 * cannot meet the one it replaced; on a cluster every member holds the same store of a database,
 * so whichever member answers gives the same ids (and one answer is read from one member).
 */
export const tableKey = (x: string) => `last(split(elementId(${x}), ':'))`;

/**
 * Relationships that many paths share, each sent once: `relTable` lists the distinct
 * relationships of Cypher list `rels` with their ends by element id, `nodeTable` those ends once
 * each (as `relMap` reads a node), with the nodes of the lists of `nodeLists` if given, and the paths refer to relationships by element id.
 * `readTables` turns the two tables back into `RawRel`s, one object per relationship, so hops built
 * from them can be cached (`HopCache`). `rels` is always a variable of our own statements.
 */
export const relTable = (rels: string) =>
  `[r IN ${rels} | {id: ${tableKey("r")}, type: type(r), props: r {${HOP_REL_PROPERTIES}}, start: ${tableKey("startNode(r)")}, end: ${tableKey("endNode(r)")}}]`;
export const nodeTable = (rels: string, nodeLists?: string) =>
  `[n IN COLLECT { UNWIND ${rels} AS r UNWIND [startNode(r), endNode(r)] AS n ` +
  (nodeLists ? `RETURN n UNION UNWIND ${nodeLists} AS ns UNWIND ns AS n RETURN n` : "WITH DISTINCT n RETURN n") +
  ` } | {id: ${tableKey("n")}, node: ${pathNode}}]`;

export const RelTableRow = z.object({ id: z.string(), type: z.string(), props: z.looseObject({}), start: z.string(), end: z.string() });
export const NodeTableRow = z.object({ id: z.string(), node: LabelledRow });

/** The statement's tables, read by element id: a relationship (one object each) or a node. */
export interface Tables {
  rel(id: string): RawRel;
  node(id: string): LabelledProps;
}

export function readTables(rels: ReadonlyArray<z.infer<typeof RelTableRow>>, nodes: ReadonlyArray<z.infer<typeof NodeTableRow>>): Tables {
  const nodeById = new Map(nodes.map(({ id, node }) => [id, node]));
  const node = (id: string) => {
    const found = nodeById.get(id);
    if (!found) throw new Error(`node ${id} is missing from the statement's node table`);
    return found;
  };
  const relById = new Map(rels.map(({ id, type, props, start, end }) => [id, { type, props, start: node(start), end: node(end) }]));
  return {
    node,
    rel(id) {
      const found = relById.get(id);
      if (!found) throw new Error(`relationship ${id} is missing from the statement's relationship table`);
      return found;
    },
  };
}
