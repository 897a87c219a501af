// Download links that know the access rules: public files are plain links; contact lists need an
// analyst, so a click fetches the file with the tab's credential and saves it (a link cannot send
// an Authorization header), and signed out the link says what it needs and opens the sign-in.
import { el } from "./dom.js";
import { ApiError, download, holds, type Viewer } from "./session.js";
import type { SignIn } from "./sign-in.js";

export interface DownloadLink {
  label: string;
  description: string;
  href: string;
  /** The role the file needs (contact lists hold e-mail addresses and phone numbers). */
  needs?: "ANALYST";
}

/** One list item per download; `told` says how a fetched download went (a role="status" element). */
export function downloadItems(links: DownloadLink[], viewer: Viewer | null, signIn: SignIn, told: HTMLElement): HTMLLIElement[] {
  const analyst = holds(viewer, "ANALYST");
  return links.map((d) => {
    const locked = d.needs !== undefined && !analyst;
    const link = el("a", { href: d.href, download: true, title: d.description, class: locked ? "needs-sign-in" : undefined }, d.label);
    if (d.needs) {
      link.addEventListener("click", (event) => {
        event.preventDefault();
        if (!holds(signIn.current, "ANALYST")) {
          signIn.ask(`${d.label}: contact lists need an analyst sign-in. Paste your API key or token here.`);
          return;
        }
        told.className = "note";
        told.textContent = `Downloading ${d.label}…`;
        download(d.href).then(
          (file) => {
            told.textContent = `Downloaded ${file}.`;
          },
          (error: unknown) => {
            told.className = "problem";
            told.textContent = `${d.label}: ${error instanceof ApiError ? error.message : "the server could not be reached"}`;
          },
        );
      });
    }
    return el("li", {}, link, locked ? el("span", { class: "note" }, " (needs an analyst sign-in)") : null);
  });
}
