// The header's cart count comes from its own small request, so every page stays cacheable whole.
(function () {
  var link = document.querySelector("[data-cart-badge]");
  if (!link || !window.fetch) return;
  fetch(link.dataset.cartBadge, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (data) { if (data && data.count) link.textContent = data.label; });
})();
