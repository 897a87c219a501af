import { etsi } from "./etsi.js";
import type { CatalogueFamily } from "./family.js";
import { generic } from "./generic.js";
import { ieee } from "./ieee.js";
import { isoIec } from "./iso-iec.js";
import { itu } from "./itu.js";
import { w3c } from "./w3c.js";

/** The catalogue families, tried in order on a record's primary reference; the generic one last. */
export const families: readonly CatalogueFamily[] = [isoIec, itu, ieee, etsi, w3c, generic];

export function familyOf(reference: string): CatalogueFamily {
  return families.find((f) => f.recognizes.test(reference))!;
}

/** The standard a reference belongs to, by its family's first matching rule (undefined: none matches). */
export function standardOf(reference: string) {
  const family = familyOf(reference);
  for (const rule of family.references) {
    const m = rule.pattern.exec(reference.replace(/\s+/g, " ").trim());
    if (m) return { family, ...rule.read(m) };
  }
  return undefined;
}

/** The identity of a standard: its code, compacted (case, spaces and punctuation do not count). */
export function standardKey(code: string): string {
  return code.normalize("NFKD").toLowerCase().replace(/^iec\/iso\b/, "iso/iec").replace(/[^a-z0-9.]+/g, " ").replace(/\s+/g, " ").trim();
}
