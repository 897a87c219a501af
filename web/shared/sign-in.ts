// The sign-in box every page shows in its header: paste an API key or a token, checked with the
// server (`viewer`) before it is kept for the tab; signed in, it names who and with which role.
import { el } from "./dom.js";
import { ApiError, credential, setCredential, whoIs, type Viewer } from "./session.js";

const ROLE_WORDS: Record<string, string> = { ANALYST: "analyst", EDITOR: "editor", ADMIN: "admin", ANONYMOUS: "anonymous" };

export class SignIn {
  private viewer: Viewer | null = null;
  private details: HTMLDetailsElement | undefined;

  constructor(
    private readonly container: HTMLElement,
    private readonly onChange: (viewer: Viewer | null) => void = () => undefined,
  ) {}

  get current(): Viewer | null {
    return this.viewer;
  }

  /** Checks the credential kept for this tab, if any, and shows the box. */
  async start(): Promise<Viewer | null> {
    let problem = "";
    if (credential()) {
      try {
        this.viewer = await whoIs();
      } catch (error) {
        setCredential("");
        problem = `You were signed out: ${error instanceof ApiError ? error.message : "the server could not be reached"}.`;
      }
    }
    this.render(problem);
    this.onChange(this.viewer);
    return this.viewer;
  }

  /** Opens the box and puts the cursor in the key field, saying why a sign-in is needed. */
  ask(reason: string): void {
    if (this.viewer) return;
    this.render(reason, true);
  }

  private render(message = "", open = false): void {
    if (this.viewer) {
      const out = el("button", { type: "button", id: "sign-out" }, "Sign out");
      out.addEventListener("click", () => {
        setCredential("");
        this.viewer = null;
        this.render("Signed out.");
        this.onChange(null);
      });
      this.container.replaceChildren(
        el("p", { class: "signed-in", id: "sign-in-state" }, "Signed in as ", el("strong", {}, this.viewer.name), ` (${ROLE_WORDS[this.viewer.role] ?? this.viewer.role}) for this tab. `, out),
      );
      return;
    }
    const input = el("input", { id: "sign-in-key", name: "credential", type: "password", autocomplete: "off", spellcheck: "false", "aria-describedby": "sign-in-help" });
    const form = el(
      "form",
      { class: "sign-in-form" },
      el(
        "p",
        { id: "sign-in-help", class: "note" },
        "People's e-mail addresses and phone numbers (and so the contact lists) need an analyst credential; editing needs an editor. Paste an mvgraph API key (mvg_…) or a token from your identity provider. " +
          "It is kept for this browser tab only and sent only to this server.",
      ),
      el("label", { for: "sign-in-key" }, "API key or token"),
      input,
      el("button", { type: "submit" }, "Sign in"),
      el("p", { id: "sign-in-problem", class: message && !message.startsWith("Signed out") ? "problem" : "note", role: "status" }, message),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.signIn(input.value.trim());
    });
    this.details = el("details", { class: "sign-in", id: "sign-in-box", open: open || Boolean(message && message !== "Signed out.") }, el("summary", { id: "sign-in-state" }, "Sign in"), form) as HTMLDetailsElement;
    this.container.replaceChildren(this.details);
    if (open) input.focus();
  }

  private async signIn(value: string): Promise<void> {
    if (!value) {
      this.render("Paste an API key or a token first.", true);
      return;
    }
    try {
      const viewer = await whoIs(value);
      if (viewer.role === "ANONYMOUS") throw new ApiError("the server does not know this credential");
      setCredential(value);
      this.viewer = viewer;
      this.render();
      this.onChange(viewer);
      this.container.querySelector<HTMLButtonElement>("#sign-out")?.focus();
    } catch (error) {
      this.render(`Not signed in: ${error instanceof ApiError ? error.message : "the server could not be reached"}.`, true);
    }
  }
}
