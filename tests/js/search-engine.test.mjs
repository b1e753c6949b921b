// The engine on a small index made here, split into several shards the way a large site's is:
// which files it reads, how words expand (prefix, one typo), phrases, filters, and failures.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { search } from "./support/search.mjs";

const records = [
  { u: "/a/#one", t: "A", h: "Defenders", b: ["A", "Defenders"], o: "I", x: "Protecting human rights defenders and journalists." },
  { u: "/a/#two", t: "A", h: "Disinformation", b: ["A", "Disinformation"], o: "I", x: "Rules of the road for combating disinformation online." },
  { u: "/b/#one", t: "B", h: "Democracy", b: ["B", "Democracy"], o: "II", x: "Democratic backsliding and the rule of law in the European Union." },
  { u: "/b/#two", t: "B", h: "Law", b: ["B", "Law"], o: "II", x: "The law of the sea, and a rule that applies to it." },
  { u: "/c/", t: "C", h: "Tribunal", b: ["C"], x: "A special tribunal for the crime of aggression against Ukraine." },
];

/** An index of `records` in the format the C# writer emits, with impact = 100 × occurrences. */
function makeIndex({ termShards = 3, docShards = 2, version = 1 } = {}) {
  const postings = new Map();
  records.forEach((record, doc) => {
    for (const term of search.terms(`${record.h}\n${record.x}`)) {
      const list = postings.get(term) ?? new Map();
      list.set(doc, (list.get(doc) ?? 0) + 100);
      postings.set(term, list);
    }
  });
  const terms = [...postings.keys()].sort();
  const files = new Map();
  const manifest = { v: version, records: records.length, terms: [], docs: [], objectives: { I: [[0, 2]], II: [[2, 4]] } };
  const perShard = Math.ceil(terms.length / termShards);
  for (let s = 0; s * perShard < terms.length; s++) {
    const slice = terms.slice(s * perShard, (s + 1) * perShard);
    const url = `/search/terms-${s}.json`;
    files.set(url, {
      terms: slice,
      postings: slice.map((term) => {
        let previous = 0;
        return [...postings.get(term)].flatMap(([doc, impact]) => {
          const delta = doc - previous;
          previous = doc;
          return [delta, impact];
        });
      }),
    });
    manifest.terms.push({ first: s === 0 ? "" : slice[0], url });
  }
  const perDocs = Math.ceil(records.length / docShards);
  for (let s = 0; s * perDocs < records.length; s++) {
    const url = `/search/docs-${s}.json`;
    files.set(url, { first: s * perDocs, records: records.slice(s * perDocs, (s + 1) * perDocs) });
    manifest.docs.push({ first: s * perDocs, url });
  }
  files.set("/search/manifest.json", manifest);
  return files;
}

function engine(files = makeIndex()) {
  const fetched = [];
  const e = new search.Engine("/search/manifest.json", async (url) => {
    fetched.push(url);
    if (!files.has(url)) {
      throw new Error(`404 ${url}`);
    }
    return structuredClone(files.get(url));
  });
  e.fetched = fetched;
  return e;
}

async function urls(e, query, options) {
  const result = await e.search(query, options);
  return Promise.all(result.hits.map(async (hit) => (await e.record(hit.doc)).u));
}

describe("the engine", () => {
  test("nothing is fetched until the reader searches", () => {
    const e = engine();
    assert.deepEqual(e.fetched, []);
  });

  test("a word is looked up in its shard only", async () => {
    const e = engine();
    assert.deepEqual(await urls(e, "tribunal"), ["/c/"]);
    const termFiles = e.fetched.filter((url) => url.includes("terms-"));
    assert.equal(termFiles.length, 1, termFiles.join());
  });

  test("defender finds defenders (stemming)", async () => {
    assert.deepEqual(await urls(engine(), "defender "), ["/a/#one"]);
  });

  test("a word being typed finds the words it begins", async () => {
    assert.deepEqual(await urls(engine(), "disinf"), ["/a/#two"]);
    assert.deepEqual(await urls(engine(), "democ"), ["/b/#one"]);
  });

  test("one typing error is tolerated in a word of five letters or more", async () => {
    assert.deepEqual(await urls(engine(), "tribnal "), ["/c/"]);
    assert.deepEqual(await urls(engine(), "disinfromation "), ["/a/#two"]);
  });

  test("not in a shorter word, and not when the first letter is wrong", async () => {
    assert.deepEqual(await urls(engine(), "lwa "), []);
    assert.deepEqual(await urls(engine(), "rribunal "), []);
  });

  test("sections with all the words come before those with some", async () => {
    const found = await urls(engine(), "rule law european ");
    assert.equal(found[0], "/b/#one");
  });

  test("a phrase must stand together, stop words aside", async () => {
    assert.deepEqual(await urls(engine(), '"rule of law"'), ["/b/#one"]);
    assert.deepEqual(await urls(engine(), '"law rule"'), []);
  });

  test("results can be kept to one objective", async () => {
    assert.deepEqual(await urls(engine(), "law ", { objective: "II" }), ["/b/#two", "/b/#one"]);
    assert.deepEqual(await urls(engine(), "law ", { objective: "I" }), []);
  });

  test("the words to mark include what a prefix or typo expanded to", async () => {
    const result = await engine().search("disinfo");
    assert.deepEqual(Object.keys(result.highlight), ["disinform"]);
  });

  test("sections are read from the shard that holds them", async () => {
    const e = engine();
    assert.equal((await e.record(4)).u, "/c/");
    assert.ok(e.fetched.includes("/search/docs-1.json"));
    assert.ok(!e.fetched.includes("/search/docs-0.json"));
  });

  test("an index of another format is refused", async () => {
    await assert.rejects(engine(makeIndex({ version: 2 })).search("law"), /format/);
  });

  test("a failed load is reported, and tried again on the next search", async () => {
    const files = makeIndex();
    const manifest = files.get("/search/manifest.json");
    files.delete("/search/manifest.json");
    const e = engine(files);
    await assert.rejects(e.search("law"), /404/);
    files.set("/search/manifest.json", manifest);
    assert.equal((await urls(e, "tribunal")).length, 1);
  });

  test("a query of stop words only finds nothing and fetches nothing", async () => {
    const e = engine();
    assert.deepEqual((await e.search("the of and")).hits, []);
    assert.deepEqual(e.fetched, []);
  });
});
