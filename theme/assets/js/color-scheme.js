/* The reader's choice of light or dark (made with the button that site.js adds), applied before
   the page is drawn: this small script runs as the first thing in <body>, not deferred, so that a
   reader who chose dark never sees a flash of light first. Without it, or without a choice, the
   system setting applies. */
(function () {
  "use strict";
  try {
    var choice = window.localStorage.getItem("policysite-color-scheme");
    if (choice === "dark" || choice === "light") {
      document.documentElement.setAttribute("data-color-scheme", choice);
    }
  } catch (e) {
    // Storage is switched off: the system setting applies.
  }
})();
