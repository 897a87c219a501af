import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { readBoltMessagesWhole, SEND_BUFFER_BYTES, sendBoltMessagesWhole } from "./whole-messages.js";

/**
 * The driver's Dechunker fed as a socket feeds it: a message in chunks (a 2-byte size, the bytes;
 * a size of 0 ends the message), arriving in reads that cut chunks anywhere.
 */
const driverRequire = createRequire(createRequire(import.meta.url).resolve("neo4j-driver"));
const { Chunker, Dechunker } = driverRequire("neo4j-driver-bolt-connection/lib/channel/chunking.js") as {
  Chunker: new (channel: { write(buffer: { _buffer: Buffer }): void }) => { putBytes(position: number, data: unknown): unknown; messageBoundary(): void; flush(): unknown };
  Dechunker: new () => { onmessage: (message: unknown) => void; write(buffer: unknown): void };
};
const ChannelBuffer = (driverRequire("neo4j-driver-bolt-connection/lib/channel/channel-buf.js") as { default: new (buffer: Buffer) => unknown }).default;
const utf8 = (driverRequire("neo4j-driver-bolt-connection/lib/channel/utf8.js") as { default: { decode(buffer: unknown, length: number): string } }).default;

function chunked(message: Buffer, chunkSize: number): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < message.length; at += chunkSize) {
    const chunk = message.subarray(at, at + chunkSize);
    const size = Buffer.alloc(2);
    size.writeUInt16BE(chunk.length);
    parts.push(size, chunk);
  }
  return Buffer.concat([...parts, Buffer.alloc(2)]);
}

/** The messages a Dechunker hands over for `wire` read in pieces of `readSize` bytes. */
function dechunk(wire: Buffer, readSize: number): Array<{ _buffers?: unknown; _buffer?: Buffer; length: number }> {
  const dechunker = new Dechunker();
  const messages: Array<{ _buffers?: unknown; _buffer?: Buffer; length: number }> = [];
  dechunker.onmessage = (message) => messages.push(message as (typeof messages)[number]);
  for (let at = 0; at < wire.length; at += readSize) dechunker.write(new ChannelBuffer(wire.subarray(at, at + readSize)));
  return messages;
}

describe("Bolt messages read from one buffer", () => {
  it("is installed on this driver version", () => {
    expect(readBoltMessagesWhole()).toBe(true);
    expect(readBoltMessagesWhole()).toBe(true); // once: a second call changes nothing
  });

  // Two-, three- and four-byte characters, so that chunk and read boundaries fall inside them.
  const text = Array.from({ length: 3000 }, (_, i) => `näme ${i} 日本 𝄞 `).join("");
  const message = Buffer.from(text, "utf8");

  it.each([
    ["chunks of 7 bytes, one read", 7, message.length + 10_000],
    ["one chunk, reads of 1,000 bytes", 65_535, 1000],
    ["chunks of 4,096 bytes, reads of 3,333", 4096, 3333],
  ])("a message in several pieces (%s) arrives as one buffer with the same bytes and text", (_name, chunkSize, readSize) => {
    readBoltMessagesWhole();
    const [received, ...more] = dechunk(chunked(message, chunkSize), readSize);
    expect(more).toEqual([]);
    expect(received?._buffers).toBeUndefined();
    expect(Buffer.compare(received!._buffer!, message)).toBe(0);
    expect(utf8.decode(received, message.length)).toBe(text);
  });

  it("a message of one piece, and the keep-alive (an empty chunk), are handed over as before", () => {
    readBoltMessagesWhole();
    const small = Buffer.from("ünïcode", "utf8");
    const messages = dechunk(Buffer.concat([Buffer.alloc(2), chunked(small, 100)]), 1000);
    expect(messages).toHaveLength(1);
    expect(Buffer.compare(messages[0]!._buffer!, small)).toBe(0);
  });
});

/** The socket writes a fresh Chunker makes for `messages`, each written, ended and flushed as the driver sends a message batch. */
function sent(messages: Buffer[]): Buffer[] {
  const writes: Buffer[] = [];
  const chunker = new Chunker({ write: (buffer) => writes.push(Buffer.from(buffer._buffer)) });
  for (const message of messages) {
    chunker.putBytes(0, new ChannelBuffer(message));
    chunker.messageBoundary();
  }
  chunker.flush();
  return writes;
}

describe("Bolt messages sent in one write", () => {
  it("is installed on this driver version", () => {
    expect(sendBoltMessagesWhole()).toBe(true);
    expect(sendBoltMessagesWhole()).toBe(true);
  });

  const message = (bytes: number, seed: number) => Buffer.from(Array.from({ length: bytes }, (_, i) => (i * 31 + seed) % 251));

  it("a RUN and a PULL of 3 KB (the driver's own buffer: 1,400 bytes) leave in one write, read back as the same two messages", () => {
    sendBoltMessagesWhole();
    const run = message(3000, 1);
    const pull = message(12, 2);
    const writes = sent([run, pull]);
    expect(writes).toHaveLength(1);
    expect(dechunk(Buffer.concat(writes), 100_000).map((m) => m._buffer)).toEqual([run, pull]);
  });

  it("a message larger than the buffer leaves in several writes of at most its size, every chunk under Bolt's 64 KB, and reads back exact", () => {
    sendBoltMessagesWhole();
    const big = message(100_000, 3);
    const writes = sent([big]);
    expect(writes.length).toBeGreaterThan(1);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThanOrEqual(SEND_BUFFER_BYTES);
    const [received, ...more] = dechunk(Buffer.concat(writes), 7_000);
    expect(more).toEqual([]);
    expect(Buffer.compare(received!._buffer!, big)).toBe(0);
  });
});
