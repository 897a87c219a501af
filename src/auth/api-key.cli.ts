import { generateApiKey, hashApiKey } from "./api-keys.js";
import { parseGrantableRole } from "./viewer.js";

/**
 * `npm run auth:key -- <name> <analyst|editor|admin>`: makes a new API key. Prints the key once
 * (give it to its holder) and the entry to configure (only the hash is stored on the server).
 */
const [name, roleText] = process.argv.slice(2);
const role = parseGrantableRole(roleText);
if (!name || !/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/.test(name) || !role) {
  console.error("usage: npm run auth:key -- <name> <analyst|editor|admin>   (name: letters, digits, . _ @ -)");
  process.exit(64); // EX_USAGE
}
const key = generateApiKey();
const sha256 = hashApiKey(key);
console.log(`API key for ${name} (${role.toLowerCase()}); shown only now, store it safely:\n\n  ${key}\n`);
console.log(`Add to MVGRAPH_API_KEYS (comma-separated):\n\n  ${name}:${role.toLowerCase()}:${sha256}\n`);
console.log(`or to the JSON list in MVGRAPH_API_KEYS_FILE:\n\n  ${JSON.stringify({ name, role: role.toLowerCase(), sha256 })}`);
