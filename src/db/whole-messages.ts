import { createRequire } from "node:module";

/**
 * Bolt messages read from one buffer. Neo4j sends a message in chunks of at most 64 KB, and the
 * socket hands them over in reads of at most 64 KB; the driver (neo4j-driver-bolt-connection
 * 6.x) gives a message that arrived in more than one piece to its decoder as a `CombinedBuffer`
 * of the pieces. On that buffer every byte read walks the list of pieces, and every string is
 * decoded by a new `StringDecoder` fed piece by piece (`utf8.js`, `decodeCombinedBuffer`). A
 * message of one piece is decoded with `Buffer#toString` over its own bytes.
 *
 * On the landscape graph's whoWorksOn (one row of 80 KB, 7,700 strings) that slow path took
 * about 40% of the Node process's CPU per request (bench/profile-cpu.ts: 27–34 ms against
 * 17.5–18 ms with this on). So, once a message is complete, its pieces are copied into one
 * buffer (a memcpy of the message's size) before the driver decodes it: every read then takes
 * the one-buffer path. The bytes and the decoded values are the same (src/db/whole-messages.test.ts,
 * test/whole-messages.int.test.ts).
 *
 * It is a change to the driver's `Dechunker` (`_onHeader`, called with 0 at each message's
 * end, and `_currentMessage`, the pieces so far): if a driver version no longer has them, nothing
 * is changed and the driver decodes as it always did (`readBoltMessagesWhole` answers false, and
 * the unit test fails, so an upgrade says so).
 */

interface ChannelBufferLike {
  _buffer: Buffer;
  position: number;
  length: number;
}
interface DechunkerLike {
  _currentMessage: ChannelBufferLike[];
}
type OnHeader = (this: DechunkerLike, header: number) => unknown;

let installed: boolean | undefined;

/** Installs the one-buffer read once per process; true when the driver's reads now take it. */
export function readBoltMessagesWhole(): boolean {
  if (installed !== undefined) return installed;
  installed = false;
  // The driver's own copy of the connection package (the one neo4j-driver loads), not another.
  const driverRequire = createRequire(createRequire(import.meta.url).resolve("neo4j-driver"));
  let chunking: { Dechunker?: { prototype: { _onHeader?: OnHeader } } };
  let channelBuffer: { default?: new (buffer: Buffer) => ChannelBufferLike };
  try {
    chunking = driverRequire("neo4j-driver-bolt-connection/lib/channel/chunking.js") as typeof chunking;
    channelBuffer = driverRequire("neo4j-driver-bolt-connection/lib/channel/channel-buf.js") as typeof channelBuffer;
  } catch {
    return installed;
  }
  const prototype = chunking.Dechunker?.prototype;
  const original = prototype?._onHeader;
  const ChannelBuffer = channelBuffer.default;
  if (!prototype || typeof original !== "function" || typeof ChannelBuffer !== "function") return installed;
  prototype._onHeader = function onHeader(this: DechunkerLike, header: number) {
    const pieces = this._currentMessage;
    // 0 ends a message; the pieces are fresh slices, each read from its start.
    if (header === 0 && Array.isArray(pieces) && pieces.length > 1 && pieces.every((piece) => piece.position === 0 && Buffer.isBuffer(piece._buffer))) {
      this._currentMessage = [new ChannelBuffer(Buffer.concat(pieces.map((piece) => piece._buffer)))];
    }
    return original.call(this, header);
  };
  installed = true;
  return installed;
}

/**
 * A Bolt message up to this size leaves in one socket write. Under Bolt's 64 KB limit on a
 * chunk (a chunk never outgrows the buffer it is written in), and large enough for the longest
 * look-ahead statement with its parameters (the nested listing's is about 1.8 KB, whoWorksOn's
 * several).
 */
export const SEND_BUFFER_BYTES = 16 * 1024;

interface ChunkerLike {
  _bufferSize: number;
  _buffer: ChannelBufferLike | null;
}
type Ensure = (this: ChunkerLike, size: number) => unknown;

let sendInstalled: boolean | undefined;

/**
 * Bolt messages sent in one write. The driver (neo4j-driver-bolt-connection 6.x) writes
 * messages through a `Chunker` whose buffer is 1,400 bytes: a message that does not fit is
 * flushed to the socket each time the buffer fills. The product's statements carry their whole
 * selection (look-ahead) and are mostly longer than that: the nested listing's RUN left in two
 * writes (1,400 and 356 bytes), a system call and a TCP segment more per request than the HTTP
 * floor's shorter statement (strace of the server under load). Each connection's chunker now
 * writes into a buffer of SEND_BUFFER_BYTES instead, so a message up to that size is one write;
 * the bytes on the wire are the same messages, in fewer, larger chunks.
 *
 * A change to the driver's `Chunker` (`_ensure`, called before every byte it writes, and
 * `_bufferSize`, the size of each next buffer): the first time a fresh chunker writes, its empty
 * 1,400-byte buffer is swapped for a larger one. If a driver version no longer has them, nothing
 * is changed (`sendBoltMessagesWhole` answers false, and the unit test fails).
 */
export function sendBoltMessagesWhole(): boolean {
  if (sendInstalled !== undefined) return sendInstalled;
  sendInstalled = false;
  const driverRequire = createRequire(createRequire(import.meta.url).resolve("neo4j-driver"));
  let chunking: { Chunker?: { prototype: { _ensure?: Ensure } } };
  let channelBuffer: { alloc?: (size: number) => ChannelBufferLike };
  try {
    chunking = driverRequire("neo4j-driver-bolt-connection/lib/channel/chunking.js") as typeof chunking;
    channelBuffer = driverRequire("neo4j-driver-bolt-connection/lib/channel/channel-buf.js") as typeof channelBuffer;
  } catch {
    return sendInstalled;
  }
  const prototype = chunking.Chunker?.prototype;
  const original = prototype?._ensure;
  const alloc = channelBuffer.alloc;
  if (!prototype || typeof original !== "function" || typeof alloc !== "function") return sendInstalled;
  prototype._ensure = function ensure(this: ChunkerLike, size: number) {
    // Only an empty buffer is swapped (nothing written into it yet); every flush then allocates the larger size.
    if (typeof this._bufferSize === "number" && this._bufferSize < SEND_BUFFER_BYTES && this._buffer?.position === 0) {
      this._bufferSize = SEND_BUFFER_BYTES;
      this._buffer = alloc(SEND_BUFFER_BYTES);
    }
    return original.call(this, size);
  };
  sendInstalled = true;
  return sendInstalled;
}
