/**
 * The rows coordination statements return for paths and hops, and the Cypher map that builds
 * them: plain data, shared by the repositories that write the Cypher and by hops.ts, which turns
 * them into GraphQL objects (a repository never imports GraphQL).
 */
type Props = Record<string, unknown>;

/** A node as the coordination statements return it: its properties plus `_label`. */
export type LabelledProps = Props & { id: string; _label: string };

/** A relationship as the coordination statements return it (see `relMap`). */
export interface RawRel {
  type: string;
  start: LabelledProps;
  end: LabelledProps;
  props: Props;
}

/**
 * The Cypher map of relationship `r` with both end nodes, the shape `toHops` reads.
 * `r` is always a variable name written in our own statements, never user input.
 */
export const relMap = (r: string) =>
  `{type: type(${r}), props: properties(${r}), ` +
  `start: [n IN [startNode(${r})] | n {.*, _label: labels(n)[0]}][0], ` +
  `end: [n IN [endNode(${r})] | n {.*, _label: labels(n)[0]}][0]}`;

