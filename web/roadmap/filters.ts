// The page's filters: read from and written to the form and the address (so a view can be
// shared as a link), and turned into API variables and export links.
import type { DownloadLink } from "../shared/downloads.js";
import type { RoadmapVariables } from "./api.js";

type DeliverableStatus = NonNullable<RoadmapVariables["statuses"]>[number];

export type View = "timeline" | "network";
export type Lanes = "series" | "topic" | "organization";

export interface Filters {
  view: View;
  org: string;
  topic: string;
  status: string;
  from: string;
  to: string;
  deliverables: boolean;
  events: boolean;
  lanes: Lanes;
  /** Words in a deliverable's code, title or former references, or an event's name. */
  q: string;
  /** By series: the page of series shown (1 is the first). */
  page: number;
  /**
   * By series: the series the reader opened and closed (their keys). Without either, a page's
   * series are all open when few items match, else all closed.
   */
  open: string[];
  shut: string[];
  /** The network: at most this many of a topic's bodies (NETWORK_SIZES), the most active first. */
  size: number;
}

/** How far the network widens, step by step: the first is the default. */
export const NETWORK_SIZES = [80, 160, 320, 500] as const;

const LANES: readonly Lanes[] = ["series", "topic", "organization"];
const laneOf = (value: string | null | undefined): Lanes => (LANES.includes(value as Lanes) ? (value as Lanes) : "series");

/** The body the network view centres on when no organization is chosen: the JCA on Metaverse. */
export const DEFAULT_HOME = "jca-mv";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFromAddress(search: string): Filters {
  const q = new URLSearchParams(search);
  const date = (name: string) => (DATE.test(q.get(name) ?? "") ? q.get(name)! : "");
  return {
    view: q.get("view") === "network" ? "network" : "timeline",
    org: q.get("org") ?? "",
    topic: q.get("topic") ?? "",
    status: q.get("status") ?? "",
    from: date("from"),
    to: date("to"),
    deliverables: q.get("deliverables") !== "false",
    events: q.get("events") !== "false",
    lanes: laneOf(q.get("lanes")),
    q: (q.get("q") ?? "").slice(0, 200),
    page: Math.max(1, Math.floor(Number(q.get("page"))) || 1),
    open: q.getAll("open").filter(Boolean),
    shut: q.getAll("shut").filter(Boolean),
    size: NETWORK_SIZES.find((n) => n === Number(q.get("size"))) ?? NETWORK_SIZES[0],
  };
}

/** Only what differs from the defaults, so links stay short. */
export function addressOf(filters: Filters): string {
  const q = new URLSearchParams();
  if (filters.view !== "timeline") q.set("view", filters.view);
  for (const name of ["org", "topic", "status", "from", "to"] as const) if (filters[name]) q.set(name, filters[name]);
  if (!filters.deliverables) q.set("deliverables", "false");
  if (!filters.events) q.set("events", "false");
  if (filters.lanes !== "series") q.set("lanes", filters.lanes);
  if (filters.q) q.set("q", filters.q);
  if (filters.view === "network" && filters.size !== NETWORK_SIZES[0]) q.set("size", String(filters.size));
  if (filters.lanes === "series" && filters.page > 1) q.set("page", String(filters.page));
  if (filters.lanes === "series") {
    for (const key of filters.open) q.append("open", key);
    for (const key of filters.shut) q.append("shut", key);
  }
  const text = q.toString();
  return text ? `?${text}` : "";
}

/** The form's filters; what the form does not hold (the page of series, those open) from `previous`. */
export function readForm(form: HTMLFormElement, previous: Filters): Filters {
  const view = previous.view;
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "");
  return {
    view,
    org: text("org"),
    topic: text("topic"),
    status: text("status"),
    from: text("from"),
    to: text("to"),
    deliverables: data.get("deliverables") !== null,
    events: data.get("events") !== null,
    lanes: laneOf(text("lanes")),
    q: text("q").trim().slice(0, 200),
    page: previous.page,
    open: previous.open,
    shut: previous.shut,
    size: previous.size,
  };
}

/** Whether two sets of filters select the same items (then the page of series and those open are kept). */
export function sameSelection(a: Filters, b: Filters): boolean {
  return (["org", "topic", "status", "from", "to", "deliverables", "events", "lanes", "q"] as const).every((name) => a[name] === b[name]);
}

export function writeForm(form: HTMLFormElement, filters: Filters): void {
  const field = (name: string) => form.elements.namedItem(name);
  for (const name of ["org", "topic", "status", "from", "to", "q"] as const) (field(name) as HTMLInputElement | HTMLSelectElement).value = filters[name];
  (field("deliverables") as HTMLInputElement).checked = filters.deliverables;
  (field("events") as HTMLInputElement).checked = filters.events;
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="lanes"]')) radio.checked = radio.value === filters.lanes;
}

/** Variables of the roadmap query. */
export function roadmapVariables(filters: Filters): RoadmapVariables {
  const include = [...(filters.deliverables ? ["DELIVERABLE" as const] : []), ...(filters.events ? ["EVENT" as const] : [])];
  return {
    organizations: filters.org ? [filters.org] : null,
    topics: filters.topic ? [filters.topic] : null,
    // As the address gives it: a status the API does not know is refused by the API, naming it.
    statuses: filters.status ? [filters.status as DeliverableStatus] : null,
    from: filters.from || null,
    to: filters.to || null,
    include: include.length ? include : null,
    text: filters.q || null,
  };
}

export type Download = DownloadLink;

/** The exports for the current filters (the same filters the /export endpoints take). */
export function downloads(filters: Filters): Download[] {
  const link = (path: string, params: Array<[string, string]>) => {
    const q = new URLSearchParams(params.filter(([, value]) => value !== ""));
    const text = q.toString();
    return `/export/${path}${text ? `?${text}` : ""}`;
  };
  const org: Array<[string, string]> = [["org", filters.org]];
  const topic: Array<[string, string]> = [["topic", filters.topic]];
  const window: Array<[string, string]> = [["from", filters.from], ["to", filters.to]];
  const include: Array<[string, string]> = [
    ...(filters.deliverables === filters.events ? [] : [["include", filters.deliverables ? "deliverables" : "events"] as [string, string]]),
    ["q", filters.q],
  ];
  return [
    { label: "Contacts (CSV)", description: "people holding roles in the chosen bodies, one line per role", href: link("contacts.csv", [...org, ...topic]), needs: "ANALYST" },
    { label: "Contacts for Excel (CSV with BOM)", description: "the same list, so that Excel reads accents", href: link("contacts.csv", [...org, ...topic, ["bom", "true"]]), needs: "ANALYST" },
    { label: "Contacts (vCard)", description: "one card per person, for an address book", href: link("contacts.vcf", [...org, ...topic]), needs: "ANALYST" },
    { label: "Contacts (vCard 3.0, for Outlook)", description: "the same cards in vCard 3.0, for Outlook and older address books", href: link("contacts.vcf", [...org, ...topic, ["version", "3.0"]]), needs: "ANALYST" },
    { label: "Contacts (Excel)", description: "the same list as a spreadsheet, with the documents cited", href: link("contacts.xlsx", [...org, ...topic]), needs: "ANALYST" },
    { label: "Roadmap (CSV)", description: "the items shown on the timeline", href: link("roadmap.csv", [...org, ...topic, ["status", filters.status], ...window, ...include]) },
    {
      label: `Roadmap (Excel, a sheet per ${filters.lanes})`,
      description: "the items shown on the timeline as a spreadsheet: one sheet per lane of the timeline, real dates, filters and sources",
      href: link("roadmap.xlsx", [...org, ...topic, ["status", filters.status], ...window, ...include, ["lanes", filters.lanes]]),
    },
    { label: "Calendar (iCalendar)", description: "meetings and their deadlines, for a calendar", href: link("calendar.ics", [...org, ...topic, ...window]) },
  ];
}
