// The client's text normalisation against the vectors the C# indexer is tested against too,
// and the parts of the client that need no index (query parsing, typo distance, snippets).
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { search, repositoryJson } from "./support/search.mjs";

const vectors = repositoryJson("tests/search-vectors.json");

describe("text normalisation (tests/search-vectors.json)", () => {
  test("there are enough vectors to mean something", () => {
    assert.ok(vectors.vectors.length >= 60, `${vectors.vectors.length} vectors`);
  });

  test("the stop words are exactly the shared list", () => {
    assert.deepEqual(search.STOP_WORDS, vectors.stopWords);
  });

  for (const vector of vectors.vectors) {
    test(`${JSON.stringify(vector.input)} gives ${JSON.stringify(vector.terms)}`, () => {
      assert.deepEqual(search.terms(vector.input), vector.terms);
    });
  }
});

describe("the Porter2 stemmer (every word of the policy document)", () => {
  test("stems as the reference implementation does", () => {
    const wrong = Object.entries(vectors.stems)
      .filter(([word, stem]) => search.stem(word) !== stem)
      .map(([word, stem]) => `${word}: ${search.stem(word)}, expected ${stem}`);
    assert.ok(Object.keys(vectors.stems).length > 1000);
    assert.deepEqual(wrong, []);
  });
});

describe("words keep their place in the original text", () => {
  test("offsets point at the original characters, accents and curly quotes included", () => {
    const text = "Café ‘quoted’, world's naïve LGBTIQ+";
    const words = search.tokenize(text).map((token) => text.slice(token.start, token.end));
    assert.deepEqual(words, ["Café", "quoted", "world's", "naïve", "LGBTIQ"]);
  });

  test("a stop word has no term but is still a word", () => {
    const tokens = search.tokenize("the rule of law");
    assert.deepEqual(tokens.map((t) => t.term), [null, "rule", null, "law"]);
  });
});

describe("queries", () => {
  test("words outside quotes are clauses of their own, quoted words one phrase", () => {
    const clauses = search.parseQuery('"rule of law" Ukraine tribunal');
    assert.deepEqual(clauses.map((c) => [c.terms, c.phrase]), [
      [["rule", "law"], true],
      [["ukrain"], false],
      [["tribun"], false],
    ]);
  });

  test("curly quotes make a phrase too, and an unclosed quote runs to the end", () => {
    assert.deepEqual(search.parseQuery("“human rights defenders”")[0].terms, ["human", "right", "defend"]);
    assert.equal(search.parseQuery('"human rights')[0].phrase, true);
  });

  test("the last word is a prefix while it is being typed, not once a space follows", () => {
    assert.equal(search.parseQuery("human rights defe").at(-1).prefix, true);
    assert.equal(search.parseQuery("human rights defe ").at(-1).prefix, false);
    assert.equal(search.parseQuery("human rights").at(0).prefix, false);
  });

  test("stop words are left out, so a query of stop words only has no clauses", () => {
    assert.deepEqual(search.parseQuery("the of and"), []);
  });

  test("a query that looks like HTML is only words", () => {
    const clauses = search.parseQuery("<img src=x onerror=alert(1)>");
    assert.deepEqual(clauses.map((c) => c.terms[0]), ["img", "src", "x", "onerror", "alert", "1"]);
  });
});

describe("one typing error", () => {
  const cases = [
    ["disinform", "disinfrom", true, "two neighbours swapped"],
    ["tribun", "tribn", true, "a letter left out"],
    ["journalist", "journalists", true, "a letter too many"],
    ["defend", "defund", true, "a letter wrong"],
    ["defend", "dfend", true, "a letter left out near the start"],
    ["defend", "fended", false, "two edits"],
    ["right", "rights", true, ""],
    ["right", "rigth", true, ""],
    ["right", "ri", false, "three letters short"],
  ];
  for (const [a, b, expected, why] of cases) {
    test(`${a} / ${b}: ${expected ? "within" : "beyond"} one edit ${why}`, () => {
      assert.equal(search.withinOneEdit(a, b), expected);
      assert.equal(search.withinOneEdit(b, a), expected);
    });
  }
});

describe("what a result shows", () => {
  const record = {
    u: "/policy/objectives/human-rights/#partnerships",
    t: "Human rights",
    h: "3 Stronger partnerships with countries, coalitions and civil society organisations",
    b: ["IV", "Human rights", "3 Stronger partnerships with countries, coalitions and civil society organisations"],
    o: "I",
    x: "In order to foster broader support for human rights, we need to forge new, broader partnerships.\n"
      + "We must work more than ever to support and protect people. The Netherlands will continue working to enhance the security and protection of human rights defenders.",
    p: [["partnerships-p1", 0], ["partnerships-p3", 99]],
  };
  const highlight = { defend: true };

  test("the link leads to the paragraph with the match, inside the section", () => {
    const view = search.describe(record, highlight);
    assert.equal(view.url, "/policy/objectives/human-rights/#partnerships-p3");
    assert.equal(view.sectionUrl, record.u);
  });

  test("the breadcrumb leaves out the heading, which is the result's title", () => {
    assert.deepEqual(search.describe(record, highlight).crumbs, ["IV", "Human rights"]);
  });

  test("the snippet marks the matched words as they are written", () => {
    const marked = search.describe(record, highlight).snippet.filter((p) => p.mark).map((p) => p.text);
    assert.deepEqual(marked, ["defenders"]);
  });

  test("the snippet starts at the paragraph of the match, not in the one before", () => {
    const text = search.describe(record, highlight).snippet.map((p) => p.text).join("");
    assert.ok(!text.includes("broader partnerships"), text);
    assert.ok(!text.includes("\n"), "line breaks between blocks are shown as spaces");
  });

  test("a match only in the heading links to the section and shows its start", () => {
    const view = search.describe(record, { coalit: true });
    assert.equal(view.heading.filter((p) => p.mark).map((p) => p.text).join(), "coalitions");
    assert.equal(view.url, record.u);
    assert.ok(view.snippet[0].text.startsWith("In order to foster"));
  });

  test("text that looks like HTML stays text", () => {
    const view = search.describe({ ...record, x: "<img src=x onerror=alert(1)> defenders", p: [] }, highlight);
    assert.equal(view.snippet.map((p) => p.text).join(""), "<img src=x onerror=alert(1)> defenders");
    assert.equal(view.url, record.u);
  });
});
