// Search quality on the real site: builds it (once, with a base path) and runs the reader
// queries of tests/search-queries.json through the client against the index the build wrote.
// Reports top-1 and top-3 accuracy; every query must find its section within its `top`.
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { search, repositoryJson } from "./support/search.mjs";
import { buildSite, engineFor } from "./support/built-site.mjs";

const queries = repositoryJson("tests/search-queries.json").queries;

let site;
let engine;

/** The sections' URLs of a query's first `count` results, site-relative as in search-queries.json. */
async function topSections(query, count, options) {
  const result = await engine.search(query, options);
  const records = await engine.records(result.hits.slice(0, count).map((hit) => hit.doc));
  return records.map((record) => "/" + record.u.slice(site.basePath.length));
}

describe("search on the real site", () => {
  before(() => {
    site = buildSite();
    engine = engineFor(site);
  });

  test("the pages name the index in their search form", () => {
    const home = readFileSync(join(site.dir, "index.html"), "utf8");
    assert.match(home, new RegExp(`data-search-manifest="${site.basePath}search/manifest.json"`));
  });

  test("every URL in the index carries the base path", async () => {
    const manifest = await engine.manifest();
    for (const shard of [...manifest.terms, ...manifest.docs]) {
      assert.ok(shard.url.startsWith(`${site.basePath}search/`), shard.url);
    }
    const records = await engine.records([...Array(manifest.records).keys()]);
    for (const record of records) {
      assert.ok(record.u.startsWith(site.basePath), record.u);
    }
  });

  describe(`reader queries (tests/search-queries.json, ${queries.length})`, () => {
    test("there are at least 30", () => {
      assert.ok(queries.length >= 30);
    });

    for (const q of queries) {
      test(`${JSON.stringify(q.query)} finds ${q.expect[0]} in the first ${q.top}`, async () => {
        const found = await topSections(q.query, q.top);
        assert.ok(found.some((url) => q.expect.includes(url)), `got ${found.join(", ") || "nothing"}`);
      });
    }

    test("accuracy", async (t) => {
      let top1 = 0;
      let top3 = 0;
      for (const q of queries) {
        const found = await topSections(q.query, 3);
        const rank = found.findIndex((url) => q.expect.includes(url));
        top1 += rank === 0 ? 1 : 0;
        top3 += rank >= 0 ? 1 : 0;
      }
      const percent = (n) => `${n}/${queries.length} (${Math.round((100 * n) / queries.length)}%)`;
      t.diagnostic(`top-1 accuracy ${percent(top1)}, top-3 accuracy ${percent(top3)}`);
      assert.ok(top1 / queries.length >= 0.8, `top-1 ${percent(top1)}`);
      assert.ok(top3 / queries.length >= 0.95, `top-3 ${percent(top3)}`);
    });
  });

  test("the objective filter keeps its objective's sections only", async () => {
    const found = await topSections("partnerships", 50, { objective: "II" });
    assert.ok(found.length > 0);
    for (const url of found) {
      assert.ok(url.startsWith("/objectives/democracy/"), url);
    }
  });

  test("a query that looks like HTML finds nothing and breaks nothing", async () => {
    const result = await engine.search("<img src=x onerror=alert(1)>");
    assert.ok(Array.isArray(result.hits));
  });

  test("a result's snippet marks the words searched for", async () => {
    const result = await engine.search("human rights defenders");
    const view = search.describe(await engine.record(result.hits[0].doc), result.highlight);
    const marked = view.snippet.filter((part) => part.mark).map((part) => part.text.toLowerCase());
    assert.ok(marked.includes("defenders"), JSON.stringify(view.snippet));
    assert.match(view.url, /#partnerships-p\d+$/);
  });
});
