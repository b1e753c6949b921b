/* PolicySite search: progressive enhancement only. Without this file the header's search box
   goes to the search page, which offers the contents and an A–Z index of subjects instead.

   Three parts, in this order:
   1. Text normalisation. It must give exactly the terms that the C# indexer gives
      (src/PolicySite/Search/SearchText.cs and EnglishStemmer.cs); both are tested against
      tests/search-vectors.json.
   2. The engine: loads the index (search/manifest.json and the fingerprinted shards it names)
      only when the reader starts searching, and ranks sections.
   3. The page: the header box's "/" shortcut, and the search page's live results.

   The query is only ever written into the page as text (textContent, text nodes), never as HTML.
   The file also loads in Node (module.exports), where tests/js/ test parts 1 and 2. */
(function (factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  }
  if (typeof document !== "undefined" && typeof window !== "undefined") {
    api.start(document, window);
  }
})(function () {
  "use strict";

  /* ---------------------------------------------------------------------------------------
     1. Text normalisation
     --------------------------------------------------------------------------------------- */

  // Function words that carry no subject; the same list as SearchText.StopWords in C#.
  // "us" (the US) and "who" (the WHO) are deliberately not in it.
  var STOP_WORDS = [
    "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "for", "from",
    "had", "has", "have", "he", "her", "his", "i", "if", "in", "into", "is", "it", "its",
    "me", "my", "no", "not", "of", "on", "or", "our", "she", "so", "such", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "was",
    "we", "were", "what", "when", "where", "which", "while", "will", "with", "would", "you",
    "your"
  ];
  var stopWords = Object.create(null);
  STOP_WORDS.forEach(function (word) { stopWords[word] = true; });

  // Letters that Unicode does not decompose but readers type without their stroke or ligature.
  var SPECIAL_FOLDS = {
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
    "ı": "i", "ς": "σ", "‘": "'", "’": "'", "ʼ": "'", "`": "'"
  };
  var MARK = /\p{Mn}/u;
  var WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

  /** One character (code point) of the original text, folded: NFKD, marks stripped, lower case, special folds. */
  function foldChar(ch) {
    if (ch.length === 1 && ch.charCodeAt(0) < 0x80) {
      return ch === "`" ? "'" : ch.toLowerCase();
    }
    var out = "";
    var decomposed = ch.normalize("NFKD");
    for (var i = 0; i < decomposed.length; i++) {
      var c = decomposed.charAt(i);
      var code = decomposed.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < decomposed.length) {
        c = decomposed.substr(i, 2);
        i++;
      }
      if (MARK.test(c)) {
        continue;
      }
      // Lower-case one character at a time: String.prototype.toLowerCase on a whole string
      // applies context rules (Greek final sigma) that C#'s ToLowerInvariant does not.
      var lower = c.toLowerCase();
      for (var j = 0; j < lower.length; j++) {
        var l = lower.charAt(j);
        out += Object.prototype.hasOwnProperty.call(SPECIAL_FOLDS, l) ? SPECIAL_FOLDS[l] : l;
      }
    }
    return out;
  }

  /** The whole text folded (case, diacritics, ligatures, apostrophes), as the index sees it. */
  function fold(text) {
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      var ch = text.charAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        ch = text.substr(i, 2);
        i++;
      }
      out += foldChar(ch);
    }
    return out;
  }

  /**
   * The words of a text with where they are in it: [{ word, term, start, end }]. `word` is the
   * folded word, `term` its index term (null for a stop word), start/end offsets in `text`.
   * A word is a run of letters, digits and marks, with single apostrophes inside it (world's).
   */
  function tokenize(text) {
    var result = [];
    var word = "";
    var start = -1;
    var end = -1;
    var pendingApostrophe = -1;
    function flush() {
      if (word) {
        result.push({ word: word, term: termOf(word), start: start, end: end });
      }
      word = "";
      start = -1;
      pendingApostrophe = -1;
    }
    for (var i = 0; i < text.length; i++) {
      var offset = i;
      var code = text.charCodeAt(i);
      if (code < 0x80) {
        // Most text is ASCII: no folding, no Unicode classes.
        if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90)) {
          if (pendingApostrophe >= 0) {
            word += "'";
            pendingApostrophe = -1;
          }
          if (!word) {
            start = offset;
          }
          word += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text.charAt(i);
          end = i + 1;
        } else if ((code === 39 || code === 96) && word && pendingApostrophe < 0) {
          pendingApostrophe = offset;
        } else {
          flush();
        }
        continue;
      }
      var ch = text.charAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        ch = text.substr(i, 2);
        i++;
      }
      var folded = foldChar(ch);
      if (folded === "") {
        // A combining mark on its own belongs to the letter before it.
        if (word) {
          end = i + 1;
        }
        continue;
      }
      for (var k = 0; k < folded.length; k++) {
        var f = folded.charAt(k);
        if (WORD_CHAR.test(f)) {
          if (pendingApostrophe >= 0) {
            word += "'";
            pendingApostrophe = -1;
          }
          if (!word) {
            start = offset;
          }
          word += f;
          end = i + 1;
        } else if (f === "'" && word && pendingApostrophe < 0) {
          pendingApostrophe = offset;
        } else {
          flush();
        }
      }
    }
    flush();
    return result;
  }

  // Words recur: each is stemmed once (the memory is emptied if it grows large).
  var termMemory = new Map();

  /** The index term of one folded word: null for a stop word; stemmed when it is plain a–z. */
  function termOf(word) {
    var known = termMemory.get(word);
    if (known !== undefined) {
      return known;
    }
    var term = null;
    if (!stopWords[word]) {
      term = (/^[a-z']+$/.test(word) ? stem(word) : word).replace(/'/g, "") || null;
    }
    if (termMemory.size > 50000) {
      termMemory.clear();
    }
    termMemory.set(word, term);
    return term;
  }

  /** The index terms of a text, in order (stop words left out). */
  function terms(text) {
    var list = [];
    tokenize(text).forEach(function (token) {
      if (token.term) {
        list.push(token.term);
      }
    });
    return list;
  }

  /* The English (Porter2) stemmer of the Snowball project, written from its published
     definition (snowballstem.org/algorithms/english/stemmer.html). 'Y' marks a y that is a
     consonant. Regions: R1 starts after the first non-vowel that follows a vowel, R2 likewise
     after R1. */

  var EXCEPTIONS = {
    skis: "ski", skies: "sky", dying: "die", lying: "lie", tying: "tie", idly: "idl",
    gently: "gentl", ugly: "ugli", early: "earli", only: "onli", singly: "singl",
    sky: "sky", news: "news", howe: "howe", atlas: "atlas", cosmos: "cosmos", bias: "bias",
    andes: "andes"
  };
  var AFTER_STEP_1A = {
    inning: true, outing: true, canning: true, herring: true, earring: true,
    proceed: true, exceed: true, succeed: true
  };
  var STEP_2 = [
    ["ization", "ize"], ["ational", "ate"], ["fulness", "ful"], ["ousness", "ous"],
    ["iveness", "ive"], ["tional", "tion"], ["biliti", "ble"], ["lessli", "less"],
    ["entli", "ent"], ["ation", "ate"], ["alism", "al"], ["aliti", "al"], ["ousli", "ous"],
    ["iviti", "ive"], ["fulli", "ful"], ["enci", "ence"], ["anci", "ance"], ["abli", "able"],
    ["izer", "ize"], ["ator", "ate"], ["alli", "al"], ["bli", "ble"], ["ogi", "og"], ["li", ""]
  ];
  var STEP_3 = [
    ["ational", "ate"], ["tional", "tion"], ["alize", "al"], ["icate", "ic"], ["iciti", "ic"],
    ["ative", ""], ["ical", "ic"], ["ness", ""], ["ful", ""]
  ];
  var STEP_4 = [
    "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous",
    "ive", "ize", "ion", "al", "er", "ic"
  ];

  function isVowel(c) {
    return c === "a" || c === "e" || c === "i" || c === "o" || c === "u" || c === "y";
  }

  function endsWith(w, suffix) {
    return w.length >= suffix.length && w.slice(w.length - suffix.length) === suffix;
  }

  /** The longest of `suffixes` (entries or [suffix, replacement] pairs) that `w` ends with. */
  function longest(w, suffixes) {
    for (var i = 0; i < suffixes.length; i++) {
      var s = typeof suffixes[i] === "string" ? suffixes[i] : suffixes[i][0];
      if (endsWith(w, s)) {
        return suffixes[i];
      }
    }
    return null;
  }

  /** A short syllable ends at `end` (exclusive): non-vowel (not w, x, Y), vowel, non-vowel; or vowel, non-vowel at the start. */
  function shortSyllableAt(w, end) {
    if (end >= 3 && !isVowel(w[end - 1]) && "wxY".indexOf(w[end - 1]) < 0 && isVowel(w[end - 2]) && !isVowel(w[end - 3])) {
      return true;
    }
    return end === 2 && isVowel(w[0]) && !isVowel(w[1]);
  }

  function hasVowel(w, from, to) {
    for (var i = from; i < to; i++) {
      if (isVowel(w[i])) {
        return true;
      }
    }
    return false;
  }

  function stem(word) {
    if (Object.prototype.hasOwnProperty.call(EXCEPTIONS, word)) {
      return EXCEPTIONS[word];
    }
    if (word.length < 3) {
      return word;
    }
    var w = word.charAt(0) === "'" ? word.slice(1) : word;

    // Prelude: a y at the start or after a vowel is a consonant.
    var chars = w.split("");
    for (var i = 0; i < chars.length; i++) {
      if (chars[i] === "y" && (i === 0 || isVowel(chars[i - 1]))) {
        chars[i] = "Y";
      }
    }
    w = chars.join("");

    // Regions.
    var p1 = w.length;
    var p2 = w.length;
    var prefix = /^(gener|commun|arsen)/.exec(w);
    if (prefix) {
      p1 = prefix[1].length;
    } else {
      p1 = regionAfter(w, 0);
    }
    p2 = regionAfter(w, p1);

    // Step 0 and 1a.
    if (endsWith(w, "'s'")) {
      w = w.slice(0, -3);
    } else if (endsWith(w, "'s")) {
      w = w.slice(0, -2);
    } else if (endsWith(w, "'")) {
      w = w.slice(0, -1);
    }
    if (endsWith(w, "sses")) {
      w = w.slice(0, -2);
    } else if (endsWith(w, "ied") || endsWith(w, "ies")) {
      w = w.slice(0, -3) + (w.length - 3 > 1 ? "i" : "ie");
    } else if (endsWith(w, "us") || endsWith(w, "ss")) {
      // unchanged
    } else if (endsWith(w, "s")) {
      if (hasVowel(w, 0, w.length - 2)) {
        w = w.slice(0, -1);
      }
    }

    if (!AFTER_STEP_1A[w]) {
      w = step1b(w, p1);
      w = step1c(w);
      w = replaceInRegion(w, STEP_2, p1, p2, 2);
      w = replaceInRegion(w, STEP_3, p1, p2, 3);
      w = step4(w, p2);
      w = step5(w, p1, p2);
    }
    return w.replace(/Y/g, "y");
  }

  function regionAfter(w, from) {
    for (var i = from; i < w.length - 1; i++) {
      if (isVowel(w[i]) && !isVowel(w[i + 1])) {
        return i + 2;
      }
    }
    return w.length;
  }

  function step1b(w, p1) {
    var suffix = longest(w, ["eedly", "ingly", "edly", "eed", "ing", "ed"]);
    if (suffix === null) {
      return w;
    }
    var start = w.length - suffix.length;
    if (suffix === "eed" || suffix === "eedly") {
      return start >= p1 ? w.slice(0, start) + "ee" : w;
    }
    if (!hasVowel(w, 0, start)) {
      return w;
    }
    w = w.slice(0, start);
    if (endsWith(w, "at") || endsWith(w, "bl") || endsWith(w, "iz")) {
      return w + "e";
    }
    if (/(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/.test(w)) {
      return w.slice(0, -1);
    }
    if (w.length === p1 && shortSyllableAt(w, w.length)) {
      return w + "e";
    }
    return w;
  }

  function step1c(w) {
    var n = w.length;
    if (n > 2 && (w[n - 1] === "y" || w[n - 1] === "Y") && !isVowel(w[n - 2])) {
      return w.slice(0, -1) + "i";
    }
    return w;
  }

  function replaceInRegion(w, rules, p1, p2, step) {
    var rule = longest(w, rules);
    if (rule === null) {
      return w;
    }
    var start = w.length - rule[0].length;
    if (start < p1) {
      return w;
    }
    if (step === 2 && rule[0] === "ogi" && w[start - 1] !== "l") {
      return w;
    }
    if (step === 2 && rule[0] === "li" && "cdeghkmnrt".indexOf(w[start - 1]) < 0) {
      return w;
    }
    if (step === 3 && rule[0] === "ative" && start < p2) {
      return w;
    }
    return w.slice(0, start) + rule[1];
  }

  function step4(w, p2) {
    var suffix = longest(w, STEP_4);
    if (suffix === null) {
      return w;
    }
    var start = w.length - suffix.length;
    if (start < p2) {
      return w;
    }
    if (suffix === "ion" && w[start - 1] !== "s" && w[start - 1] !== "t") {
      return w;
    }
    return w.slice(0, start);
  }

  function step5(w, p1, p2) {
    var n = w.length;
    if (w[n - 1] === "e") {
      if (n - 1 >= p2 || (n - 1 >= p1 && !shortSyllableAt(w, n - 1))) {
        return w.slice(0, -1);
      }
    } else if (w[n - 1] === "l") {
      if (n - 1 >= p2 && w[n - 2] === "l") {
        return w.slice(0, -1);
      }
    }
    return w;
  }


  /* ---------------------------------------------------------------------------------------
     2. The engine
     --------------------------------------------------------------------------------------- */

  var INDEX_VERSION = 1;
  // How much a match counts when the word is a prefix of the indexed one (the reader is still
  // typing it), and when it is one typing error away.
  var PREFIX_FACTOR = 0.7;
  var TYPO_FACTOR = 0.5;
  // Most terms a prefix or a typo expands to (the most frequent are kept).
  var MAX_EXPANSIONS = 50;
  // How many of the best candidates are read to check that a phrase's words stand together
  // (each read may fetch a file of sections, so on a large site a phrase shows the best 100).
  var PHRASE_CHECKS = 100;
  // The best candidates (the first page of results, which is read to be shown anyway) gain this
  // much when the query's words stand next to each other in them, as in a name
  // ("Dialogue Group", "climate change").
  var RERANK = 20;
  var ADJACENT_BONUS = 0.6;
  var QUOTES = "\"“”„";
  var LAST = "\uffff";

  /**
   * The clauses of a query: every word outside quotes, and every quoted phrase.
   * [{ terms, word, phrase, prefix }]: `prefix` is true for the last word when nothing follows
   * it yet (the reader is still typing it).
   */
  function parseQuery(query) {
    var clauses = [];
    var pattern = new RegExp("[" + QUOTES + "]([^" + QUOTES + "]*)(?:[" + QUOTES + "]|$)|[^" + QUOTES + "]+", "g");
    var match;
    while ((match = pattern.exec(query)) !== null) {
      if (match[1] !== undefined) {
        var phraseTerms = terms(match[1]);
        if (phraseTerms.length > 0) {
          clauses.push({ terms: phraseTerms, word: match[1], phrase: true, prefix: false, end: -1 });
        }
        continue;
      }
      var offset = match.index;
      tokenize(match[0]).forEach(function (token) {
        if (token.term) {
          clauses.push({ terms: [token.term], word: token.word.replace(/'/g, ""), phrase: false, prefix: false, end: offset + token.end });
        }
      });
    }
    var last = clauses[clauses.length - 1];
    if (last && !last.phrase && last.end === query.length && last.word.length >= 2) {
      last.prefix = true;
    }
    return clauses;
  }

  /** True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours. */
  function withinOneEdit(a, b) {
    if (a === b) {
      return true;
    }
    var la = a.length;
    var lb = b.length;
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    var i = 0;
    while (i < la && i < lb && a.charAt(i) === b.charAt(i)) {
      i++;
    }
    if (la === lb) {
      return a.slice(i + 1) === b.slice(i + 1)
        || (a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2));
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  /** The a–z words one edit from a plain a–z word, its first letter kept. */
  function oneEditAway(word) {
    var variants = [];
    if (!/^[a-z]+$/.test(word)) {
      return variants;
    }
    var letters = "abcdefghijklmnopqrstuvwxyz";
    for (var i = 1; i <= word.length; i++) {
      var before = word.slice(0, i);
      var after = word.slice(i);
      if (after) {
        variants.push(before + after.slice(1));
        if (after.length > 1) {
          variants.push(before + after.charAt(1) + after.charAt(0) + after.slice(2));
        }
      }
      for (var l = 0; l < letters.length; l++) {
        variants.push(before + letters.charAt(l) + after);
        if (after) {
          variants.push(before + letters.charAt(l) + after.slice(1));
        }
      }
    }
    return variants;
  }

  function lowerBound(list, value) {
    var lo = 0;
    var hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  function defaultFetchJson(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ": HTTP " + response.status);
      }
      return response.json();
    });
  }

  /**
   * The index, loaded piece by piece: the manifest first, then only the term shards a query's
   * words fall in and the section shards of the results shown. `fetchJson(url)` returns a
   * promise of the parsed file (tests read the built site from disk with it).
   */
  function Engine(manifestUrl, fetchJson) {
    this.manifestUrl = manifestUrl;
    this.fetchJson = fetchJson || defaultFetchJson;
    this._manifest = null;
    this._termShards = [];
    this._docShards = [];
  }

  /** Caches a promise; a failed load is forgotten, so the next search tries again. */
  function cached(store, key, load) {
    if (!store[key]) {
      store[key] = load();
      store[key].catch(function () {
        store[key] = null;
      });
    }
    return store[key];
  }

  Engine.prototype.manifest = function () {
    var self = this;
    return cached(this, "_manifest", function () {
      return self.fetchJson(self.manifestUrl).then(function (manifest) {
        if (!manifest || manifest.v !== INDEX_VERSION) {
          throw new Error("search index format " + (manifest && manifest.v) + ", this page reads " + INDEX_VERSION);
        }
        return manifest;
      });
    });
  };

  /** The term shards whose terms can lie between `from` and `to`. */
  Engine.prototype.termShards = function (manifest, from, to) {
    var shards = manifest.terms;
    var first = 0;
    while (first + 1 < shards.length && shards[first + 1].first <= from) {
      first++;
    }
    var last = first;
    while (last + 1 < shards.length && shards[last + 1].first <= to) {
      last++;
    }
    var loads = [];
    for (var i = first; i <= last; i++) {
      loads.push(this.termShard(manifest, i));
    }
    return Promise.all(loads);
  };

  Engine.prototype.termShard = function (manifest, i) {
    var self = this;
    return cached(this._termShards, i, function () {
      return self.fetchJson(manifest.terms[i].url).then(function (shard) {
        return { terms: shard.terms, postings: shard.postings, decoded: [] };
      });
    });
  };

  /** Every term in the loaded shards between from and to (inclusive): [{ term, shard, index }]. */
  function termsBetween(shards, from, to) {
    var found = [];
    shards.forEach(function (shard) {
      for (var i = lowerBound(shard.terms, from); i < shard.terms.length && shard.terms[i] <= to; i++) {
        found.push({ term: shard.terms[i], shard: shard, index: i });
      }
    });
    return found;
  }

  /** A term's postings as absolute [section, impact, section, impact, …]. */
  function postingsOf(entry) {
    var shard = entry.shard;
    var decoded = shard.decoded[entry.index];
    if (!decoded) {
      var raw = shard.postings[entry.index];
      decoded = new Array(raw.length);
      var doc = 0;
      for (var i = 0; i < raw.length; i += 2) {
        doc += raw[i];
        decoded[i] = doc;
        decoded[i + 1] = raw[i + 1];
      }
      shard.decoded[entry.index] = decoded;
    }
    return decoded;
  }

  /** The terms a clause stands for, each with how much a match counts: [{ entry, factor }]. */
  Engine.prototype.expand = function (manifest, clause) {
    var self = this;
    if (clause.phrase) {
      return Promise.all(clause.terms.map(function (term) {
        return self.termShards(manifest, term, term).then(function (shards) {
          var exact = termsBetween(shards, term, term);
          return exact.length ? { entry: exact[0], factor: 1 } : null;
        });
      }));
    }
    var term = clause.terms[0];
    var word = clause.word;
    var from = term;
    var to = term;
    if (clause.prefix) {
      from = term < word ? term : word;
      to = (term < word ? word : term) + LAST;
    }
    return this.termShards(manifest, from, to).then(function (shards) {
      var expansions = [];
      termsBetween(shards, term, term).forEach(function (entry) {
        expansions.push({ entry: entry, factor: 1 });
      });
      if (clause.prefix) {
        var seen = Object.create(null);
        seen[term] = true;
        var candidates = termsBetween(shards, term, term + LAST).concat(termsBetween(shards, word, word + LAST))
          .filter(function (entry) {
            if (seen[entry.term]) {
              return false;
            }
            seen[entry.term] = true;
            return true;
          });
        expansions = expansions.concat(mostFrequent(candidates).map(function (entry) {
          return { entry: entry, factor: PREFIX_FACTOR };
        }));
      }
      // One typing error, in words of five letters or more, when the word itself is not in the
      // index: terms one edit from the word or its stem, and the stems of the words one edit
      // from it ("tribnal" is one edit from "tribunal", whose stem is "tribun"). The first
      // letter must be right (as in most spelling correction), so only that letter's shards
      // are read.
      if (expansions.length > 0 || word.length < 5) {
        return expansions;
      }
      var letter = term.charAt(0);
      return self.termShards(manifest, letter, letter + LAST).then(function (letterShards) {
        var stems = Object.create(null);
        oneEditAway(word).forEach(function (variant) {
          var stemmed = termOf(variant);
          if (stemmed) {
            stems[stemmed] = true;
          }
        });
        var near = termsBetween(letterShards, letter, letter + LAST).filter(function (entry) {
          return stems[entry.term] || withinOneEdit(entry.term, term) || withinOneEdit(entry.term, word);
        });
        return mostFrequent(near).map(function (entry) {
          return { entry: entry, factor: TYPO_FACTOR };
        });
      });
    });
  };

  function mostFrequent(entries) {
    if (entries.length <= MAX_EXPANSIONS) {
      return entries;
    }
    return entries
      .map(function (entry) { return { entry: entry, count: entry.shard.postings[entry.index].length }; })
      .sort(function (a, b) { return b.count - a.count || (a.entry.term < b.entry.term ? -1 : 1); })
      .slice(0, MAX_EXPANSIONS)
      .map(function (item) { return item.entry; });
  }

  function inObjective(manifest, objective) {
    var ranges = (manifest.objectives || {})[objective] || [];
    return function (doc) {
      for (var i = 0; i < ranges.length; i++) {
        if (doc >= ranges[i][0] && doc < ranges[i][1]) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * Ranks the sections for a query: BM25F impacts (heading and title boosts are part of them)
   * added up over the query's words and phrases, scaled down for sections that match only some
   * of them. A phrase must be matched, its words in order. Resolves to
   * { query, clauses, hits: [{ doc, score }], highlight: { term: true } }.
   * options.objective ("I", "II", "III") keeps only that objective's sections.
   */
  Engine.prototype.search = function (query, options) {
    var self = this;
    var objective = options && options.objective;
    var clauses = parseQuery(query);
    var empty = { query: query, clauses: clauses, hits: [], highlight: {} };
    if (clauses.length === 0) {
      return Promise.resolve(empty);
    }
    return this.manifest().then(function (manifest) {
      return Promise.all(clauses.map(function (clause) {
        return self.expand(manifest, clause);
      })).then(function (expanded) {
        var highlight = Object.create(null);
        var totals = new Map();
        var required = 0;
        for (var c = 0; c < clauses.length; c++) {
          var clauseScores = new Map();
          if (clauses[c].phrase) {
            required++;
            if (expanded[c].some(function (x) { return x === null; })) {
              return empty;
            }
            phraseScores(expanded[c], clauseScores);
          } else {
            expanded[c].forEach(function (expansion) {
              var postings = postingsOf(expansion.entry);
              for (var p = 0; p < postings.length; p += 2) {
                var score = expansion.factor * postings[p + 1];
                var previous = clauseScores.get(postings[p]);
                if (previous === undefined || score > previous) {
                  clauseScores.set(postings[p], score);
                }
              }
            });
          }
          expanded[c].forEach(function (expansion) {
            highlight[expansion.entry.term] = true;
          });
          clauseScores.forEach(function (score, doc) {
            var total = totals.get(doc);
            if (!total) {
              totals.set(doc, total = { score: 0, matched: 0, phrases: 0 });
            }
            total.score += score;
            total.matched++;
            if (clauses[c].phrase) {
              total.phrases++;
            }
          });
        }
        var keep = objective ? inObjective(manifest, objective) : null;
        var hits = [];
        totals.forEach(function (total, doc) {
          if (total.phrases < required || (keep && !keep(doc))) {
            return;
          }
          var coverage = total.matched / clauses.length;
          hits.push({ doc: doc, score: total.score * coverage * coverage });
        });
        hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        var result = { query: query, clauses: clauses, hits: hits, highlight: highlight };
        return (required ? self.checkPhrases(result) : Promise.resolve(result)).then(function (checked) {
          return self.rerankAdjacent(checked, expanded);
        });
      });
    });
  };

  /** Sections that have every word of a phrase, scored by the sum of their impacts. */
  function phraseScores(expansions, into) {
    var first = true;
    expansions.forEach(function (expansion) {
      var postings = postingsOf(expansion.entry);
      var next = new Map();
      for (var p = 0; p < postings.length; p += 2) {
        if (first) {
          next.set(postings[p], postings[p + 1]);
        } else if (into.has(postings[p])) {
          next.set(postings[p], into.get(postings[p]) + postings[p + 1]);
        }
      }
      into.clear();
      next.forEach(function (score, doc) { into.set(doc, score); });
      first = false;
    });
  }

  /** Drops the candidates whose text does not have the phrases' words next to each other. */
  Engine.prototype.checkPhrases = function (result) {
    var phrases = result.clauses.filter(function (clause) { return clause.phrase; });
    var candidates = result.hits.slice(0, PHRASE_CHECKS);
    return this.records(candidates.map(function (hit) { return hit.doc; })).then(function (records) {
      result.hits = candidates.filter(function (hit, i) {
        var sequence = terms(records[i].h + "\n" + records[i].x).join(" ");
        return phrases.every(function (phrase) {
          return (" " + sequence + " ").indexOf(" " + phrase.terms.join(" ") + " ") >= 0;
        });
      });
      return result;
    });
  };

  /** Moves the best candidates whose text has neighbouring query words next to each other up. */
  Engine.prototype.rerankAdjacent = function (result, expanded) {
    var pairs = [];
    for (var c = 0; c + 1 < result.clauses.length; c++) {
      if (!result.clauses[c].phrase && !result.clauses[c + 1].phrase) {
        pairs.push([termSet(expanded[c]), termSet(expanded[c + 1])]);
      }
    }
    if (pairs.length === 0 || result.hits.length < 2) {
      return result;
    }
    var top = result.hits.slice(0, RERANK);
    return this.records(top.map(function (hit) { return hit.doc; })).then(function (records) {
      top.forEach(function (hit, i) {
        var sequence = terms(records[i].h + "\n" + records[i].x);
        var found = pairs.filter(function (pair) {
          for (var k = 0; k + 1 < sequence.length; k++) {
            if (pair[0][sequence[k]] && pair[1][sequence[k + 1]]) {
              return true;
            }
          }
          return false;
        }).length;
        hit.score *= 1 + ADJACENT_BONUS * found / pairs.length;
      });
      top.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      result.hits = top.concat(result.hits.slice(RERANK));
      return result;
    });
  };

  function termSet(expansions) {
    var set = Object.create(null);
    expansions.forEach(function (expansion) {
      if (expansion) {
        set[expansion.entry.term] = true;
      }
    });
    return set;
  }

  /** The section with number `doc`: { u, t, h, b, o, x, p }. */
  Engine.prototype.record = function (doc) {
    var self = this;
    return this.manifest().then(function (manifest) {
      var shards = manifest.docs;
      var i = 0;
      while (i + 1 < shards.length && shards[i + 1].first <= doc) {
        i++;
      }
      return cached(self._docShards, i, function () {
        return self.fetchJson(shards[i].url);
      }).then(function (shard) {
        return shard.records[doc - shard.first];
      });
    });
  };

  Engine.prototype.records = function (docs) {
    var self = this;
    return Promise.all(docs.map(function (doc) { return self.record(doc); }));
  };

  /** A text as parts [{ text, mark }], with the words whose terms are in `highlight` marked. */
  function highlightParts(text, highlight, from, to) {
    from = from || 0;
    to = to === undefined ? text.length : to;
    var parts = [];
    var at = from;
    tokenize(text.slice(from, to)).forEach(function (token) {
      if (token.term && highlight[token.term]) {
        if (from + token.start > at) {
          parts.push({ text: text.slice(at, from + token.start), mark: false });
        }
        parts.push({ text: text.slice(from + token.start, from + token.end), mark: true });
        at = from + token.end;
      }
    });
    if (at < to) {
      parts.push({ text: text.slice(at, to), mark: false });
    }
    // Blocks (paragraphs, list items, table cells) run on: a sentence as it is, anything else
    // with a separator, so that a list reads as a list.
    return parts.map(function (part) {
      return { text: part.text.replace(/([.!?:;])?\s*\n\s*/g, function (all, stop) { return stop ? stop + " " : " · "; }), mark: part.mark };
    });
  }

  /**
   * What a result shows and where it leads: { url, heading, crumbs, snippet, paragraph }. The
   * snippet is the passage of about `words` words with the most different query words; the
   * link leads to the paragraph it is from (inside the section), else to the section.
   */
  function describe(record, highlight, words) {
    words = words || 32;
    var text = record.x || "";
    var tokens = tokenize(text);
    var hits = [];
    tokens.forEach(function (token, i) {
      if (token.term && highlight[token.term]) {
        hits.push(i);
      }
    });
    var first = 0;
    var focus = -1;
    var lastHit = -1;
    if (hits.length) {
      var bestScore = -1;
      for (var h = 0; h < hits.length; h++) {
        var distinct = Object.create(null);
        var different = 0;
        var count = 0;
        var k = h;
        for (; k < hits.length && hits[k] < hits[h] + words; k++) {
          count++;
          if (!distinct[tokens[hits[k]].term]) {
            distinct[tokens[hits[k]].term] = true;
            different++;
          }
        }
        if (different * 1000 + count > bestScore) {
          bestScore = different * 1000 + count;
          focus = hits[h];
          lastHit = hits[k - 1];
        }
      }
      // A few words of context before the first match, but not back into the block before.
      first = Math.max(0, focus - 6);
      var blockStart = text.lastIndexOf("\n", tokens[focus].start);
      while (first < focus && tokens[first].start <= blockStart) {
        first++;
      }
    }
    // Long enough to show every match of the passage chosen, and a word or two after the last.
    var last = Math.min(tokens.length, Math.max(first + words, lastHit + 3));
    var from = first > 0 && tokens.length ? tokens[first].start : 0;
    var to = last < tokens.length ? tokens[last - 1].end : text.length;
    var snippet = tokens.length ? highlightParts(text, highlight, from, to) : [];
    if (snippet.length && from > 0) {
      snippet.unshift({ text: "… ", mark: false });
    }
    if (snippet.length && to < text.length) {
      snippet.push({ text: " …", mark: false });
    }

    var paragraph = null;
    var at = focus >= 0 ? tokens[focus].start : -1;
    (record.p || []).forEach(function (entry) {
      if (entry[1] <= at) {
        paragraph = entry[0];
      }
    });
    var page = record.u.split("#")[0];
    var crumbs = record.b.slice();
    if (crumbs.length && crumbs[crumbs.length - 1] === record.h) {
      crumbs.pop();
    }
    return {
      url: paragraph ? page + "#" + paragraph : record.u,
      sectionUrl: record.u,
      paragraph: paragraph,
      heading: highlightParts(record.h, highlight),
      crumbs: crumbs,
      snippet: snippet
    };
  }

  /* ---------------------------------------------------------------------------------------
     3. The page
     --------------------------------------------------------------------------------------- */

  var PAGE_SIZE = 20;
  var TYPING_PAUSE = 150;

  function isTyping(target) {
    return target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName || ""));
  }

  function start(document, window) {
    var source = document.querySelector("[data-search-manifest]");
    if (!source) {
      return;
    }
    var engine = null;
    function getEngine() {
      if (!engine) {
        engine = new Engine(source.getAttribute("data-search-manifest"));
      }
      return engine;
    }
    var page = document.querySelector("[data-search-page]");
    var headerForm = document.querySelector("form.site-search");
    var headerInput = document.getElementById("site-search-input");
    var pageInput = document.getElementById("search-page-input");

    // "/" goes to the search box from anywhere but a field the reader is typing in.
    document.addEventListener("keydown", function (event) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) {
        return;
      }
      var box = pageInput || headerInput;
      if (box) {
        event.preventDefault();
        box.focus();
        box.select();
      }
    });
    if (headerInput) {
      headerInput.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && headerInput.value) {
          event.preventDefault();
          headerInput.value = "";
        }
      });
    }
    if (page && pageInput) {
      startSearchPage(document, window, page, pageInput, headerForm, headerInput, getEngine);
    }
  }

  function startSearchPage(document, window, page, input, headerForm, headerInput, getEngine) {
    var form = input.form;
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var more = page.querySelector(".search-more");
    var moreButton = page.querySelector(".search-more-button");
    var noScript = page.querySelector("[data-search-no-script]");
    var radios = page.querySelectorAll("input[name=objective]");
    function text(name) {
      return page.getAttribute("data-text-" + name) || "";
    }
    if (noScript) {
      noScript.hidden = true;
    }
    Array.prototype.forEach.call(page.querySelectorAll("[data-search-script-only]"), function (element) {
      element.hidden = false;
    });

    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    if (headerInput) {
      headerInput.value = input.value;
    }
    var objectiveParam = params.get("objective") || "";
    Array.prototype.forEach.call(radios, function (radio) {
      radio.checked = radio.value === objectiveParam;
    });

    var generation = 0;
    var current = null;
    var shown = 0;
    var timer = 0;

    function objective() {
      var value = "";
      Array.prototype.forEach.call(radios, function (radio) {
        if (radio.checked) {
          value = radio.value;
        }
      });
      return value;
    }

    function updateUrl() {
      var next = new URLSearchParams();
      if (input.value) {
        next.set("q", input.value);
      }
      if (objective()) {
        next.set("objective", objective());
      }
      var search = next.toString();
      window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : ""));
    }

    function clearResults() {
      generation++;
      current = null;
      shown = 0;
      list.textContent = "";
      list.hidden = true;
      if (more) {
        more.hidden = true;
      }
      status.textContent = "";
    }

    function announce(result) {
      var count = result.hits.length;
      var template = count === 0 ? text("none") : count === 1 ? text("one") : text("many");
      status.textContent = template.replace("{count}", String(count)).replace("{query}", result.query.trim());
    }

    function run() {
      var query = input.value;
      if (!query.trim()) {
        clearResults();
        return;
      }
      var mine = ++generation;
      if (!current) {
        status.textContent = text("loading");
      }
      getEngine().search(query, { objective: objective() }).then(function (result) {
        if (mine !== generation) {
          return null;
        }
        current = result;
        shown = 0;
        return showMore(false).then(function () {
          if (mine === generation) {
            announce(result);
          }
        });
      }).catch(function () {
        if (mine === generation) {
          current = null;
          list.textContent = "";
          list.hidden = true;
          if (more) {
            more.hidden = true;
          }
          status.textContent = text("error");
        }
      });
    }

    function showMore(focusFirst) {
      var result = current;
      var mine = generation;
      var slice = result.hits.slice(shown, shown + PAGE_SIZE);
      return getEngine().records(slice.map(function (hit) { return hit.doc; })).then(function (records) {
        if (mine !== generation) {
          return;
        }
        if (shown === 0) {
          list.textContent = "";
        }
        var firstNew = null;
        records.forEach(function (record) {
          var item = resultItem(document, describe(record, result.highlight));
          list.appendChild(item);
          firstNew = firstNew || item.querySelector("a");
        });
        shown += slice.length;
        list.hidden = shown === 0;
        if (more) {
          more.hidden = shown >= result.hits.length;
        }
        if (focusFirst && firstNew) {
          firstNew.focus();
        }
      });
    }

    function schedule() {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        updateUrl();
        run();
      }, TYPING_PAUSE);
    }

    function clearQuery() {
      window.clearTimeout(timer);
      input.value = "";
      updateUrl();
      clearResults();
      input.focus();
    }

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll(".search-result-title a"));
    }

    input.addEventListener("input", schedule);
    input.addEventListener("focus", function () {
      // The reader is about to search: fetch the manifest now (errors show once they search).
      getEngine().manifest().catch(function () {});
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      updateUrl();
      run();
    });
    Array.prototype.forEach.call(radios, function (radio) {
      radio.addEventListener("change", function () {
        updateUrl();
        run();
      });
    });
    if (headerForm && headerInput) {
      // On the search page the header's box searches here, without loading the page again.
      headerForm.addEventListener("submit", function (event) {
        event.preventDefault();
        input.value = headerInput.value;
        updateUrl();
        run();
        input.focus();
      });
    }
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        var all = links();
        if (all.length) {
          event.preventDefault();
          all[0].focus();
        }
      } else if (event.key === "Escape") {
        event.preventDefault();
        clearQuery();
      }
    });
    list.addEventListener("keydown", function (event) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (at < 0) {
        return;
      }
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        var next = at + (event.key === "ArrowDown" ? 1 : -1);
        if (next < 0) {
          input.focus();
        } else if (next < all.length) {
          all[next].focus();
        }
      } else if (event.key === "Escape") {
        event.preventDefault();
        clearQuery();
      }
    });
    if (moreButton) {
      moreButton.addEventListener("click", function () {
        if (current) {
          showMore(true);
        }
      });
    }

    if (input.value.trim()) {
      run();
    }
  }

  /** One result, built with DOM calls only: the query and the index's text are never parsed as HTML. */
  function resultItem(document, view) {
    var item = document.createElement("li");
    item.className = "search-result";
    if (view.crumbs.length) {
      var crumbs = document.createElement("p");
      crumbs.className = "search-result-crumbs";
      crumbs.textContent = view.crumbs.join(" › ");
      item.appendChild(crumbs);
    }
    var title = document.createElement("h2");
    title.className = "search-result-title";
    var link = document.createElement("a");
    link.href = view.url;
    appendParts(document, link, view.heading);
    title.appendChild(link);
    item.appendChild(title);
    if (view.snippet.length) {
      var snippet = document.createElement("p");
      snippet.className = "search-result-snippet";
      appendParts(document, snippet, view.snippet);
      item.appendChild(snippet);
    }
    return item;
  }

  function appendParts(document, parent, parts) {
    parts.forEach(function (part) {
      if (part.mark) {
        var mark = document.createElement("mark");
        mark.textContent = part.text;
        parent.appendChild(mark);
      } else {
        parent.appendChild(document.createTextNode(part.text));
      }
    });
  }

  return {
    STOP_WORDS: STOP_WORDS,
    fold: fold,
    tokenize: tokenize,
    terms: terms,
    termOf: termOf,
    stem: stem,
    parseQuery: parseQuery,
    withinOneEdit: withinOneEdit,
    Engine: Engine,
    describe: describe,
    highlightParts: highlightParts,
    start: start
  };
});
