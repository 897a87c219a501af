import { createServer, connect, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

/**
 * A TCP proxy between the product and Neo4j that can lose a commit's answer: armed, it forwards
 * the next COMMIT of an edit's write transaction to Neo4j, then drops Neo4j's answer to it (the
 * commit's SUCCESS) and cuts both connections. Neo4j has committed; the product never hears so.
 *
 * It looks at what the client writes (the driver writes each batch of messages at once): a BEGIN
 * (structure marker 0xB1, signature 0x11) whose metadata has purpose "edit" (runEdit's write
 * transaction; a read would say mode "r") opens an edit on that connection, and a COMMIT is the
 * whole chunked message 00 02 B0 12 00 00. (Reading the framing from the first byte would need
 * the handshake's variable-length tail, which Bolt's handshake manifest adds.)
 */
const BEGIN = Buffer.from([0xb1, 0x11]);
const COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);
const EDIT_PURPOSE = Buffer.concat([Buffer.from([0x87]), Buffer.from("purpose"), Buffer.from([0x84]), Buffer.from("edit")]);
const READ_MODE = Buffer.concat([Buffer.from([0x84]), Buffer.from("mode"), Buffer.from([0x81]), Buffer.from("r")]);

export class CommitCuttingProxy {
  private armed = false;
  /** Commits whose answer was dropped. */
  cuts = 0;
  /** The last writes of clients (hex, shortened), to show in a failing test what the proxy saw. */
  readonly recent: string[] = [];
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {}

  static async start(target: { host: string; port: number }): Promise<CommitCuttingProxy> {
    const server = createServer();
    const proxy = new CommitCuttingProxy(server);
    server.on("connection", (client) => proxy.pipe(client, target));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return proxy;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Loses the answer of the next edit's COMMIT. */
  armCommitCut(): void {
    this.armed = true;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private pipe(client: Socket, target: { host: string; port: number }): void {
    const server = connect(target.port, target.host);
    this.sockets.add(client).add(server);
    let inEdit = false;
    let commitSent = false;
    const end = () => {
      client.destroy();
      server.destroy();
      this.sockets.delete(client);
      this.sockets.delete(server);
    };
    client.on("error", end).on("close", end);
    server.on("error", end).on("close", end);

    // Client → Neo4j: forwarded whole, looked at on the way for an edit's BEGIN and its COMMIT.
    client.on("data", (data: Buffer) => {
      server.write(data);
      this.recent.push(data.subarray(0, 160).toString("hex"));
      if (this.recent.length > 12) this.recent.shift();
      if (data.includes(BEGIN)) inEdit = data.includes(EDIT_PURPOSE) && !data.includes(READ_MODE);
      if (inEdit && this.armed && data.includes(COMMIT)) {
        this.armed = false;
        commitSent = true;
      }
    });

    // Neo4j → client: after a cut COMMIT, its answer is dropped and both sides are cut.
    server.on("data", (data: Buffer) => {
      if (commitSent) {
        this.cuts += 1;
        end();
        return;
      }
      client.write(data);
    });
  }
}
