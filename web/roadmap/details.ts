// An item's details: what it is, its dates, who, what about, and the sources it comes from.
import type { Details, SourceRef } from "./api.js";
import { el, orgLabel, words } from "../shared/dom.js";

type Org = { name: string; acronym?: string | null } | null;
type Row = [string, string | Node | null | undefined];

export function renderDetails(node: Details): HTMLElement[] {
  const text = (name: string) => (node[name] === null || node[name] === undefined ? null : String(node[name]));
  const org = (name: string) => (node[name] ? orgLabel(node[name] as NonNullable<Org>) : null);
  const orgs = (name: string) => ((node[name] as NonNullable<Org>[] | undefined) ?? []).map(orgLabel).join(", ") || null;
  const names = (name: string) => ((node[name] as Array<{ name: string }> | undefined) ?? []).map((t) => t.name).join(", ") || null;

  let heading: string;
  let rows: Row[];
  if (node.__typename === "Deliverable") {
    heading = `${text("code")}: ${text("title")}`;
    rows = [
      ["Kind", words(text("deliverableKind"))],
      ["Status", words(text("deliverableStatus")) + (text("confidence") === "unconfirmed" ? " (unconfirmed)" : "")],
      ["Consented", text("consented")],
      ["Approved", text("approved")],
      ["Published", text("published")],
      ["Target", text("target")],
      ["Developed by", org("developedBy")],
      ["Topics", names("topics")],
      ["About", text("description")],
    ];
  } else if (node.__typename === "Event") {
    heading = String(text("name"));
    const deadlines = (node.deadlines as Array<{ kind: string; dueDate: string; description: string; submitTo: string | null }>) ?? [];
    rows = [
      ["Kind", words(text("eventKind"))],
      ["When", whenOf(node)],
      ["Where", [text("venue"), text("city"), text("country")].filter(Boolean).join(", ") || null],
      ["Meeting of", org("meetingOf")],
      ["Organized by", orgs("organizers")],
      ["Hosted by", orgs("hosts")],
      ["Collocated with", ((node.collocatedWith as Array<{ name: string; start: string }>) ?? []).map((c) => `${c.name} (${c.start})`).join("; ") || null],
      ["Topics", names("topics")],
      [
        "Deadlines",
        deadlines.length
          ? el("ul", {}, deadlines.map((d) => el("li", {}, `${d.dueDate}: ${words(d.kind)}`, d.submitTo ? ` (to ${d.submitTo})` : "", el("br"), d.description)))
          : null,
      ],
      ["About", text("description")],
    ];
  } else {
    heading = text("acronym") ? `${text("acronym")}: ${text("name")}` : String(text("name"));
    rows = [
      ["Kind", words(text("organizationKind"))],
      ["Status", words(text("organizationStatus"))],
      ["Part of", org("parent")],
      ["Established", text("established")],
      ["Closed", text("closed")],
      ["Mandate", text("mandate")],
      ["About", text("description")],
      ["Website", text("website") ? link(text("website")!, text("website")!) : null],
      ["Mailbox", text("mailbox")],
    ];
  }
  return [
    el("h3", { id: "details-heading" }, heading),
    el("dl", {}, rows.filter(([, value]) => value).flatMap(([label, value]) => [el("dt", {}, label), el("dd", {}, value!)])),
    el("h4", {}, "Sources"),
    sources(node.sources),
  ];
}

/** Local time of the place where the source gives one (Geneva: Europe/Zurich), else the days. */
function whenOf(node: Details): string {
  const start = String(node.start);
  const end = String(node.end);
  const days = start === end ? start : `${start} – ${end}`;
  if (!node.startsAt || !node.timezone) return days;
  const timeZone = String(node.timezone);
  const time = (iso: unknown) => new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit" }).format(new Date(String(iso)));
  return `${days}, ${time(node.startsAt)}${node.endsAt ? `–${time(node.endsAt)}` : ""} local time (${timeZone})`;
}

function sources(refs: SourceRef[]): HTMLElement {
  if (!refs.length) return el("p", {}, "No source recorded.");
  return el(
    "ul",
    { class: "sources" },
    refs.map((s) => {
      const title = s.document ? [s.document.reference, s.document.title].filter(Boolean).join(", ") : s.ref;
      const place = s.locator ? ` [${s.locator}]` : "";
      return el("li", {}, s.document?.url ? link(s.document.url, title) : title, place);
    }),
  );
}

function link(href: string, text: string): HTMLElement {
  // Only web addresses become links (a stored value could be anything).
  return /^https?:\/\//i.test(href) ? el("a", { href, rel: "noopener noreferrer", target: "_blank" }, text) : el("span", {}, text);
}
