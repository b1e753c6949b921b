// Builds the real site once for the tests that need its search index, the way CI and Netlify
// build it, under a base path so that the client is tested on URLs that carry one.
// Set POLICYSITE_SITE_DIR (and POLICYSITE_BASE_PATH) to test an already built site instead.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { search } from "./search.mjs";

const repository = fileURLToPath(new URL("../../../", import.meta.url));

export function buildSite() {
  if (process.env.POLICYSITE_SITE_DIR) {
    return { dir: process.env.POLICYSITE_SITE_DIR, basePath: process.env.POLICYSITE_BASE_PATH || "/" };
  }
  const basePath = "/policy/";
  const dir = join(mkdtempSync(join(tmpdir(), "policysite-search-")), "site");
  const build = spawnSync("dotnet", [
    "run", "--project", join(repository, "src", "PolicySite.Cli"), "--",
    "build", "--input", join(repository, "input"), "--theme", join(repository, "theme"),
    "--output", dir, "--base-url", basePath, "--now", "2026-01-01T00:00:00Z",
  ], { cwd: repository, encoding: "utf8", timeout: 15 * 60 * 1000 });
  if (build.status !== 0) {
    throw new Error(`the site did not build (exit ${build.status}):\n${build.stdout}\n${build.stderr}`);
  }
  return { dir, basePath };
}

/** A search engine over a built site's index, reading its files from disk as the browser fetches them. */
export function engineFor(site) {
  const fetchJson = async (url) => {
    if (!url.startsWith(site.basePath)) {
      throw new Error(`${url} is outside the site's base path ${site.basePath}`);
    }
    return JSON.parse(readFileSync(join(site.dir, url.slice(site.basePath.length)), "utf8"));
  };
  return new search.Engine(`${site.basePath}search/manifest.json`, fetchJson);
}
