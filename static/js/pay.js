// Confirms the order's PaymentIntent with Stripe.js and the Card Element, then shows the order
// page, which turns "paid" when Stripe's webhook reaches the server (never on the browser's word).
(function () {
  var form = document.getElementById("payment-form");
  if (!form || !window.Stripe) return;
  var stripe = Stripe(form.dataset.key);
  var card = stripe.elements().create("card");
  card.mount("#card-element");
  var errors = document.getElementById("card-errors");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    form.querySelector("button").disabled = true;
    stripe.confirmCardPayment(form.dataset.clientSecret, { payment_method: { card: card } }).then(function (result) {
      if (result.error) {
        errors.textContent = result.error.message;
        form.querySelector("button").disabled = false;
      } else {
        window.location = form.dataset.next;
      }
    });
  });
})();
