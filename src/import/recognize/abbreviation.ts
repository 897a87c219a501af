/**
 * Whether words abbreviate to an acronym when initials alone do not tell: each part of the acronym
 * is a word's initial, the start of a word ("Com" of "Committee") or a word written whole ("ITU"),
 * in order; connectors and at most two other words may be passed over ("Committee on Interaction
 * with the International Telecommunication Union (Com-ITU)"). The first word must give the first
 * letters. Bounded: names are at most 17 words, acronyms at most 16 characters.
 */
const CONNECTOR = /^(?:of|on|for|and|the|de|des|du|la|in|with|to|&)$/i;
const MAX_SKIPPED = 2;

export function abbreviates(words: readonly string[], acronym: string): boolean {
  const target = acronym.replace(/[^\p{L}\p{N}]/gu, "").toUpperCase();
  const ws = words.map((w) => w.replace(/[^\p{L}\p{N}]/gu, "").toUpperCase());
  if (target.length < 2 || ws.length < 2 || ws.length > 17 || target.length > 16) return false;
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number, skipped: number): boolean => {
    if (j === target.length) return ws.slice(i).filter((w, k) => w && !CONNECTOR.test(words[i + k]!)).length <= MAX_SKIPPED - skipped;
    if (i === ws.length) return false;
    const key = `${i}:${j}:${skipped}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const w = ws[i]!;
    let ok = false;
    for (let k = Math.min(w.length, target.length - j); k >= 1 && !ok; k--) {
      if (target.startsWith(w.slice(0, k), j)) ok = go(i + 1, j + k, skipped);
    }
    if (!ok && i > 0) {
      if (!w || CONNECTOR.test(words[i]!)) ok = go(i + 1, j, skipped);
      else if (skipped < MAX_SKIPPED) ok = go(i + 1, j, skipped + 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0, 0);
}
