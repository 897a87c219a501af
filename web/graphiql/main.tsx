// GraphiQL for mvgraph, bundled by Vite from npm packages (see vite.config.ts): every script,
// style, font and Monaco worker is served by mvgraph itself, so the page works offline.
//
// Access: one sign-in above the editor (the pages' own, ../shared/sign-in.ts) holds the API key
// or token for the browser tab only and adds it to every tab's requests; nothing GraphiQL stores
// (tabs, history) ever holds a credential (see `storage` below).
// Links: the address always holds the active tab's query, variables and operation name
// (`/graphiql?query=…&variables=…&operationName=…`), and opening such a link opens that query.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "../shared/base.css";
import "./page.css";
import { GraphiQL, type GraphiQLProps } from "graphiql";
import { createRoot } from "react-dom/client";
import { authorization } from "../shared/session.js";
import { SignIn } from "../shared/sign-in.js";
import { linkOf, redactCredentials, sharedOperation } from "./links.js";

interface ExampleTab {
  query: string;
  variables?: string;
}

type Fetcher = GraphiQLProps["fetcher"];

// Same origin, POST with a JSON body: this content type passes Apollo's CSRF prevention. The
// sign-in's credential goes on every tab's requests; a tab's own Authorization header wins.
const fetcher: Fetcher = async (params, options) => {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...authorization(),
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  return response.json();
};

/**
 * GraphiQL keeps its tabs and query history in localStorage. Everything it writes goes through
 * here first, with any bearer credential or API key cut out, so none is ever stored.
 */
const storage: GraphiQLProps["storage"] = {
  getItem: (key) => localStorage.getItem(key),
  setItem: (key, value) => localStorage.setItem(key, redactCredentials(value)),
  removeItem: (key) => localStorage.removeItem(key),
  clear: () => localStorage.clear(),
  get length() {
    return localStorage.length;
  },
};

/** The operations of examples.graphql, injected by the server into the page at request time. */
function examples(): ExampleTab[] {
  const element = document.getElementById("mvgraph-examples");
  try {
    const tabs: unknown = JSON.parse(element?.textContent ?? "[]");
    return Array.isArray(tabs) ? (tabs as ExampleTab[]) : [];
  } catch {
    return [];
  }
}

// Whatever a previous version of this page let GraphiQL store is cleaned once at load.
for (let i = 0; i < localStorage.length; i += 1) {
  const key = localStorage.key(i)!;
  const value = localStorage.getItem(key)!;
  if (redactCredentials(value) !== value) localStorage.setItem(key, redactCredentials(value));
}

const shared = sharedOperation(location.search);
const tabs: ExampleTab[] = [...(shared ? [{ query: shared.query, ...(shared.variables ? { variables: shared.variables } : {}) }] : []), ...examples()];

/** The active tab as it is now, for the address and the "copy link" button. */
const current = { query: shared?.query ?? tabs[0]?.query ?? "", variables: shared?.variables ?? tabs[0]?.variables ?? "", operationName: shared?.operationName ?? "" };
let pending: number | undefined;
function updateAddress(): void {
  window.clearTimeout(pending);
  pending = window.setTimeout(() => history.replaceState(null, "", linkOf(location.pathname, current)), 300);
}

const signIn = new SignIn(document.getElementById("sign-in")!);
void signIn.start();

const copy = document.getElementById("copy-link") as HTMLButtonElement;
const told = document.getElementById("link-status")!;
copy.addEventListener("click", () => {
  const link = new URL(linkOf(location.pathname, current), location.href).href;
  history.replaceState(null, "", link);
  navigator.clipboard.writeText(link).then(
    () => (told.textContent = "Link to this query copied."),
    () => (told.textContent = "The address bar now links to this query: copy it from there."),
  );
});

createRoot(document.getElementById("graphiql")!).render(
  <GraphiQL
    fetcher={fetcher}
    storage={storage}
    shouldPersistHeaders={false}
    {...(tabs.length > 0 ? { defaultTabs: tabs, defaultQuery: tabs[0]!.query } : {})}
    {...(shared ? { initialQuery: shared.query, initialVariables: shared.variables ?? "" } : {})}
    {...(shared?.operationName ? { operationName: shared.operationName } : {})}
    onEditQuery={(query) => {
      current.query = query;
      updateAddress();
    }}
    onEditVariables={(variables) => {
      current.variables = variables;
      updateAddress();
    }}
    onEditOperationName={(operationName) => {
      current.operationName = operationName;
      updateAddress();
    }}
    onTabChange={(state) => {
      const tab = state.tabs[state.activeTabIndex];
      if (!tab) return;
      Object.assign(current, { query: tab.query ?? "", variables: tab.variables ?? "", operationName: tab.operationName ?? "" });
      updateAddress();
    }}
  />,
);
