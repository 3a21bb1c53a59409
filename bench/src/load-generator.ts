/**
 * The load generator of the mock-server benchmark: sends one request (argv: base URL, the request
 * as JSON, mode) over a fixed number of keep-alive connections on loopback, as fast as the server
 * answers, first a warm-up and then several timed rounds of a fixed number of requests, and prints
 * one JSON line: requests per second (mean of the rounds, with its margin), latency percentiles
 * and failures. It runs in a process of its own, never in the server's.
 *
 * Rounds are a fixed number of requests, not a fixed time, so that a stateful server (ours keeps
 * every purchase event it records) holds the same state at the end whatever its speed, and a
 * figure can be compared between commits; a time limit still bounds each round.
 */
import { Agent, request as sendRequest } from "node:http";
import type { LoadRequest } from "./mock-requests.js";
import { medianMargin, percentile, summarize } from "./statistics.js";

/** Concurrent connections, as many load testers use by default: enough to keep a server busy. */
const CONNECTIONS = 10;
/** A bound on any round, whatever the server's speed. */
const ROUND_TIME_LIMIT_MILLISECONDS = 30_000;

const [baseUrl, requestJson, mode] = process.argv.slice(2) as [string, string, string];
const load = JSON.parse(requestJson) as LoadRequest;
const smoke = mode === "smoke";
const warmUpRequests = smoke ? 50 : 5000;
const rounds = smoke ? 2 : 5;
const roundRequests = smoke ? 100 : 2000;

const url = new URL(baseUrl);
if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") throw new Error(`loopback only, not ${baseUrl}`);
const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
const body = load.body === undefined ? undefined : Buffer.from(load.body);
const headers = { ...load.headers, ...(body ? { "content-length": String(body.length) } : {}) };

interface Answer {
  status: number;
  /** The answer's body; read only when asked for, to spare the measured requests the work. */
  text: string;
}

function send(keepText = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = sendRequest(
      { agent, host: url.hostname, port: url.port, method: load.method, path: load.path, headers },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => {
          if (keepText) chunks.push(chunk);
        });
        incoming.once("end", () =>
          resolve({ status: incoming.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
        incoming.once("error", reject);
      },
    );
    outgoing.once("error", reject);
    outgoing.end(body);
  });
}

interface Round {
  requestsPerSecond: number;
  failures: number;
}

/** Sends `requests` requests over every connection at once, recording each one's latency in `latencies`. */
async function round(requests: number, latencies: number[] | undefined): Promise<Round> {
  const started = performance.now();
  const until = started + ROUND_TIME_LIMIT_MILLISECONDS;
  let sent = 0;
  let completed = 0;
  let failures = 0;
  async function connection(): Promise<void> {
    while (sent < requests && performance.now() < until) {
      sent += 1;
      const start = performance.now();
      const answer = await send();
      latencies?.push(performance.now() - start);
      completed += 1;
      if (answer.status < 200 || answer.status >= 300) failures += 1;
    }
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, connection));
  return { requestsPerSecond: completed / ((performance.now() - started) / 1000), failures };
}

// Both servers must answer the request as a success, or the comparison means nothing.
const first = await send(true);
if (first.status < 200 || first.status >= 300) {
  console.error(`${load.method} ${load.path} answered ${first.status}: ${first.text.slice(0, 500)}`);
  process.exit(1);
}
await round(warmUpRequests, undefined);
const latencies: number[] = [];
const measured: Round[] = [];
for (let index = 0; index < rounds; index += 1) measured.push(await round(roundRequests, latencies));
agent.destroy();
latencies.sort((left, right) => left - right);
const throughput = summarize(measured.map((each) => each.requestsPerSecond));
console.log(
  JSON.stringify({
    request: load.name,
    requestsPerSecond: throughput.mean,
    rme: throughput.rme,
    rounds: measured.map((each) => each.requestsPerSecond),
    p50: percentile(latencies, 0.5),
    p50Margin: medianMargin(latencies),
    p99: percentile(latencies, 0.99),
    requests: latencies.length,
    failures: measured.reduce((total, each) => total + each.failures, 0),
  }),
);
