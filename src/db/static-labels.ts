import type { Params, Tx } from "./database.js";

/**
 * Neo4j 5.26 cannot seek an index through a dynamic label: `MATCH (n:$($label) {id: $key})` is
 * planned as a scan of every node in the graph (AllNodesScan; Neo4j 2025.08 lifts this), so each
 * statement of an edit cost a pass over every node and change record, and a sync of a thousand
 * records took minutes. The statements keep their dynamic labels (whole, readable, parameters
 * only); before one runs, each `$($name)` whose parameter is one of `labels` (the registry's,
 * never text from a request) is written as that label, so the statement seeks the label's id
 * constraint. A parameter that is not a known label stays dynamic. Rewritten texts are kept.
 */
const PLACEHOLDER = /\$\(\$(\w+)\)/g;

export function withStaticLabels(tx: Tx, labels: ReadonlySet<string>): Tx {
  return { run: (cypher: string, params: Params = {}) => tx.run(staticLabels(cypher, params, labels), params) };
}

const rewritten = new Map<string, string>();

export function staticLabels(cypher: string, params: Params, labels: ReadonlySet<string>): string {
  if (!cypher.includes("$($")) return cypher;
  const chosen: string[] = [];
  for (const m of cypher.matchAll(PLACEHOLDER)) {
    const value = params[m[1]!];
    chosen.push(typeof value === "string" && labels.has(value) && /^[A-Z][A-Za-z]*$/.test(value) ? value : "");
  }
  const key = `${chosen.join(",")}\n${cypher}`;
  let text = rewritten.get(key);
  if (text === undefined) {
    let i = 0;
    text = cypher.replace(PLACEHOLDER, (whole) => {
      const label = chosen[i++];
      return label ? `\`${label}\`` : whole;
    });
    if (rewritten.size < 1_000) rewritten.set(key, text);
  }
  return text;
}
