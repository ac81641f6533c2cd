// A signed-in visitor's email in the back-in-season form: fetched, so the product page itself holds
// nothing per visitor and stays cacheable whole.
(function () {
  var form = document.querySelector("form.season-alert[data-prefill]");
  if (!form || !window.fetch) return;
  var input = form.querySelector("input[name=email]");
  fetch(form.dataset.prefill, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) { if (data && data.email && input && !input.value) input.value = data.email; });
})();
