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
