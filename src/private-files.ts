import { chmodSync, writeFileSync } from "node:fs";
import { chmod, writeFile } from "node:fs/promises";

/**
 * Files that may hold personal data (snapshots: people.yaml has e-mails and phones; contact
 * exports) are readable by their owner only (0600), like the local engine's password file. The
 * mode given to a write applies only when it creates the file, so an existing file is also
 * chmod-ed: overwriting a file written before with 0644 leaves it 0600 too.
 */
export const PRIVATE_FILE_MODE = 0o600;

export function writePrivateFileSync(file: string, data: string | Uint8Array): void {
  writeFileSync(file, data, { mode: PRIVATE_FILE_MODE });
  chmodSync(file, PRIVATE_FILE_MODE);
}

export async function writePrivateFile(file: string, data: string | Uint8Array): Promise<void> {
  await writeFile(file, data, { mode: PRIVATE_FILE_MODE });
  await chmod(file, PRIVATE_FILE_MODE);
}
