// The month calendar of an experience page: one month at a time, a day's sessions as buttons that
// fill the booking form, the group's total and the next free date. Without this script the page
// shows every month and the form's plain list of sessions, which books just the same.
// Everything it needs is in the page (the form's <option>s carry date, time and places left), so the
// page stays cacheable whole; "today" is worked out here, since a cached page may be yesterday's.
(function () {
  "use strict";
  var root = document.querySelector("[data-month-calendar]");
  if (!root) return;
  var select = document.getElementById(root.dataset.select);
  var people = document.getElementById(root.dataset.people);
  var months = Array.prototype.slice.call(root.querySelectorAll("[data-month]"));
  var nav = root.querySelector("[data-calendar-nav]");
  var title = root.querySelector("[data-calendar-title]");
  var dayBox = root.querySelector("[data-day-sessions]");
  var dayTitle = root.querySelector("[data-day-title]");
  var choices = root.querySelector("[data-session-choices]");
  var nextLine = root.querySelector("[data-next-free-line]");
  var nextLink = root.querySelector("[data-next-free]");
  var noneLine = root.querySelector("[data-no-free-line]");
  var totalBox = document.querySelector("[data-booking-total]");
  var shown = 0;
  var chosenDate = null;

  // Today in Cao Bằng (no daylight saving): the server's offset applied to this device's clock.
  var offset = parseInt(root.dataset.utcOffset, 10) || 0;
  var today = new Date(Date.now() + offset * 60000).toISOString().slice(0, 10);
  if (today < root.dataset.today) today = root.dataset.today; // a clock behind the server's: trust the page

  function options() {
    return select ? Array.prototype.slice.call(select.options) : [];
  }
  function group() {
    var n = parseInt(people && people.value, 10);
    return n > 0 ? n : 1;
  }
  function bookable(option) {
    // Started since the page was rendered (or cached), or on a day that is now past.
    var started = parseInt(option.dataset.starts, 10) * 1000 <= Date.now() && option.dataset.date <= today;
    return !started && option.dataset.date >= today && parseInt(option.dataset.left, 10) >= group();
  }
  function sessionsOn(date) {
    return options().filter(function (o) { return o.dataset.date === date; });
  }

  function formatVnd(amount) {
    var digits = String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, totalBox.dataset.group);
    return totalBox.dataset.symbolFirst ? "₫" + digits : digits + " ₫";
  }
  function updateTotal() {
    if (!totalBox) return;
    totalBox.hidden = false;
    totalBox.querySelector("output").textContent = formatVnd(parseInt(totalBox.dataset.price, 10) * group());
  }

  // Days: open (a session with places for the group), full, or past.
  function markDays() {
    root.querySelectorAll("[data-date].cal-day").forEach(function (day) {
      var date = day.dataset.date;
      var state = date < today ? "past" : sessionsOn(date).some(bookable) ? "open" : "full";
      day.className = "cal-day cal-day--" + state + (date === chosenDate ? " cal-day--chosen" : "");
      day.disabled = state === "past";
      day.setAttribute("aria-pressed", date === chosenDate ? "true" : "false");
    });
  }
  function markOptions() {
    options().forEach(function (o) { o.disabled = !bookable(o); });
    if (select && select.selectedOptions[0] && select.selectedOptions[0].disabled) {
      var first = sessionsOn(chosenDate).filter(bookable)[0] || options().filter(bookable)[0];
      if (first) select.value = first.value;
    }
  }
  function markNextFree() {
    var next = options().filter(bookable)[0];
    nextLine.hidden = !next;
    noneLine.hidden = !!next;
    if (!next) return;
    var day = root.querySelector('.cal-day[data-date="' + next.dataset.date + '"]');
    nextLink.dataset.date = next.dataset.date;
    nextLink.textContent = day ? day.dataset.label : next.dataset.date;
  }

  function showMonth(index) {
    shown = Math.max(0, Math.min(months.length - 1, index));
    months.forEach(function (month, n) { month.hidden = n !== shown; });
    title.textContent = months[shown].querySelector("caption").textContent;
    nav.querySelector('[data-step="-1"]').disabled = shown === 0;
    nav.querySelector('[data-step="1"]').disabled = shown === months.length - 1;
  }

  function choose(date, focus) {
    chosenDate = date;
    var index = months.findIndex(function (m) { return m.querySelector('[data-date="' + date + '"]'); });
    if (index >= 0) showMonth(index);
    var day = root.querySelector('.cal-day[data-date="' + date + '"]');
    dayTitle.textContent = day ? day.dataset.label : date;
    choices.textContent = "";
    sessionsOn(date).forEach(function (option) {
      var item = document.createElement("li");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "session-choice";
      button.dataset.session = option.value;
      button.disabled = !bookable(option);
      button.setAttribute("aria-pressed", select.value === option.value ? "true" : "false");
      var time = document.createElement("strong");
      time.textContent = option.dataset.time;
      button.appendChild(time);
      button.appendChild(document.createTextNode(" " + option.dataset.label));
      item.appendChild(button);
      choices.appendChild(item);
    });
    dayBox.hidden = false;
    var first = sessionsOn(date).filter(bookable)[0];
    if (first && (!select.selectedOptions[0] || select.selectedOptions[0].dataset.date !== date)) {
      pick(first.value);
    }
    markDays();
    if (focus) dayTitle.focus();
  }
  function pick(value) {
    select.value = value;
    choices.querySelectorAll("[data-session]").forEach(function (b) {
      b.setAttribute("aria-pressed", b.dataset.session === value ? "true" : "false");
    });
  }

  function refresh() {
    markOptions();
    markDays();
    markNextFree();
    updateTotal();
    if (chosenDate) choose(chosenDate, false);
  }

  // Days with sessions become buttons.
  root.querySelectorAll("span.cal-day[data-date]").forEach(function (span) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = span.className;
    button.dataset.date = span.dataset.date;
    button.dataset.label = span.dataset.label;
    button.setAttribute("aria-label", span.dataset.label);
    button.textContent = span.textContent;
    span.replaceWith(button);
  });
  root.addEventListener("click", function (event) {
    var day = event.target.closest("button.cal-day[data-date]");
    var step = event.target.closest("[data-step]");
    var session = event.target.closest("[data-session]");
    if (day) choose(day.dataset.date, true);
    else if (step) showMonth(shown + parseInt(step.dataset.step, 10));
    else if (session) pick(session.dataset.session);
    else if (event.target === nextLink) {
      event.preventDefault();
      choose(nextLink.dataset.date, true);
    }
  });
  if (select) {
    select.addEventListener("change", function () {
      var option = select.selectedOptions[0];
      if (option) choose(option.dataset.date, false);
    });
  }
  if (people) people.addEventListener("input", refresh);

  nav.hidden = false;
  root.classList.add("month-calendar--live");
  var start = months.findIndex(function (m) { return m.dataset.month.slice(0, 7) >= today.slice(0, 7); });
  showMonth(start < 0 ? 0 : start);
  refresh();
  var next = options().filter(bookable)[0];
  if (next) choose(next.dataset.date, false); // open on the next free date, its sessions shown
})();
