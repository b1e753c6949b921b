/* PolicySite: progressive enhancement only. Every page works fully without this file. */

/* Events: a page built before an event ended must not go on presenting it as to come. Elements
   with data-event-end (an ISO 8601 time with offset) take the text of data-past-text and are
   shown once the reader's clock is past that time. Without this script the build-time text stands. */
(function () {
  "use strict";
  var now = Date.now();
  var elements = document.querySelectorAll("[data-event-end]");
  for (var i = 0; i < elements.length; i++) {
    var element = elements[i];
    var end = Date.parse(element.getAttribute("data-event-end"));
    if (isNaN(end) || end >= now) {
      continue;
    }
    var text = element.getAttribute("data-past-text");
    if (text) {
      element.textContent = text;
    }
    element.removeAttribute("hidden");
    element.classList.add("is-past");
  }
})();
