import { DEFAULT_API_KEYS_FILE, generateApiKey, hashApiKey, saveApiKey } from "./api-keys.js";
import { parseGrantableRole } from "./viewer.js";

/**
 * `npm run auth:key -- <name> <analyst|editor|admin> [--save]`: makes a new API key.
 *
 * Without --save, prints the key once (give it to its holder) and the entry to configure (only
 * the hash is stored on the server). With --save, writes the entry into the keys file
 * (MVGRAPH_API_KEYS_FILE, or .mvgraph/api-keys.json), which the server reads at start and again
 * when it changes, and prints only the key on standard output, so that
 * `export MVGRAPH_CREDENTIAL=$(npm run -s auth:key -- me analyst --save)` keeps it in the shell.
 */
const args = process.argv.slice(2);
const save = args.includes("--save");
const [name, roleText, ...rest] = args.filter((arg) => arg !== "--save");
const role = parseGrantableRole(roleText);
if (!name || !/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/.test(name) || !role || rest.length > 0) {
  console.error("usage: npm run auth:key -- <name> <analyst|editor|admin> [--save]   (name: letters, digits, . _ @ -)");
  process.exit(64); // EX_USAGE
}
const key = generateApiKey();
const entry = { name, role, sha256: hashApiKey(key) };
if (save) {
  const file = process.env.MVGRAPH_API_KEYS_FILE || DEFAULT_API_KEYS_FILE;
  try {
    saveApiKey(file, entry);
  } catch (error) {
    console.error(`auth:key: cannot save the key in ${file}: ${(error as Error).message}`);
    process.exit(1);
  }
  console.error(`auth:key: a new ${role.toLowerCase()} key for ${name}, its hash saved in ${file} (the server reads it at start and when it changes); the key is shown only now:`);
  console.log(key);
} else {
  console.log(`API key for ${name} (${role.toLowerCase()}); shown only now, store it safely:\n\n  ${key}\n`);
  console.log(`Add to MVGRAPH_API_KEYS (comma-separated):\n\n  ${name}:${role.toLowerCase()}:${entry.sha256}\n`);
  console.log(`or to the JSON list in MVGRAPH_API_KEYS_FILE (npm run auth:key -- ${name} ${role.toLowerCase()} --save does it):\n\n  ${JSON.stringify({ name, role: role.toLowerCase(), sha256: entry.sha256 })}`);
}
