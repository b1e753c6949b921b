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

/* Colour scheme: the system setting applies until the reader presses "Dark mode". The choice is
   kept in localStorage and applied on every page as data-color-scheme on <html>, which site.css
   turns into color-scheme (every colour is a light-dark() pair). The button is hidden in the
   HTML and revealed here, so that without this script nobody sees a button that does nothing. */
(function () {
  "use strict";
  var key = "policysite-color-scheme";
  var root = document.documentElement;
  var system = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  var button = document.querySelector(".scheme-toggle");
  var remembered = read();

  function read() {
    try {
      var value = window.localStorage.getItem(key);
      return value === "dark" || value === "light" ? value : null;
    } catch (e) {
      return null; // Storage can be switched off; the choice then lasts for this page only.
    }
  }

  function current() {
    return remembered || (system && system.matches ? "dark" : "light");
  }

  function apply() {
    if (remembered) {
      root.setAttribute("data-color-scheme", remembered);
    } else {
      root.removeAttribute("data-color-scheme");
    }
    if (button) {
      button.setAttribute("aria-pressed", current() === "dark" ? "true" : "false");
    }
  }

  apply();
  if (!button) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    remembered = current() === "dark" ? "light" : "dark";
    try {
      window.localStorage.setItem(key, remembered);
    } catch (e) {
      // Not remembered, but still applied to this page.
    }
    apply();
  });
  if (system && system.addEventListener) {
    system.addEventListener("change", apply);
  }
  // A choice made in another tab applies here too.
  window.addEventListener("storage", function (event) {
    if (event.key === key) {
      remembered = read();
      apply();
    }
  });
})();
