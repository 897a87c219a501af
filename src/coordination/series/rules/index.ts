import type { SeriesRule } from "../rule.js";
import { etsiGroup, etsiNumbered } from "./etsi.js";
import { ieee } from "./ieee.js";
import { isoIec } from "./iso-iec.js";
import { ituRecommendation } from "./itu-recommendation.js";
import { ituSupplement } from "./itu-supplement.js";
import { ituWorkItem } from "./itu-work-item.js";
import { numbered } from "./numbered.js";
import { threeGpp } from "./threegpp.js";
import { w3c } from "./w3c.js";

/** The reference syntaxes known, tried in this order (the most specific first, the catch-all last). */
export const SERIES_RULES: readonly SeriesRule[] = [isoIec, ituSupplement, ituRecommendation, ieee, etsiGroup, etsiNumbered, threeGpp, w3c, ituWorkItem, numbered];
