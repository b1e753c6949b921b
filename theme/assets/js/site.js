/* PolicySite: progressive enhancement only. Every page works fully without this file. */
