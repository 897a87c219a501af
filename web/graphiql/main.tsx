// GraphiQL for mvgraph, bundled by Vite from npm packages (see vite.config.ts): every script,
// style, font and Monaco worker is served by mvgraph itself, so the page works offline.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "./page.css";
import { GraphiQL, type GraphiQLProps } from "graphiql";
import { createRoot } from "react-dom/client";

interface ExampleTab {
  query: string;
}

type Fetcher = GraphiQLProps["fetcher"];

// Same origin, POST with a JSON body: this content type passes Apollo's CSRF prevention.
const fetcher: Fetcher = async (params, options) => {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  return response.json();
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

const tabs = examples();
createRoot(document.getElementById("graphiql")!).render(
  <GraphiQL
    fetcher={fetcher}
    {...(tabs.length > 0 ? { defaultTabs: tabs, defaultQuery: tabs[0]!.query } : {})}
  />,
);
