// A package page's departures: tap one to choose it in the booking form; the group's size greys out
// the departures without enough places and gives the total. Without this script the list is plain
// text and the form's select books just the same.
(function () {
  "use strict";
  var root = document.querySelector("[data-departure-calendar]");
  if (!root) return;
  var select = document.getElementById(root.dataset.select);
  var people = document.getElementById(root.dataset.people);
  var totalBox = document.querySelector("[data-booking-total]");
  var noneBox = document.querySelector("[data-departure-none]");
  if (!select || !people) return;

  function group() {
    var n = parseInt(people.value, 10);
    return n > 0 ? n : 1;
  }
  function formatVnd(amount) {
    var digits = String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, totalBox.dataset.group);
    return totalBox.dataset.symbolFirst ? "₫" + digits : digits + " ₫";
  }
  function update() {
    var options = Array.prototype.slice.call(select.options);
    options.forEach(function (o) { o.disabled = parseInt(o.dataset.left, 10) < group(); });
    if (select.selectedOptions[0] && select.selectedOptions[0].disabled) {
      var free = options.filter(function (o) { return !o.disabled; })[0];
      if (free) select.value = free.value;
    }
    var any = options.some(function (o) { return !o.disabled; });
    noneBox.hidden = any;
    totalBox.hidden = !any;
    totalBox.querySelector("output").textContent = formatVnd(parseInt(totalBox.dataset.price, 10) * group());
    root.querySelectorAll("[data-departure]").forEach(function (b) {
      b.disabled = parseInt(b.dataset.left, 10) < group();
      b.setAttribute("aria-pressed", b.dataset.departure === select.value ? "true" : "false");
    });
  }

  root.querySelectorAll("span[data-departure]").forEach(function (span) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = span.className;
    button.dataset.departure = span.dataset.departure;
    button.dataset.left = span.dataset.left;
    while (span.firstChild) button.appendChild(span.firstChild);
    span.replaceWith(button);
  });
  root.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-departure]");
    if (!button || button.disabled) return;
    select.value = button.dataset.departure;
    update();
    people.focus();
  });
  select.addEventListener("change", update);
  people.addEventListener("input", update);
  update();
})();
