// Suggestions under the header search box, from /<lang>/search/suggest/ (docs/search.md).
// Progressive: without this script the form submits to the search page as before. ARIA 1.2 combobox
// pattern: focus stays in the input, the highlighted option is named by aria-activedescendant.
(function () {
  var form = document.querySelector("form[data-suggest]");
  var input = form && form.querySelector("input[name=q]");
  if (!input || !window.fetch || !window.AbortController) return;

  var DELAY = 150; // ms after the last keystroke
  var listId = input.id + "-suggestions";
  var list = document.createElement("ul");
  list.id = listId;
  list.className = "typeahead";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", form.dataset.suggestLabel || "");
  list.hidden = true;
  form.appendChild(list);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);
  input.setAttribute("autocomplete", "off");

  var timer = null;
  var pending = null; // the AbortController of the request in flight
  var composing = false; // inside an IME composition (Chinese pinyin, Lao keyboards): wait for its end
  var active = -1;
  var shownFor = null;

  function options() {
    return list.querySelectorAll("[role=option]");
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    var items = options();
    if (!items.length) return;
    if (index < 0) index = items.length - 1;
    if (index >= items.length) index = 0;
    for (var i = 0; i < items.length; i++) items[i].setAttribute("aria-selected", i === index ? "true" : "false");
    active = index;
    input.setAttribute("aria-activedescendant", items[index].id);
    items[index].scrollIntoView({ block: "nearest" });
  }

  function render(query, suggestions) {
    list.textContent = "";
    active = -1;
    input.removeAttribute("aria-activedescendant");
    shownFor = query;
    suggestions.forEach(function (suggestion, index) {
      var item = document.createElement("li");
      item.id = listId + "-" + index;
      item.setAttribute("role", "option");
      item.setAttribute("aria-selected", "false");
      item.className = "typeahead__option typeahead__option--" + suggestion.type;
      // Plain text, no link inside: an option holds no other control (axe nested-interactive).
      item.dataset.href = suggestion.url;
      item.textContent = suggestion.title;
      list.appendChild(item);
    });
    if (suggestions.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    } else {
      close();
    }
  }

  function request() {
    var query = input.value.trim();
    // One Latin letter matches too much; one Lao or Chinese character is already a word or syllable.
    if (!query || (query.length < 2 && /^[\x00-\x7f]$/.test(query))) {
      if (pending) pending.abort();
      close();
      shownFor = null;
      return;
    }
    if (query === shownFor) return;
    if (pending) pending.abort(); // a slower answer to an older query must never replace a newer one
    var controller = new AbortController();
    pending = controller;
    var url = form.dataset.suggest + "?q=" + encodeURIComponent(query);
    fetch(url, { signal: controller.signal, credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
      .then(function (data) {
        if (pending !== controller) return;
        pending = null;
        if (document.activeElement === input) render(query, data.suggestions || []);
      })
      .catch(function () { /* aborted, or offline: the form still submits */ });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(request, DELAY);
  }

  input.addEventListener("compositionstart", function () {
    composing = true;
    clearTimeout(timer);
  });
  input.addEventListener("compositionend", function () {
    composing = false;
    schedule();
  });
  input.addEventListener("input", function (event) {
    if (composing || event.isComposing) return;
    schedule();
  });

  input.addEventListener("keydown", function (event) {
    if (composing || event.isComposing) return; // the IME's own candidate keys
    var open = !list.hidden;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!open) {
        if (options().length) {
          list.hidden = false;
          input.setAttribute("aria-expanded", "true");
        } else {
          shownFor = null;
          request();
          return;
        }
      }
      event.preventDefault();
      highlight(active + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter" && open && active >= 0) {
      event.preventDefault();
      window.location.assign(options()[active].dataset.href);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
    }
  });

  // Keep focus in the input while a suggestion is pressed, so blur does not close the list first.
  list.addEventListener("mousedown", function (event) { event.preventDefault(); });
  list.addEventListener("click", function (event) {
    var option = event.target.closest("[role=option]");
    if (option) window.location.assign(option.dataset.href);
  });
  input.addEventListener("blur", function () { close(); });
  document.addEventListener("click", function (event) {
    if (!form.contains(event.target)) close();
  });
})();
