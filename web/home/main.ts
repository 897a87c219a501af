// The front door at /: what the graph holds and how current it is, the pages, the exports and the
// sign-in. Reads the GraphQL API's `summary`; built by Vite like the other pages.
import "../shared/base.css";
import "./page.css";
import { byId, el } from "../shared/dom.js";
import { downloadItems, type DownloadLink } from "../shared/downloads.js";
import { gql } from "../shared/graphql.js";
import { ApiError, graphql, type Viewer } from "../shared/session.js";
import { SignIn } from "../shared/sign-in.js";

const SUMMARY = gql(`query Summary { summary { entities { kind plural count } lastChangeAt dataAsOf today } }`);

const EXPORTS: DownloadLink[] = [
  { label: "Roadmap (CSV)", description: "deliverables and meetings, one line each", href: "/export/roadmap.csv" },
  { label: "Roadmap (Excel)", description: "the same as a spreadsheet, a sheet per topic, with sources", href: "/export/roadmap.xlsx" },
  { label: "Calendar (iCalendar)", description: "meetings and their deadlines, for a calendar", href: "/export/calendar.ics" },
  { label: "Contacts (CSV)", description: "people holding roles, one line per role", href: "/export/contacts.csv", needs: "ANALYST" },
  { label: "Contacts (Excel)", description: "the same list as a spreadsheet, with the documents cited", href: "/export/contacts.xlsx", needs: "ANALYST" },
  { label: "Contacts (vCard)", description: "one card per person, for an address book", href: "/export/contacts.vcf", needs: "ANALYST" },
  { label: "Contacts (vCard 3.0, for Outlook)", description: "the same cards for Outlook and older address books", href: "/export/contacts.vcf?version=3.0", needs: "ANALYST" },
];

let viewer: Viewer | null = null;
const signIn = new SignIn(byId("sign-in"), (signedIn) => {
  viewer = signedIn;
  byId("exports").replaceChildren(...downloadItems(EXPORTS, viewer, signIn, byId("download-status")));
});

const dateTime = (iso: string) => new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso)) + " UTC";

async function showSummary(): Promise<void> {
  const status = byId("summary-status");
  try {
    const { summary } = await graphql(SUMMARY);
    const total = summary.entities.reduce((sum, e) => sum + e.count, 0);
    status.textContent = `${total.toLocaleString("en-GB")} entities with their sources.`;
    byId("counts").replaceChildren(
      ...summary.entities.filter((e) => e.count > 0).map((e) => el("li", { "data-kind": e.kind }, el("strong", {}, e.count.toLocaleString("en-GB")), ` ${e.plural}`)),
    );
    byId("freshness").replaceChildren(
      el("dt", {}, "Data as of"),
      el("dd", { id: "data-as-of" }, summary.dataAsOf ? `${summary.dataAsOf} (the newest source document)` : "no dated source yet"),
      el("dt", {}, "Last change"),
      el("dd", { id: "last-change" }, summary.lastChangeAt ? dateTime(summary.lastChangeAt) : "none since the data was loaded"),
      el("dt", {}, "Today (server)"),
      el("dd", {}, summary.today),
    );
  } catch (error) {
    status.className = "problem";
    status.textContent = error instanceof ApiError ? error.message : "The server could not be reached.";
  }
}

void signIn.start();
void showSummary();
