import { abbreviates } from "./abbreviation.js";
import { bodyOrgans } from "./body-organ.js";
import { coordinatedDesignations } from "./coordinated-designations.js";
import { namesABody } from "./body-name.js";
import { typedNames } from "./typed-name.js";
import { slug } from "../../editing/specs.js";
import type { OrganizationRow } from "../graph-index.repository.js";
import type { MatchReason } from "../proposal.js";
import { compactForm, DisjointSpans, type Span } from "../text-utils.js";
import { isVenueName } from "./places.js";

export type OrganizationKind = string;

/** A new body the document names, to be proposed. */
export interface NewOrganization {
  id: string;
  name: string;
  acronym?: string;
  kind: OrganizationKind;
  aliases: string[];
  partOf?: string;
  mandate?: string;
  country?: string;
  /** The first place it is named. */
  locator: string;
  quote: string;
}

/** An organization named in a block: the existing or proposed body, and where. */
export interface OrgMention extends Span {
  key: string;
  printed: string;
  existing: boolean;
  reason?: MatchReason;
  /** More than one existing body has this name. */
  candidates?: Array<{ key: string; label: string }>;
  /** Printed title after the name: "ITU-T SG17 – Security". */
  title?: string;
}

interface Designation {
  re: RegExp;
  /** Canonical printed forms to look up, the proposed id, name, kind and parent designation. */
  /** `sector`: the ITU sector an unqualified designation ("Study Group 2", "Q8/1") belongs to in its context. */
  build: (m: RegExpExecArray, sector: Sector) => { forms: string[]; id: string; name: string; acronym?: string; kind: OrganizationKind; parent?: string; parentIfKnown?: boolean } | undefined;
}

export type Sector = "ITU-T" | "ITU-R" | "ITU-D";

const SEP = "\\s*/\\s*";
const sp = "\\s?";

/** ISO/IEC JTC 1, its subcommittee `sc`, or that subcommittee's working group `wg`, however the text wrote them. */
function jtc1Body(sc?: string, wg?: string): ReturnType<Designation["build"]> {
  if (sc && wg) {
    return {
      forms: [`ISO/IEC JTC 1/SC ${sc}/WG ${wg}`, `JTC 1/SC ${sc}/WG ${wg}`], id: `jtc1-sc${sc}-wg${wg}`,
      name: `ISO/IEC JTC 1/SC ${sc}/WG ${wg}`, acronym: `JTC 1/SC ${sc}/WG ${wg}`, kind: "WORKING_GROUP", parent: `JTC 1/SC ${sc}`,
    };
  }
  if (sc) {
    return {
      forms: [`ISO/IEC JTC 1/SC ${sc}`, `JTC 1/SC ${sc}`], id: `jtc1-sc${sc}`, name: `ISO/IEC JTC 1/SC ${sc}`,
      acronym: `JTC 1/SC ${sc}`, kind: "SUBCOMMITTEE", parent: "ISO/IEC JTC 1",
    };
  }
  return { forms: ["ISO/IEC JTC 1", "JTC 1"], id: "jtc1", name: "ISO/IEC JTC 1", acronym: "JTC 1", kind: "JOINT_TECHNICAL_COMMITTEE" };
}

/**
 * Naming patterns of the bodies of this field. Each gives the forms the graph may know it by, an
 * id in the seed's convention and its parent (itself a designation, resolved the same way).
 */
const DESIGNATIONS: Designation[] = [
  // Question 6/17, Q6/17, Q.6/17
  {
    re: /\b(?:(ITU-[TRD])\s+)?(?:Question|Q\.?)\s?(\d{1,2})\/(\d{1,2})\b/g,
    build: (m, context) => {
      const sector = (m[1] as Sector | undefined) ?? context;
      const fam = sector.toLowerCase();
      // Questions of ITU-T study groups keep their bare forms ("Q6/17"); another sector's are qualified.
      const bare = sector === "ITU-T" ? [`Q${m[2]}/${m[3]}`, `Question ${m[2]}/${m[3]}`] : [`${sector} Q${m[2]}/${m[3]}`, `${sector} Question ${m[2]}/${m[3]}`];
      return {
        forms: bare, id: `${fam}-q${m[2]}-${m[3]}`, name: `${sector === "ITU-T" ? "" : `${sector} `}Question ${m[2]}/${m[3]}`,
        acronym: `Q${m[2]}/${m[3]}`, kind: "QUESTION", parent: `${sector} SG${m[3]}`,
      };
    },
  },
  // Working Party 1/4, WP 3/16, WP1/20 (ITU-R's WP 5D is the next designation)
  {
    re: /\b(?:(ITU-[TRD])\s+)?(?:Working Party|WP)\s?(\d{1,2})\/(\d{1,2})\b/g,
    build: (m, context) => {
      const sector = (m[1] as Sector | undefined) ?? context;
      const fam = sector.toLowerCase();
      return {
        forms: [`${sector} WP${m[2]}/${m[3]}`, `${sector} Working Party ${m[2]}/${m[3]}`], id: `${fam}-wp${m[2]}-${m[3]}`,
        name: `${sector} Working Party ${m[2]}/${m[3]}`, acronym: `${sector === "ITU-T" ? "" : `${sector} `}WP ${m[2]}/${m[3]}`, kind: "WORKING_GROUP",
        parent: `${sector} SG${m[3]}`, parentIfKnown: true,
      };
    },
  },
  // ITU-R's working parties: Working Party 5D, WP 5A, ITU-R WP1B (a study group's number and a
  // letter; only ITU-R names them so, whatever sector the text is about; study groups 8 and 9
  // are the ones an older document names, before the 2007 restructuring)
  {
    re: /\b(?:ITU-R\s+)?(?:Working Party|WP)\s?([1-9])([A-M])\b/g,
    build: (m) => ({
      forms: [`ITU-R WP ${m[1]}${m[2]}`, `ITU-R WP${m[1]}${m[2]}`, `ITU-R Working Party ${m[1]}${m[2]}`], id: `itu-r-wp${m[1]}${m[2]!.toLowerCase()}`,
      name: `ITU-R Working Party ${m[1]}${m[2]}`, acronym: `ITU-R WP ${m[1]}${m[2]}`, kind: "WORKING_GROUP", parent: `ITU-R SG${m[1]}`, parentIfKnown: true,
    }),
  },
  // ITU-T SG17, ITU-T Study Group 17, ITU-R SG5, ITU-D SG1, Study Group 20
  {
    re: /\b(?:(ITU-[TRD])\s+)?(?:SG\s?(\d{1,2})|Study Group\s(\d{1,2}))\b/g,
    build: (m, context) => {
      const sector = m[1] ?? context;
      const n = m[2] ?? m[3];
      const fam = sector.toLowerCase();
      return {
        forms: [`${sector} SG${n}`, `${sector} Study Group ${n}`], id: `${fam}-sg${n}`, name: `${sector} Study Group ${n}`, acronym: `SG${n}`,
        kind: "STUDY_GROUP", parent: sector,
      };
    },
  },
  // SC 29 of JTC 1, WG 6 of SC 24 of ISO/IEC JTC 1: the same bodies, written from the inside out
  {
    re: new RegExp(`\\b(?:WG${sp}(\\d{1,3})\\s+of\\s+)?SC${sp}(\\d{1,3})\\s+of\\s+(?:ISO${SEP}IEC\\s*)?JTC${sp}1(?![\\d])`, "g"),
    build: (m) => jtc1Body(m[2], m[1]),
  },
  // ISO/IEC SC 29, ISO/IEC SC29/WG 7: a subcommittee of the two bodies together is one of their JTC 1's
  {
    re: new RegExp(`\\bISO${SEP}IEC\\s+SC${sp}(\\d{1,3})(?:${SEP}WG${sp}(\\d{1,3}))?(?![\\d])`, "g"),
    build: (m) => jtc1Body(m[1], m[2]),
  },
  // ISO/IEC JTC 1/SC 27/WG 2, JTC1/SC27, JTC 1
  {
    re: new RegExp(`\\b(?:ISO${SEP}IEC\\s*)?JTC${sp}1(?:${SEP}SC${sp}(\\d{1,3})(?:${SEP}WG${sp}(\\d{1,3}))?)?(?![\\d])`, "g"),
    build: (m) => jtc1Body(m[1], m[2]),
  },
  // ISO/TC 68/SC 8, ISO TC 307
  {
    re: new RegExp(`\\bISO${sp}(?:/\\s*)?TC${sp}(\\d{1,3})(?:${SEP}SC${sp}(\\d{1,3}))?(?:${SEP}WG${sp}(\\d{1,3}))?\\b`, "g"),
    build: (m) => {
      if (m[2]) {
        return {
          forms: [`ISO/TC ${m[1]}/SC ${m[2]}`], id: `iso-tc${m[1]}-sc${m[2]}`, name: `ISO/TC ${m[1]}/SC ${m[2]}`, acronym: `ISO/TC ${m[1]}/SC ${m[2]}`,
          kind: "SUBCOMMITTEE", parent: `ISO/TC ${m[1]}`,
        };
      }
      return { forms: [`ISO/TC ${m[1]}`], id: `iso-tc${m[1]}`, name: `ISO/TC ${m[1]}`, acronym: `ISO/TC ${m[1]}`, kind: "TECHNICAL_COMMITTEE", parent: "ISO" };
    },
  },
  // IEC TC 100, IEC TC100/WG12, IEC SEG 15, IEC SyC
  {
    re: new RegExp(`\\bIEC${sp}(?:/\\s*)?(TC|SEG|SyC)${sp}(\\d{1,3}[A-Z]?)(?:${SEP}(?:SC${sp}(\\d{1,3}[A-Z]?)))?(?:${SEP}WG${sp}(\\d{1,3}))?\\b`, "g"),
    build: (m) => {
      const base = `IEC ${m[1]} ${m[2]}`;
      const baseId = `iec-${m[1]!.toLowerCase()}${m[2]!.toLowerCase()}`;
      const kind = m[1] === "TC" ? "TECHNICAL_COMMITTEE" : m[1] === "SEG" ? "EVALUATION_GROUP" : "TECHNICAL_COMMITTEE";
      if (m[4]) return { forms: [`${base}/WG ${m[4]}`], id: `${baseId}-wg${m[4]}`, name: `${base}/WG ${m[4]}`, kind: "WORKING_GROUP", parent: base };
      if (m[3]) return { forms: [`${base}/SC ${m[3]}`], id: `${baseId}-sc${m[3].toLowerCase()}`, name: `${base}/SC ${m[3]}`, kind: "SUBCOMMITTEE", parent: base };
      return { forms: [base, `IEC ${m[1]}${m[2]}`], id: baseId, name: base, acronym: `${m[1]} ${m[2]}`, kind, parent: "IEC" };
    },
  },
  // 3GPP TSG SA, 3GPP SA4, 3GPP SA WG4, 3GPP RAN1; "TSG CT", "TSG-SA" (only 3GPP names its groups so)
  {
    re: /\b(?:3GPP\s+(?:TSG\s+)?|TSG[\s-](?=(?:SA|RAN|CT)\b))(SA|RAN|CT)(?:\s?(?:WG\s?)?(\d))?\b/g,
    build: (m) =>
      m[2]
        ? { forms: [`3GPP ${m[1]}${m[2]}`, `3GPP ${m[1]} WG${m[2]}`], id: `3gpp-${m[1]!.toLowerCase()}${m[2]}`, name: `3GPP ${m[1]}${m[2]}`, acronym: `${m[1]}${m[2]}`, kind: "WORKING_GROUP", parent: `3GPP TSG ${m[1]}` }
        : { forms: [`3GPP TSG ${m[1]}`, `3GPP ${m[1]}`], id: `3gpp-tsg-${m[1]!.toLowerCase()}`, name: `3GPP TSG ${m[1]}`, acronym: `3GPP ${m[1]}`, kind: "TECHNICAL_COMMITTEE", parent: "3GPP" },
  },
  // ETSI ISG ARF, ETSI ISG Augmented Reality Framework
  {
    re: /\bETSI\s+ISG\s+([A-Z][A-Z0-9-]{1,10}\b|(?:[A-Z][a-z]+\s?){1,5})/g,
    build: (m) => {
      const words = m[1]!.trim();
      const acr = /^[A-Z0-9-]+$/.test(words) ? words : words.split(/\s+/).map((w) => w[0]).join("");
      return {
        forms: [`ETSI ISG ${words}`, `ISG ${acr}`, `ETSI ISG ${acr}`], id: `etsi-isg-${acr.toLowerCase()}`, name: `ETSI ISG ${words}`, acronym: `ISG ${acr}`,
        kind: "WORKING_GROUP", parent: "ETSI",
      };
    },
  },
  // IEEE-SA Metaverse Standards Committee, IEEE 3079 Working Group, IEEE Computer Society
  {
    re: /\bIEEE(?:-SA|\s+SA)?\s+((?:[A-Z0-9][\w.-]*\s+){0,5}?(?:Standards Committee|Working Group|Study Group|Society|Committee))\b/g,
    build: (m) => ({
      forms: [m[0]], id: `ieee-${m[1]!.split(/\s+/).map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, "")).filter(Boolean).slice(0, 4).join("-")}`,
      name: m[0], kind: /Working Group/.test(m[1]!) ? "WORKING_GROUP" : /Standards Committee/.test(m[1]!) ? "STANDARDS_COMMITTEE" : /Society/.test(m[1]!) ? "OTHER" : "WORKING_GROUP",
      parent: /Society/.test(m[1]!) ? "IEEE" : "IEEE SA",
    }),
  },
  // W3C Immersive Web Working Group, W3C (Open) Metaverse Interoperability (OMI) Community Group
  {
    re: /\bW3C\s+((?:\(?[A-Z][\w-]*\)?\s+){1,6}(?:Community|Working|Interest|Business) Group)\b/g,
    build: (m) => ({
      forms: [m[0]], id: `w3c-${m[1]!.replace(/\([^)]*\)\s*/g, "").split(/\s+/).map((w) => w[0]!.toLowerCase()).join("")}`, name: m[0],
      kind: /Community/.test(m[1]!) ? "COMMUNITY_GROUP" : "WORKING_GROUP", parent: "W3C",
    }),
  },
  // FG-MV, FG-AI4H; JCA-MV, JCA-IoT
  {
    re: /\b(?:ITU-T\s+)?(FG|JCA)[-‑ ]([A-Z][A-Za-z0-9]{1,10})\b/g,
    build: (m) => ({
      forms: [`${m[1]}-${m[2]}`, `ITU-T ${m[1]}-${m[2]}`], id: `${m[1]!.toLowerCase()}-${m[2]!.toLowerCase()}`, name: `ITU-T ${m[1]}-${m[2]}`,
      acronym: `${m[1]}-${m[2]}`, kind: m[1] === "FG" ? "FOCUS_GROUP" : "JOINT_COORDINATION_ACTIVITY", parent: "ITU-T",
    }),
  },
];

/** The top of each family: known to every graph that has the family, else proposed. */
const ROOTS: Record<string, { id: string; name: string; acronym: string; kind: OrganizationKind; parent?: string }> = {
  "ITU": { id: "itu", name: "International Telecommunication Union", acronym: "ITU", kind: "UN_AGENCY" },
  "ITU-T": { id: "itu-t", name: "ITU Telecommunication Standardization Sector", acronym: "ITU-T", kind: "SECTOR", parent: "ITU" },
  "ITU-R": { id: "itu-r", name: "ITU Radiocommunication Sector", acronym: "ITU-R", kind: "SECTOR", parent: "ITU" },
  "ITU-D": { id: "itu-d", name: "ITU Telecommunication Development Sector", acronym: "ITU-D", kind: "SECTOR", parent: "ITU" },
  "ISO": { id: "iso", name: "International Organization for Standardization", acronym: "ISO", kind: "SDO" },
  "IEC": { id: "iec", name: "International Electrotechnical Commission", acronym: "IEC", kind: "SDO" },
  "3GPP": { id: "3gpp", name: "3rd Generation Partnership Project", acronym: "3GPP", kind: "CONSORTIUM" },
  "ETSI": { id: "etsi", name: "European Telecommunications Standards Institute", acronym: "ETSI", kind: "SDO" },
  "IEEE": { id: "ieee", name: "Institute of Electrical and Electronics Engineers", acronym: "IEEE", kind: "SDO" },
  "IEEE SA": { id: "ieee-sa", name: "IEEE Standards Association", acronym: "IEEE SA", kind: "SDO", parent: "IEEE" },
  "W3C": { id: "w3c", name: "World Wide Web Consortium", acronym: "W3C", kind: "CONSORTIUM" },
  "IETF": { id: "ietf", name: "Internet Engineering Task Force", acronym: "IETF", kind: "SDO" },
  "TSAG": { id: "tsag", name: "Telecommunication Standardization Advisory Group", acronym: "TSAG", kind: "ADVISORY_GROUP", parent: "ITU-T" },
  "TSB": { id: "itu-tsb", name: "Telecommunication Standardization Bureau", acronym: "TSB", kind: "BUREAU", parent: "ITU-T" },
  "BR": { id: "itu-br", name: "Radiocommunication Bureau", acronym: "BR", kind: "BUREAU", parent: "ITU-R" },
  "BDT": { id: "itu-bdt", name: "Telecommunication Development Bureau", acronym: "BDT", kind: "BUREAU", parent: "ITU-D" },
  "WTSA": { id: "wtsa", name: "World Telecommunication Standardization Assembly", acronym: "WTSA", kind: "OTHER", parent: "ITU-T" },
  // ITU's other conferences, and the six regional telecommunication organizations that send them common proposals.
  "PP": { id: "itu-pp", name: "ITU Plenipotentiary Conference", acronym: "PP", kind: "OTHER", parent: "ITU" },
  "WTDC": { id: "wtdc", name: "World Telecommunication Development Conference", acronym: "WTDC", kind: "OTHER", parent: "ITU-D" },
  "WRC": { id: "wrc", name: "World Radiocommunication Conference", acronym: "WRC", kind: "OTHER", parent: "ITU-R" },
  "APT": { id: "apt", name: "Asia-Pacific Telecommunity", acronym: "APT", kind: "REGIONAL_ORGANIZATION" },
  "CEPT": { id: "cept", name: "European Conference of Postal and Telecommunications Administrations", acronym: "CEPT", kind: "REGIONAL_ORGANIZATION" },
  "CITEL": { id: "citel", name: "Inter-American Telecommunication Commission", acronym: "CITEL", kind: "REGIONAL_ORGANIZATION" },
  "ATU": { id: "atu", name: "African Telecommunications Union", acronym: "ATU", kind: "REGIONAL_ORGANIZATION" },
  "ASMG": { id: "asmg", name: "Arab Spectrum Management Group", acronym: "ASMG", kind: "REGIONAL_ORGANIZATION" },
  "RCC": { id: "rcc", name: "Regional Commonwealth in the Field of Communications", acronym: "RCC", kind: "REGIONAL_ORGANIZATION" },
};

/** Roots whose acronym alone is too short or common to read as the body ("PP"). */
const NAME_ONLY_ROOTS = new Set(["PP"]);

/** Other names of the family roots, found in text even when the graph does not hold them yet. */
const ROOT_NAMES: Array<[string, string]> = [
  ...Object.entries(ROOTS).flatMap(([k, r]) => [[r.name, k] as [string, string], ...(NAME_ONLY_ROOTS.has(k) ? [] : [[r.acronym, k] as [string, string]])]),
  ["Plenipotentiary Conference", "PP"],
  ["ITU Telecommunication Standardization Sector", "ITU-T"], ["Telecommunication Standardization Sector", "ITU-T"],
  ["ITU Radiocommunication Sector", "ITU-R"], ["Radiocommunication Sector", "ITU-R"], ["ITU Telecommunication Development Sector", "ITU-D"],
  ["Telecommunication Development Sector", "ITU-D"], ["IEEE-SA", "IEEE SA"], ["IEEE Standards Association", "IEEE SA"],
  ["World Wide Web Consortium", "W3C"], ["3rd Generation Partnership Project", "3GPP"], ["ITU-T TSAG", "TSAG"],
  ["ITU Telecommunication Standardization Advisory Group", "TSAG"], ["International Organisation for Standardisation", "ISO"],
];

const KIND_RULES: Array<[RegExp, OrganizationKind]> = [
  [/Study Group/i, "STUDY_GROUP"], [/Focus Group/i, "FOCUS_GROUP"], [/Joint Coordination Activity/i, "JOINT_COORDINATION_ACTIVITY"],
  [/Advisory Group/i, "ADVISORY_GROUP"], [/Working Group|\bWG\b/i, "WORKING_GROUP"], [/Task Group|\bTG\b/i, "TASK_GROUP"],
  [/Evaluation Group/i, "EVALUATION_GROUP"], [/Community Group/i, "COMMUNITY_GROUP"], [/Standards Committee/i, "STANDARDS_COMMITTEE"],
  [/Subcommittee|Sub-committee/i, "SUBCOMMITTEE"], [/Technical Committee/i, "TECHNICAL_COMMITTEE"], [/Bureau/i, "BUREAU"],
  [/\bSector\b/i, "SECTOR"], [/Forum/i, "INDUSTRY_FORUM"], [/Consortium|Partnership Project|Alliance/i, "CONSORTIUM"],
  [/University|Academy/i, "UNIVERSITY"], [/Institute|Laborator|\bLab\b|Research/i, "RESEARCH_INSTITUTE"],
  [/Ministry|Department|Administration/i, "ADMINISTRATION"], [/Authority|Regulat|Commission\b.*\b(Communications|Telecom)|Communications.*Commission/i, "REGULATOR"],
  [/United Nations|\bUN\b|World .* Organi[sz]ation/i, "UN_ENTITY"], [/Corporation|Company|\bInc\b|\bLtd\b|\bAB\b|GmbH/i, "COMPANY"],
  [/Initiative|Project/i, "PROJECT"], [/Standards? (Development )?Organi[sz]ation|Standards Institute/i, "SDO"],
];

export function guessKind(name: string): OrganizationKind {
  for (const [re, kind] of KIND_RULES) if (re.test(name)) return kind;
  return "OTHER";
}

interface IndexEntry {
  key: string;
  label: string;
  reason: MatchReason;
  /** Printed as an acronym (compared case-sensitively when short). */
  exact?: string;
}

/**
 * Finds organizations in text and resolves each to an existing body (by id, name, acronym or
 * alias, however spaced and punctuated) or to a new body proposed once per document.
 */
export class OrganizationResolver {
  private readonly byCompact = new Map<string, IndexEntry[]>();
  private readonly rows = new Map<string, OrganizationRow>();
  /** New bodies of this document, by id. */
  readonly created = new Map<string, NewOrganization>();
  private readonly createdByCompact = new Map<string, string>();
  private readonly maxTokens = 14;
  /** Root bodies the graph does not hold, by compact name: proposed when named. */
  private readonly rootsByCompact = new Map<string, string>();

  /**
   * The ITU sector a designation that names none belongs to ("Study Group 2" in a BDT circular is
   * ITU-D's): the sector named just before it in the same text, else this document's (failure
   * class 7). Set by the caller from the document (`documentSector`); ITU-T when unknown.
   */
  defaultSector: Sector = "ITU-T";

  constructor(organizations: OrganizationRow[]) {
    for (const o of organizations) {
      this.rows.set(o.id, o);
      const add = (text: string | undefined, reason: MatchReason) => {
        if (!text) return;
        const c = compactForm(text);
        if (c.length < 2) return;
        const list = this.byCompact.get(c) ?? [];
        if (!list.some((e) => e.key === o.id)) list.push({ key: o.id, label: o.name, reason, ...(reason === "ACRONYM" || text.length <= 4 ? { exact: text } : {}) });
        this.byCompact.set(c, list);
      };
      add(o.name, "NAME");
      add(o.acronym, "ACRONYM");
      for (const a of o.aliases) add(a, "ALIAS");
      add(o.id, "KEY");
    }
    for (const [name, root] of ROOT_NAMES) {
      const c = compactForm(name);
      if (!this.byCompact.has(c)) this.rootsByCompact.set(c, root);
    }
  }

  row(key: string): OrganizationRow | undefined {
    return this.rows.get(key);
  }

  label(key: string): string {
    return this.rows.get(key)?.name ?? this.created.get(key)?.name ?? key;
  }

  /** Every body known: the graph's and those proposed so far. */
  keys(): string[] {
    return [...this.rows.keys(), ...this.created.keys()];
  }

  parentOf(key: string): string | undefined {
    return this.rows.get(key)?.partOf ?? this.created.get(key)?.partOf;
  }

  /** Existing bodies known by this exact text (compact form). */
  lookup(text: string, printed = text): IndexEntry[] {
    const list = this.byCompact.get(compactForm(text)) ?? [];
    return list.filter((e) => !e.exact || compactForm(e.exact).length > 3 || printed.trim() === e.exact.trim() || printed.toUpperCase() === printed);
  }

  /** An existing or already-proposed body by one of the forms, or undefined. */
  find(forms: string[]): { key: string; existing: boolean; reason?: MatchReason; candidates?: IndexEntry[] } | undefined {
    for (const f of forms) {
      const hits = this.lookup(f);
      if (hits.length === 1) return { key: hits[0]!.key, existing: true, reason: hits[0]!.reason };
      if (hits.length > 1) return { key: hits[0]!.key, existing: true, reason: hits[0]!.reason, candidates: hits };
    }
    for (const f of forms) {
      const id = this.createdByCompact.get(compactForm(f));
      if (id) return { key: id, existing: false };
    }
    return undefined;
  }

  /**
   * Whether `name` is only part of a longer name of a body the graph holds or this document
   * proposed ("Tides Ministry" of "Tides Ministry of Ruritania", "Buoy Metrics" of "Buoy Metrics
   * Working Group"): a shorter reading of the same body, never a body of its own.
   */
  insideAKnownName(name: string): boolean {
    const c = compactForm(name);
    if (c.length < 4) return false;
    for (const k of this.byCompact.keys()) if (k.length > c.length && k.includes(c)) return true;
    for (const k of this.createdByCompact.keys()) if (k.length > c.length && k.includes(c)) return true;
    return false;
  }

  /** Proposes a new body (once: a second mention with another spelling adds an alias). */
  propose(draft: Omit<NewOrganization, "aliases" | "id"> & { id?: string; aliases?: string[] }): string {
    const forms = [draft.name, draft.acronym, ...(draft.aliases ?? [])].filter((f): f is string => !!f);
    // A designation's short acronym ("SG5") is shared by bodies of several families: not an identity.
    const known = this.find(draft.id ? forms.filter((f) => f !== draft.acronym) : forms);
    if (known) {
      if (!known.existing) this.addAlias(known.key, forms);
      return known.key;
    }
    let id = draft.id ?? slug(draft.acronym ?? draft.name);
    if (!id) id = "organization";
    let unique = id;
    for (let n = 2; this.rows.has(unique) || this.created.has(unique); n++) unique = `${id}-${n}`;
    const entry: NewOrganization = { ...draft, id: unique, aliases: [] };
    this.created.set(unique, entry);
    this.addAlias(unique, forms);
    return unique;
  }

  private addAlias(id: string, forms: string[]) {
    const entry = this.created.get(id)!;
    for (const f of forms) {
      const c = compactForm(f);
      if (!this.createdByCompact.has(c)) this.createdByCompact.set(c, id);
      if (f !== entry.name && f !== entry.acronym && !entry.aliases.includes(f)) entry.aliases.push(f);
    }
  }

  /** A family root or designation ("ITU-T", "JTC 1/SC 27"), resolved or proposed. */
  resolveDesignation(text: string, where: { locator: string; quote: string }): string | undefined {
    const root = ROOTS[text];
    if (root) {
      const hit = this.find([root.acronym, root.name, text]);
      if (hit) return hit.key;
      const parent = root.parent ? this.resolveDesignation(root.parent, where) : undefined;
      return this.propose({ id: root.id, name: root.name, acronym: root.acronym, kind: root.kind, ...(parent ? { partOf: parent } : {}), ...where });
    }
    for (const d of DESIGNATIONS) {
      d.re.lastIndex = 0;
      const m = d.re.exec(text);
      if (m && m[0].length >= text.length - 2) return this.fromDesignation(d, m, where)?.key;
    }
    const hit = this.find([text]);
    return hit?.key;
  }

  /** A designation written whole ("ITU-D Study Group 2"), read by the first pattern that takes all of it. */
  private resolveSingular(designation: string, where: { locator: string; quote: string }, sector?: Sector) {
    for (const d of DESIGNATIONS) {
      d.re.lastIndex = 0;
      const m = d.re.exec(designation);
      if (m && m.index === 0 && m[0] === designation) return this.fromDesignation(d, m, where, sector);
    }
    return undefined;
  }

  private fromDesignation(d: Designation, m: RegExpExecArray, where: { locator: string; quote: string }, sector?: Sector) {
    const built = d.build(m, sector ?? this.defaultSector);
    if (!built) return undefined;
    // A bare form ("WP 1/4", "Study Group 2") is looked up as printed only in ITU-T's family, the
    // one bare forms have always meant; another sector's is looked up with its sector.
    const qualified = /^ITU-[TRD]\b/.test(m[0]) || (sector ?? this.defaultSector) === "ITU-T" || !built.id.startsWith("itu-");
    const hit = this.find([...(qualified ? [m[0]] : []), ...built.forms]);
    if (hit) return { ...hit, printed: m[0] };
    const parent = built.parent ? (built.parentIfKnown ? this.find([built.parent])?.key : this.resolveDesignation(built.parent, where)) : undefined;
    const key = this.propose({
      id: built.id, name: built.name, ...(built.acronym ? { acronym: built.acronym } : {}), kind: built.kind,
      aliases: qualified && m[0] !== built.name && m[0] !== built.acronym ? [m[0]] : [], ...(parent ? { partOf: parent } : {}), ...where,
    });
    return { key, existing: false, printed: m[0] };
  }

  /** "Cristina Martinez (European Commission)": a person's line kept as an alias is not the body's name. */
  private isPersonLine(printed: string, key: string): boolean {
    const before = printed.split("(")[0]!.trim();
    return printed.includes("(") && !this.lookup(before).some((e) => e.key === key) && /^[\p{Lu}][\p{L}'’-]+\s+[\p{Lu}][\p{L}'’-]+$/u.test(before);
  }

  /** Whether the word right before `start` is an acronym-like qualifier ("MPEG-I") that is neither a body nor part of `label`. */
  private isForeignQualified(text: string, start: number, label: string): boolean {
    const qualifier = /(?:^|[\s(])([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|[A-Z]{2,}[0-9]*) $/.exec(text.slice(Math.max(0, start - 24), start))?.[1];
    if (!qualifier) return false;
    if (this.find([qualifier]) || this.rootsByCompact.has(compactForm(qualifier))) return false;
    return !compactForm(label).includes(compactForm(qualifier));
  }

  /** Spans of four or more words that are exactly a name or alias of one existing body. */
  private knownSpans(text: string): Array<Span & { key: string; printed: string; reason: MatchReason }> {
    const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((t) => ({ start: t.index, end: t.index + t[0].length, c: compactForm(t[0]) }));
    const out: Array<Span & { key: string; printed: string; reason: MatchReason }> = [];
    for (let i = 0; i < tokens.length; i++) {
      let compact = "";
      let best: (Span & { key: string; printed: string; reason: MatchReason }) | undefined;
      for (let j = i; j < Math.min(tokens.length, i + 16); j++) {
        compact += tokens[j]!.c;
        if (j - i < 3) continue;
        const hits = this.byCompact.get(compact);
        if (hits && hits.length === 1) best = { start: tokens[i]!.start, end: tokens[j]!.end, key: hits[0]!.key, printed: text.slice(tokens[i]!.start, tokens[j]!.end), reason: hits[0]!.reason };
      }
      if (best) {
        const printed = text.slice(best.start, best.end);
        if (text[best.end] === ")" && printed.split("(").length > printed.split(")").length) best.end += 1;
        best.printed = text.slice(best.start, best.end);
        // "Cristina Martinez (European Commission)": a person's line kept as an alias is not the body's name.
        if (this.isPersonLine(best.printed, best.key)) continue;
        // "ISO/IEC JTC1/SC27/WG2": a longer designation goes on; let the patterns read it whole.
        if (/^\s*\/\s*[A-Za-z0-9]/.test(text.slice(best.end))) continue;
        out.push(best);
        while (i + 1 < tokens.length && tokens[i + 1]!.start < best.end) i++;
      }
    }
    return out;
  }

  /** Every organization named in the text, longest and most specific first, without overlaps. */
  scan(text: string, where: { locator: string; quote?: string }): OrgMention[] {
    const quote = where.quote ?? text;
    const found = new DisjointSpans<OrgMention>();
    const free = (s: Span) => found.free(s);
    const push = (m: OrgMention) => {
      found.add(m);
    };

    // 0. Long names the graph knows (curated aliases with titles, parentheses and all) come first,
    // but for one inside a longer "Full Name (ACR)" that stands for another body ("Committee on
    // Relations with the Known Union (Com-KU)"): that whole name is one body, read at step 1.
    const acronymed = [...namedWithAcronym(text), ...acronymThenName(text)].sort((a, b) => a.start - b.start);
    for (const k of this.knownSpans(text)) {
      const inside = acronymed.find((h) => h.start <= k.start && h.end >= k.end && (h.start < k.start || h.end > k.end));
      if (inside && this.find([inside.acronym])?.key !== k.key && this.find([inside.name])?.key !== k.key) continue;
      push({ ...k, existing: true });
    }

    // 0b. "Kind of Body (KB) Its Name (IN)": one body, "KB IN" (recognize/typed-name.ts).
    for (const hit of typedNames(text)) {
      if (!free(hit)) continue;
      const known = this.find(hit.forms);
      const key = known?.key ?? this.propose({
        name: hit.name, acronym: hit.acronym, kind: guessKind(hit.typeName), aliases: hit.forms.filter((f) => f !== hit.name && f !== hit.acronym),
        locator: where.locator, quote,
      });
      push({ start: hit.start, end: hit.end, key, printed: text.slice(hit.start, hit.end), existing: !!known?.existing, ...(known?.reason ? { reason: known.reason } : {}), ...(known ? candidatesOf(known) : {}) });
    }

    // 1. "Long Name (ACRONYM)".
    for (const hit of acronymed) {
      if (!free(hit)) continue;
      const forms = [`${hit.name} (${hit.acronym})`, hit.name, hit.acronym];
      const known = this.find(forms) ?? this.find([hit.prefix ? `${hit.prefix} ${hit.name}` : hit.name]);
      if (known) {
        push({ start: hit.start, end: hit.end, key: known.key, printed: text.slice(hit.start, hit.end), existing: known.existing, ...(known.reason ? { reason: known.reason } : {}), ...candidatesOf(known) });
        continue;
      }
      // A designation inside the acronym ("(FG-MV)") names the same body.
      let viaDesignation: { key: string; existing: boolean } | undefined;
      for (const d of DESIGNATIONS) {
        d.re.lastIndex = 0;
        const m = d.re.exec(hit.acronym);
        if (m && m[0] === hit.acronym) viaDesignation = this.fromDesignation(d, m, { locator: where.locator, quote });
      }
      if (viaDesignation) {
        if (!viaDesignation.existing) this.addAlias(viaDesignation.key, [hit.name, `${hit.name} (${hit.acronym})`]);
        push({ start: hit.start, end: hit.end, key: viaDesignation.key, printed: text.slice(hit.start, hit.end), existing: viaDesignation.existing });
        continue;
      }
      if (!namesABody(hit.name) || isVenueName(hit.name)) continue;
      const name = hit.prefix ? `${hit.prefix} ${hit.name}` : hit.name;
      const parentRoot = hit.prefix && ROOTS[hit.prefix] ? this.resolveDesignation(hit.prefix, { locator: where.locator, quote }) : undefined;
      const key = this.propose({
        name, acronym: hit.acronym, kind: guessKind(name), aliases: [`${hit.name} (${hit.acronym})`, hit.name].filter((a) => a !== name),
        ...(parentRoot ? { partOf: parentRoot } : {}), locator: where.locator, quote,
      });
      push({ start: hit.start, end: hit.end, key, printed: text.slice(hit.start, hit.end), existing: false });
    }

    // 1b. Plural and coordinated designations ("ITU-D Study Groups 1 and 2", "JTC 1/SC 29/WG 7 and
    // WG 3"): one body per member, read as its singular form (recognize/coordinated-designations.ts).
    for (const member of coordinatedDesignations(text)) {
      if (!free(member)) continue;
      const sector = (member.sector as Sector | undefined) ?? sectorBefore(text, member.start);
      const r = this.resolveSingular(member.designation, { locator: where.locator, quote }, sector);
      if (r) push({ start: member.start, end: member.end, key: r.key, printed: text.slice(member.start, member.end), existing: r.existing, ...(r.reason ? { reason: r.reason } : {}), ...candidatesOf(r) });
    }

    // 2. Designations (ITU-T SG17, JTC 1/SC 27/WG 2, Q6/17, IEC TC 100…).
    for (const d of DESIGNATIONS) {
      d.re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = d.re.exec(text))) {
        const span = { start: m.index, end: m.index + m[0].length };
        if (!free(span)) continue;
        // "ITU-T Study Group 21": let the gazetteer see the longer printed form first.
        const r = this.fromDesignation(d, m, { locator: where.locator, quote }, sectorBefore(text, m.index));
        if (r) push({ ...span, key: r.key, printed: m[0], existing: r.existing, ...(r.reason ? { reason: r.reason } : {}), ...candidatesOf(r) });
      }
    }

    // 2b. Organs of a family or of a body the graph or the document knows by its acronym ("the ITU
    // Regional Offices", "IEEE SA Standards Board", "the XY General Assembly"; recognize/body-organ.ts).
    for (const m of bodyOrgans(text)) {
      const span = { start: m.start, end: m.end };
      if (!free(span)) continue;
      const known = this.find([m.name]);
      const parent = known ? undefined : ROOTS[m.owner] ? this.resolveDesignation(m.owner, { locator: where.locator, quote }) : this.find([m.owner])?.key;
      if (!known && !parent) continue;
      const key = known?.key ?? this.propose({ name: m.name, kind: "OTHER", aliases: [], ...(parent ? { partOf: parent } : {}), locator: where.locator, quote });
      push({ ...span, key, printed: m.name, existing: !!known?.existing, ...(known?.reason ? { reason: known.reason } : {}) });
    }
    // 2c. A named initiative or programme: "the ITU-UNICC Global initiative on “Virtual Worlds – Discovering the Citiverse”".
    for (const m of text.matchAll(/\b((?:[A-Z][\w-]*\s+){0,3}(?:[Gg]lobal\s+)?(?:[Ii]nitiative|[Pp]rogramme))\s+on\s+[“"]([^”"]{3,100})[”"]/g)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!free(span)) continue;
      const name = m[2]!.trim();
      const whole = `${m[1]!.trim()} on ${name}`;
      const known = this.find([name, whole]);
      const key = known?.key ?? this.propose({ name, kind: "PROJECT", aliases: [whole], locator: where.locator, quote });
      push({ ...span, key, printed: m[0], existing: !!known?.existing, ...(known?.reason ? { reason: known.reason } : {}) });
    }

    // 3. Every name, acronym and alias the graph (or this document) already knows.
    const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((t) => ({ text: t[0], start: t.index, end: t.index + t[0].length }));
    for (let i = 0; i < tokens.length; i++) {
      if (!free(tokens[i]!)) continue;
      let best: { j: number; hits: IndexEntry[]; created?: string } | undefined;
      let compact = "";
      for (let j = i; j < Math.min(tokens.length, i + this.maxTokens); j++) {
        // Names do not run over sentence punctuation other than joiners.
        if (j > i && /[;:]|[.,]\s|\n/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
        if (!free(tokens[j]!)) break;
        compact += compactForm(tokens[j]!.text);
        const printed = text.slice(tokens[i]!.start, tokens[j]!.end);
        const hits = (this.byCompact.get(compact) ?? []).filter((e) => !e.exact || compact.length > 4 || printed === e.exact || (printed === printed.toUpperCase() && compact.length > 2));
        let created = this.createdByCompact.get(compact);
        const root = this.rootsByCompact.get(compact);
        if (!created && root && (compact.length > 3 || printed === printed.toUpperCase())) created = `root:${root}`;
        if (hits.length > 0 || created) best = { j, hits, ...(created ? { created } : {}) };
      }
      if (!best) continue;
      const start = tokens[i]!.start;
      const end = tokens[best.j]!.end;
      const printed = text.slice(start, end);
      // Single short lowercase words are ordinary words, not acronyms.
      if (best.j === i && printed.length <= 4 && printed !== printed.toUpperCase()) continue;
      // "ITU-T" in "Recommendation ITU-T Y.4239" names a text, not the body.
      if (/^\s+(?:[A-Z]\.\d|[A-Z]{1,4}\.[a-z]|\d{3,5}\b)/.test(text.slice(end)) || /Recommendation\s+$/.test(text.slice(Math.max(0, start - 16), start))) {
        i = best.j;
        continue;
      }
      if (best.hits.length > 0 && this.isPersonLine(printed, best.hits[0]!.key)) continue;
      // "Springfield, CA, USA", "Lakeside, TX 78701": a two-letter code in an address is a state, not a body's acronym.
      if (best.j === i && /^[A-Z]{2}$/.test(printed) && /\p{Lu}[\p{L}.]+,\s*$/u.test(text.slice(Math.max(0, start - 30), start))
        && /^\s*(?:,\s*(?:USA|U\.S\.A?\.?|US|United States|Canada|Australia)\b|\s+\d{5}\b)/.test(text.slice(end))) continue;
      // "16:58:57 CST", "at 14:00 CET": an acronym right after a clock time is its time zone, not a body.
      if (best.j === i && /^[A-Z]{2,5}$/.test(printed) && /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?\s*)?$/i.test(text.slice(Math.max(0, start - 16), start))) continue;
      // "MPEG-I ARF": a bare acronym right after another family's acronym-like qualifier is a
      // compound name (a series' format), not the body the graph knows by the acronym alone;
      // "ETSI ARF", "ITU-T TSB" (a qualifier the body's name holds, or a body itself) stay.
      if (best.j === i && best.hits.length > 0 && this.isForeignQualified(text, start, best.hits[0]!.label)) continue;
      if (best.hits.length > 0) {
        const [first] = best.hits;
        push({
          start, end, key: first!.key, printed, existing: true, reason: first!.reason,
          ...(best.hits.length > 1 ? { candidates: best.hits.map((h) => ({ key: h.key, label: h.label })) } : {}),
        });
      } else if (best.created?.startsWith("root:")) {
        const key = this.resolveDesignation(best.created.slice(5), { locator: where.locator, quote });
        if (key) push({ start, end, key, printed, existing: false });
      } else if (best.created) push({ start, end, key: best.created, printed, existing: false });
      i = best.j;
    }

    const mentions = [...found.items];
    for (const f of mentions) {
      const after = /^\s*[–—-]\s+([^–—·•;]+)$/.exec(text.slice(f.end));
      if (after && after[1]!.length < 120) f.title = after[1]!.trim();
    }
    return mentions;
  }
}

/**
 * A sector named by its acronym, or in words before one of its own bodies ("Radiocommunication
 * Study Group 7", "the Telecommunication Development Bureau"): an older document's way.
 */
const SECTOR_NAMED = /\bITU-([TRD])\b|\b(Radiocommunication|Telecommunication Standardi[sz]ation|Telecommunication Development)\s+(?:Bureau|Sector|Study Groups?|Assembly|Advisory Group)\b/g;

function sectorOf(letter: string | undefined, words: string | undefined): Sector {
  if (letter) return `ITU-${letter}` as Sector;
  return words === "Radiocommunication" ? "ITU-R" : words === "Telecommunication Development" ? "ITU-D" : "ITU-T";
}

/** The sector named last before `at` in the same sentence or line ("ITU-D Study Group 1 and … Study Group 2"). */
export function sectorBefore(text: string, at: number): Sector | undefined {
  const window = text.slice(Math.max(0, at - 200), at);
  const clause = window.slice(Math.max(0, window.search(/[^.;\n]*$/)));
  // "Radiocommunication Study Group 7": the sector's word right before the designation.
  const right = /\b(Radiocommunication|Telecommunication Standardi[sz]ation|Telecommunication Development)\s+$/.exec(window);
  if (right) return sectorOf(undefined, right[1]);
  const all = [...clause.matchAll(SECTOR_NAMED)];
  const last = all[all.length - 1];
  return last ? sectorOf(last[1], last[2]) : undefined;
}

/**
 * The sector a document is written in: the one its text names most (its bureau counting for it:
 * TSB, BR, BDT), ITU-T on a tie or when it names none.
 */
export function documentSector(text: string): Sector {
  const counts: Record<Sector, number> = { "ITU-T": 0, "ITU-R": 0, "ITU-D": 0 };
  for (const m of text.matchAll(/\b(?:ITU-([TRD])|(TSB|BR|BDT))\b/g)) {
    const sector: Sector = m[1] ? (`ITU-${m[1]}` as Sector) : m[2] === "BDT" ? "ITU-D" : m[2] === "BR" ? "ITU-R" : "ITU-T";
    counts[sector]++;
  }
  for (const m of text.matchAll(SECTOR_NAMED)) if (!m[1]) counts[sectorOf(undefined, m[2])]++;
  const best = (["ITU-R", "ITU-D"] as const).filter((s) => counts[s] > counts["ITU-T"]).sort((a, b) => counts[b] - counts[a])[0];
  return best ?? "ITU-T";
}

function candidatesOf(hit: { candidates?: IndexEntry[] }): { candidates?: Array<{ key: string; label: string }> } {
  return hit.candidates && hit.candidates.length > 1 ? { candidates: hit.candidates.map((c) => ({ key: c.key, label: c.label })) } : {};
}

/**
 * "IMTC (International Multimedia Telecommunication Consortium)": an acronym followed by the name
 * it stands for, in parentheses (the capitalized words' initials spell the acronym, in order).
 */
export function acronymThenName(text: string): Array<{ name: string; acronym: string; prefix?: string; start: number; end: number }> {
  const out: Array<{ name: string; acronym: string; prefix?: string; start: number; end: number }> = [];
  for (const m of text.matchAll(/\b([A-Z][A-Z0-9&-]{1,11})\s*\(([\p{Lu}][^()]{4,119})\)/gu)) {
    const acronym = m[1]!;
    const name = m[2]!.trim();
    const capitals = name.split(/\s+/).filter((w) => /^[\p{Lu}\d]/u.test(w)).map((w) => w[0]!.toUpperCase()).join("");
    const letters = acronym.replace(/[^A-Z0-9]/g, "");
    if (capitals.length < 2 || capitals.length > letters.length + 1 || !capitals.startsWith(letters[0]!)) continue;
    let i = 0;
    for (const ch of letters) if (ch === capitals[i]) i++;
    if (i < capitals.length || i < letters.length * 0.6) continue;
    out.push({ name, acronym, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const PREFIXES = ["ITU-T", "ITU-R", "ITU-D", "ITU", "ISO/IEC", "ISO", "IEC", "IEEE", "IEEE-SA", "IEEE SA", "ETSI", "W3C", "3GPP", "UN", "IETF"];

const ACRONYM_LOOKBACK = 600;

/** "Electronics and Telecommunications Research Institute (ETRI)": the name whose initials fit the acronym. */
export function namedWithAcronym(text: string): Array<{ name: string; acronym: string; prefix?: string; start: number; end: number }> {
  const out: Array<{ name: string; acronym: string; prefix?: string; start: number; end: number }> = [];
  const re = /\(([A-Z][A-Za-z0-9&/-]{1,15}(?:\s[A-Z0-9][A-Za-z0-9&/-]{0,10}){0,2})\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const acronym = m[1]!;
    if (!/[A-Z].*[A-Z]|^[A-Z][a-z]*[A-Z0-9]/.test(acronym)) continue;
    // "(European Commission)", "(Open)": words, not an acronym.
    if (acronym.split(/\s+/).some((t) => /^[A-Z][a-z]{2,}$/.test(t))) continue;
    // The name is at most 17 words before the "(": read a window of text, not all of it (one
    // window per parenthesis keeps the scan linear). A word cut by the window's edge is dropped.
    const from = Math.max(0, m.index - ACRONYM_LOOKBACK);
    const before = text.slice(from, m.index).replace(/\s+$/, "");
    const words = [...before.matchAll(/[\p{L}\p{N}][\p{L}\p{N}&'’.\-/]*,?/gu)].map((w) => ({ text: w[0], start: from + w.index }));
    if (from > 0) words.shift();
    // Walk back over capitalized words and connectors.
    let k = words.length - 1;
    const run: Array<{ text: string; start: number }> = [];
    let lower = 0;
    while (k >= 0) {
      const w = words[k]!.text.replace(/,$/, "");
      const gap = text.slice(words[k]!.start + words[k]!.text.length, k + 1 < words.length ? words[k + 1]!.start : m.index);
      if (/[;:()"“”]/.test(gap) || (run.length > 0 && /[.]\s/.test(gap))) break;
      if (/^\p{Lu}|^\d/u.test(w) || /^(of|on|for|and|the|de|des|du|la|&|in|with)$/.test(w)) run.unshift(words[k]!);
      else if (lower < 2 && run.length > 0 && k > 0 && /^(on|for|of)$/.test(words[k - 1]!.text)) { run.unshift(words[k]!); lower++; }
      else if (lower < 1 && run.length === 0 && k > 0 && /^(on|for|of)$/i.test(words[k - 1]!.text)) { run.unshift(words[k]!); lower++; }
      else break;
      k--;
      if (run.length > 16) break;
    }
    while (run.length > 0 && /^(of|on|for|and|the|de|des|du|la|&|in|with)$/i.test(run[0]!.text)) run.shift();
    if (run.length === 0) continue;
    // "(ITU-T TSAG)": the last word is the body's own acronym.
    const own = acronym.includes(" ") ? acronym.split(/\s+/).pop()! : acronym;
    const letters = own.replace(/[^A-Za-z0-9]/g, "").toUpperCase();
    // Choose the start whose initials cover the acronym best (first letter first).
    let bestStart = -1;
    let bestScore = 0;
    for (let s = 0; s < run.length; s++) {
      const initials = run.slice(s).map((w) => w.text[0]!.toUpperCase()).join("");
      if (initials[0] !== letters[0]) continue;
      let i = 0;
      for (const ch of initials) if (ch === letters[i]) i++;
      let score = i / letters.length;
      // Or every capitalized word's initial is in the acronym, in order ("United Nations Children's Fund (UNICEF)").
      const capitals = run.slice(s).filter((w) => /^[\p{Lu}\d]/u.test(w.text)).map((w) => w.text[0]!.toUpperCase());
      let k2 = 0;
      for (const ch of letters) if (ch === capitals[k2]) k2++;
      if (capitals.length >= 2 && k2 === capitals.length) score = Math.max(score, 0.7);
      if (score >= 0.6 && score >= bestScore) { bestScore = score; bestStart = s; }
    }
    // Else the latest start whose words give the acronym by word starts and whole words ("Com-ITU").
    for (let s = run.length - 2; bestStart < 0 && s >= 0; s--) {
      if (abbreviates(run.slice(s).map((w) => w.text), own)) bestStart = s;
    }
    if (bestStart < 0) continue;
    let startWord = run[bestStart]!;
    let prefix: string | undefined;
    const name = text.slice(startWord.start, m.index).replace(/[\s,]+$/, "");
    // A family prefix right before it ("ITU-T Focus Group…").
    const head = text.slice(Math.max(0, startWord.start - 10), startWord.start);
    const pm = /(ITU-[TRD]|ISO\/IEC|ISO and IEC|IEEE-SA|IEEE|ETSI|W3C|3GPP|ITU|ISO|IEC)\s+$/.exec(text.slice(Math.max(0, startWord.start - 14), startWord.start));
    void head;
    if (pm && (PREFIXES.includes(pm[1]!) || pm[1] === "ISO and IEC") && !name.startsWith(pm[1]!)) {
      prefix = pm[1]!;
      startWord = { text: prefix, start: startWord.start - pm[0].length };
    }
    // "… Group (JSEG) on metaverse": the subject after the acronym is part of the name.
    const tail = /^\s+on\s+([a-z][\w-]+)\b/.exec(text.slice(m.index + m[0].length));
    const end = m.index + m[0].length + (tail ? tail[0].length : 0);
    out.push({ name: tail ? `${name.trim()} (${acronym}) on ${tail[1]}` : name.trim(), acronym, ...(prefix ? { prefix } : {}), start: startWord.start, end });
  }
  return out;
}
