// The search client as the browser gets it (theme/assets/js/search.js), loaded in Node.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);

export const search = require("../../../theme/assets/js/search.js");

/** A file of the repository, parsed as JSON. */
export function repositoryJson(relative) {
  return JSON.parse(readFileSync(new URL(`../../../${relative}`, import.meta.url), "utf8"));
}
