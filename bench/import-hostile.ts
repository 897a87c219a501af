import { readFileSync } from "node:fs";
import { nestedDivs, pdfBomb, repeatedText } from "../test/hostile/files.js";

/**
 * `tsx bench/import-hostile.ts --url http://127.0.0.1:8450 --key EDITOR_KEY --pid SERVER_PID [--cap 150]`:
 * uploads the hostile files of issue 25 to a running server, one at a time, while polling
 * /healthz every 100 ms, and prints for each: the answer and its time, how long /healthz took at
 * worst, and the server's peak resident memory (sampled from /proc every 100 ms).
 */
const arg = (name: string, fallback?: string) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : fallback;
  if (value === undefined) throw new Error(`--${name} is required`);
  return value;
};
const url = arg("url");
const key = arg("key");
const pid = Number(arg("pid"));
const capMs = Number(arg("cap", "150")) * 1000;
const only = process.argv.includes("--only") ? arg("only").split(",") : undefined;

const rssMb = () => {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
};

const files: Array<{ name: string; make: () => Promise<Buffer> | Buffer; fileName: string }> = [
  { name: "html-12k-levels", make: () => nestedDivs(12_000), fileName: "deep.html" },
  { name: "html-40k-levels", make: () => nestedDivs(40_000), fileName: "deep.html" },
  { name: "html-400k-levels", make: () => nestedDivs(400_000), fileName: "deep.html" },
  { name: "pdf-inflates-300MB", make: () => pdfBomb(300 * 1024 * 1024), fileName: "bomb.pdf" },
  { name: "text-SG13-40KB", make: () => repeatedText("SG13, ", 40 * 1024), fileName: "sg13.txt" },
  { name: "text-SG13-200KB", make: () => repeatedText("SG13, ", 200 * 1024), fileName: "sg13.txt" },
];

for (const file of files.filter((f) => !only || only.includes(f.name))) {
  const bytes = await file.make();
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)]), file.fileName);
  const baseRss = rssMb();
  let peakRss = baseRss;
  let worstHealthMs = 0;
  let polls = 0;
  let failedPolls = 0;
  let done = false;
  const sampler = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, rssMb());
    } catch {
      /* the server is gone */
    }
  }, 100);
  const poller = (async () => {
    while (!done) {
      const sent = Date.now();
      try {
        const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(capMs) });
        await res.arrayBuffer();
        if (!res.ok) failedPolls++;
      } catch {
        failedPolls++;
      }
      polls++;
      worstHealthMs = Math.max(worstHealthMs, Date.now() - sent);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const started = Date.now();
  let answer: string;
  try {
    const res = await fetch(`${url}/import`, { method: "POST", body: form, headers: { authorization: `Bearer ${key}` }, signal: AbortSignal.timeout(capMs) });
    const body = (await res.json()) as { error?: { code: string; message: string }; import?: { proposals: { total: number } } };
    answer = `${res.status} ${body.error ? `${body.error.code}: ${body.error.message}` : `${body.import?.proposals.total} proposals`}`;
  } catch (error) {
    answer = `no answer within ${capMs / 1000} s (${(error as Error).name})`;
  }
  const elapsed = Date.now() - started;
  done = true;
  await poller;
  clearInterval(sampler);
  console.log(
    `${file.name} (${bytes.length} bytes): ${answer} after ${(elapsed / 1000).toFixed(1)} s; /healthz worst ${worstHealthMs} ms over ${polls} polls (${failedPolls} failed); RSS ${baseRss.toFixed(0)} → peak ${peakRss.toFixed(0)} MB`,
  );
}
