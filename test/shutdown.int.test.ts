import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { eventually, startTestApp } from "./helpers.js";

/**
 * Graceful shutdown: the server stops accepting connections, lets the requests it is serving
 * finish, then closes the driver. A request in flight is simulated by a client that has sent
 * its headers and part of its body when the shutdown begins. It asks `Expect: 100-continue`, so
 * the server's "100 Continue" shows that it has the request before the shutdown begins.
 */
describe("graceful shutdown", () => {
  it("finishes a request in flight, refuses new connections, then closes the driver", async () => {
    const app = await startTestApp();
    const body = JSON.stringify({ query: '{ organization(ref: "fg-mv") { key } }' });

    const inFlight = request({
      host: "127.0.0.1",
      port: app.http.port,
      path: "/graphql",
      method: "POST",
      headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), expect: "100-continue" },
    });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      inFlight.on("response", (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, text }));
      });
      inFlight.on("error", reject);
    });
    const continued = new Promise((resolve) => inFlight.once("continue", resolve));
    inFlight.flushHeaders();
    await continued; // the server has parsed the headers: the request is in flight
    inFlight.write(body.slice(0, 10));

    let stopped = false;
    const stopping = app.stop().then(() => (stopped = true));
    await eventually(
      async () => {
        try {
          await fetch(`${app.http.url}/healthz`, { signal: AbortSignal.timeout(1_000) });
          return false;
        } catch {
          return true;
        }
      },
      10_000,
      "new connections to be refused",
    );
    expect(stopped).toBe(false); // still waiting for the request in flight

    inFlight.end(body.slice(10));
    expect(await answer).toEqual({ status: 200, text: expect.stringContaining('{"data":{"organization":{"key":"fg-mv"}}}') });
    await stopping;
    await expect(app.db.read("RETURN 1")).rejects.toThrow(); // the driver is closed
  });
});
