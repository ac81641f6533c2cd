// Confirms the order's PaymentIntent with Stripe.js and the Card Element, then shows the order
// page, which turns "paid" when Stripe's webhook reaches the server (never on the browser's word).
(function () {
  var form = document.getElementById("payment-form");
  if (!form || !window.Stripe) return;
  var stripe = Stripe(form.dataset.key);
  var card = stripe.elements().create("card");
  card.mount("#card-element");
  var errors = document.getElementById("card-errors");
  var button = form.querySelector("button");

  function done(result) {
    if (result.error) {
      errors.textContent = result.error.message || result.error;
      button.disabled = false;
    } else {
      window.location = form.dataset.next;
    }
  }

  function confirm() {
    return stripe.confirmCardPayment(form.dataset.clientSecret, { payment_method: { card: card } });
  }

  // Offline demo only: localstripe's stand-in cannot charge a card element, so the server attaches
  // the typed test card; the stand-in's confirmCardPayment then completes any 3-D Secure step.
  function demoConfirm() {
    return fetch(form.dataset.demoCard, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": form.dataset.csrf },
      body: JSON.stringify((card.value || {}).card || {}),
    }).then(function (response) { return response.json(); }).then(function (body) {
      if (body.error) return { error: { message: body.error } };
      return body.status === "requires_action" ? stripe.confirmCardPayment(form.dataset.clientSecret) : {};
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    button.disabled = true;
    (form.dataset.demoCard ? demoConfirm() : confirm()).then(done);
  });
})();
