// A tenant on 127.0.0.1 for end-to-end tests: the demo tenant binary when it is built,
// otherwise a minimal stand-in that answers the one call a connection test makes.

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import { createInterface } from "node:readline";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const READY_LINE = /^Demo tenant listening on (http:\/\/127\.0\.0\.1:\d+)/;
const START_TIMEOUT_MS = 30000;

export function demoTenantBinaryPath() {
  // The benchmarks point this at a release build: a debug tenant is slower than the client.
  if (process.env.PLUGDESK_E2E_DEMO_TENANT) return resolve(process.env.PLUGDESK_E2E_DEMO_TENANT);
  const targetDir = process.env.CARGO_TARGET_DIR
    ? resolve(process.env.CARGO_TARGET_DIR)
    : join(root, "target");
  const name = process.platform === "win32" ? "demo-tenant.exe" : "demo-tenant";
  return join(targetDir, "debug", name);
}

/**
 * Starts a tenant that accepts `token` as its Bearer token. `scale` multiplies its records
 * (3,000 sessions per unit); a scale above 1 needs the demo tenant binary.
 * Resolves to `{ url, stop }`; `stop()` ends it and resolves once it is gone.
 */
export function startDemoTenant({ token, seed = 42, scale = 1, driftRate = 0 }) {
  const binary = demoTenantBinaryPath();
  if (existsSync(binary)) return spawnDemoTenant(binary, token, seed, scale, driftRate);
  if (scale !== 1 || driftRate !== 0) {
    return Promise.reject(
      new Error(`a demo tenant at scale ${scale} needs ${binary}: cargo build -p demo-tenant`),
    );
  }
  return startStandIn(token);
}

function spawnDemoTenant(binary, token, seed, scale, driftRate) {
  // The token goes on the command line of a child of this test only; it is the same
  // throwaway value the test later proves absent from Plugdesk's files and logs.
  const args = ["--port", "0", "--seed", String(seed), "--token", token];
  if (scale !== 1) args.push("--scale", String(scale));
  if (driftRate !== 0) args.push("--drift-rate", String(driftRate));
  const child = spawn(binary, args, {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise((resolveExit) => child.once("exit", resolveExit));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
    }
    await exited;
  };
  // Keep stderr drained so a chatty tenant never blocks on a full pipe.
  child.stderr.resume();

  return new Promise((resolveStart, rejectStart) => {
    const timer = setTimeout(() => {
      void stop();
      rejectStart(
        new Error(`demo-tenant did not report its address within ${START_TIMEOUT_MS} ms`),
      );
    }, START_TIMEOUT_MS);
    const lines = createInterface({ input: child.stdout });
    lines.on("line", (line) => {
      const match = READY_LINE.exec(line);
      if (match) {
        clearTimeout(timer);
        resolveStart({ url: match[1], stop });
      }
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      rejectStart(error);
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      rejectStart(
        new Error(`demo-tenant exited before listening (code ${code}, signal ${signal})`),
      );
    });
  });
}

/** Answers the settings read with `{data:{}}` for the right token and 401 otherwise. */
function startStandIn(token) {
  const server = createServer((request, response) => {
    const authorised = request.headers.authorization === `Bearer ${token}`;
    const isSettings = request.url?.startsWith("/public-api/resources/settings/v1.0");
    if (!authorised) {
      response.writeHead(401, { "content-type": "application/json" });
      response.end(JSON.stringify({ message: "Unauthenticated." }));
    } else if (request.method === "GET" && isSettings) {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ data: {} }));
    } else {
      response.writeHead(404, { "content-type": "application/json" });
      response.end(JSON.stringify({ message: "Not found." }));
    }
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once("error", rejectStart);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolveStart({
        url: `http://127.0.0.1:${port}`,
        stop: () => new Promise((resolveStop) => server.close(() => resolveStop())),
      });
    });
  });
}
