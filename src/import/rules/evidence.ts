import type { Where } from "../recognize/facts.js";
import type { RuleBlock } from "./rule.js";

/** A block's text as a fact's evidence: the whole block, where it is. */
export const whereOf = (b: RuleBlock): Where => ({ locator: b.block.locator, quote: b.block.text });

/** A block's text as a subject line: without its bullet, at most 300 characters. */
export const quoteOf = (text: string): string => text.replace(/^[·•\-–—*▪◦○●]\s*/, "").trim().slice(0, 300);
