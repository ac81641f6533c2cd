// The month calendar of a homestay page: one month at a time; tap the night you arrive, then the day
// you leave, and the booking form's dates, the nights and the total follow. Rooms taken on one of the
// nights, or too small for the guests, are greyed out in the form. Without this script the page shows
// every month and the form's date fields book just the same.
(function () {
  "use strict";
  var root = document.querySelector("[data-stay-calendar]");
  if (!root) return;
  var room = document.getElementById("booking-room");
  var checkIn = document.getElementById("booking-check-in");
  var checkOut = document.getElementById("booking-check-out");
  var guests = document.getElementById("booking-people");
  var months = Array.prototype.slice.call(root.querySelectorAll("[data-month]"));
  var nav = root.querySelector("[data-calendar-nav]");
  var title = root.querySelector("[data-calendar-title]");
  var totalBox = document.querySelector("[data-stay-total]");
  var noneBox = document.querySelector("[data-stay-none]");
  var shown = 0;

  // Today in Cao Bằng (no daylight saving): a cached page may have been made yesterday.
  var offset = parseInt(root.dataset.utcOffset, 10) || 0;
  var today = new Date(Date.now() + offset * 60000).toISOString().slice(0, 10);
  if (today < root.dataset.today) today = root.dataset.today;

  function addDays(iso, n) {
    var d = new Date(iso + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }
  function nightsBetween(from, to) {
    var list = [];
    for (var night = from; night < to; night = addDays(night, 1)) list.push(night);
    return list;
  }
  function rooms() {
    return room ? Array.prototype.slice.call(room.options) : [];
  }
  function fits(option, nights) {
    var busy = (option.dataset.busy || "").split(" ");
    var people = parseInt(guests && guests.value, 10) || 1;
    return parseInt(option.dataset.capacity, 10) >= people && nights.every(function (n) { return busy.indexOf(n) < 0; });
  }
  function formatVnd(amount) {
    var digits = String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, totalBox.dataset.group);
    return totalBox.dataset.symbolFirst ? "₫" + digits : digits + " ₫";
  }

  function update() {
    var from = checkIn.value, to = checkOut.value;
    var nights = from && to && to > from ? nightsBetween(from, to) : [];
    rooms().forEach(function (o) { o.disabled = !fits(o, nights); });
    if (room.selectedOptions[0] && room.selectedOptions[0].disabled) {
      var free = rooms().filter(function (o) { return !o.disabled; })[0];
      if (free) room.value = free.value;
    }
    var chosen = room.selectedOptions[0];
    var ok = nights.length > 0 && chosen && !chosen.disabled;
    totalBox.hidden = !ok;
    noneBox.hidden = ok || !nights.length;
    if (ok) {
      var label = nights.length === 1 ? totalBox.dataset.nightsOne : totalBox.dataset.nightsMany;
      totalBox.querySelector("[data-stay-nights]").textContent = label.replace("%(count)s", nights.length);
      totalBox.querySelector("output").textContent = formatVnd(parseInt(chosen.dataset.price, 10) * nights.length);
    }
    root.querySelectorAll(".cal-day[data-date]").forEach(function (day) {
      var date = day.dataset.date;
      var inStay = from && (date === from || (to > from && date >= from && date <= to));
      day.classList.toggle("cal-day--range", !!inStay);
      day.setAttribute("aria-pressed", inStay ? "true" : "false");
      if (date < today) { day.className = "cal-day cal-day--past"; day.disabled = true; }
    });
  }

  function showMonth(index) {
    shown = Math.max(0, Math.min(months.length - 1, index));
    months.forEach(function (month, n) { month.hidden = n !== shown; });
    title.textContent = months[shown].querySelector("caption").textContent;
    nav.querySelector('[data-step="-1"]').disabled = shown === 0;
    nav.querySelector('[data-step="1"]').disabled = shown === months.length - 1;
  }

  function tap(date) {
    // First tap: the night you arrive; a later day: the day you leave; an earlier one starts again.
    if (!checkIn.value || checkOut.value || date <= checkIn.value) {
      checkIn.value = date;
      checkOut.value = "";
    } else {
      checkOut.value = date;
    }
    update();
  }

  root.querySelectorAll("span.cal-day[data-date]").forEach(function (span) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = span.className;
    button.dataset.date = span.dataset.date;
    button.textContent = span.textContent;
    span.replaceWith(button);
  });
  root.addEventListener("click", function (event) {
    var day = event.target.closest("button.cal-day[data-date]");
    var step = event.target.closest("[data-step]");
    var next = event.target.closest("[data-next-free]");
    if (day) tap(day.dataset.date);
    else if (step) showMonth(shown + parseInt(step.dataset.step, 10));
    else if (next) {
      event.preventDefault();
      checkIn.value = "";
      tap(next.dataset.date);
      var index = months.findIndex(function (m) { return m.querySelector('[data-date="' + next.dataset.date + '"]'); });
      if (index >= 0) showMonth(index);
    }
  });
  [room, checkIn, checkOut, guests].forEach(function (field) {
    if (field) field.addEventListener("input", update);
    if (field) field.addEventListener("change", update);
  });

  nav.hidden = false;
  root.querySelector("[data-stay-hint]").hidden = false;
  root.classList.add("month-calendar--live");
  showMonth(0);
  update();
})();
