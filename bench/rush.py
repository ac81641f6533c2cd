"""The rush scenarios of `make bench`, against the running gunicorn (bench/run.py starts it and localstripe).

- Flash sale: BUYERS arrive within WINDOW seconds for UNITS units of one variant. Half use the web
  (add to cart, open the checkout form, send it), half the JSON API (cart, product, checkout); one
  in five sends the checkout twice at once (a double click), from a second connection with the same
  cookies or cart token.
- Booking rush: TRAVELLERS arrive within WINDOW seconds for 40 places (bench/rush_data.PLACES) on one
  session, one room-night and one package departure, through the API, adding the lines of mixed
  carts in opposite orders; a line refused as sold out is dropped and the rest checked out.

Each visitor is a thread from a bounded pool with its own connections to 127.0.0.1 only; every
request has a timeout and no visitor starts after the deadline. Afterwards the database is asked
(bench/rush_data.py check) whether stock and places add up, and pg_stat_database whether any
transaction was ended by a deadlock.
"""

import http.client
import json
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
TIMEOUT = 30  # seconds per request: below gunicorn's 60 s
# Visitors in flight at once: a visitor arriving while all are busy starts when one finishes, so a slow
# server stretches the arrivals instead of piling up connections that would time out.
THREADS = {"flash sale": 64, "booking rush": 32}
CONTACT = {"name": "Nông Thị Lan", "email": "lan@example.com", "phone": "0912345678", "delivery_method": "pickup"}
CSRF_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
API_ERROR = re.compile(rb'"code":\s*"([a-z_]+)"')  # the API's {"error": {"code": …}}


@dataclass
class Answer:
    status: int  # 0: no answer (refused, reset or timed out)
    body: bytes
    ms: float


class Visitor:
    """One browser or app: its cookies (Secure ones too, loopback is plain HTTP), a connection per request."""

    def __init__(self, port, cookies=None):
        self.port = port
        self.cookies = dict(cookies or {})

    def twin(self):
        """The same visitor's second click: same cookies, a connection of its own."""
        return Visitor(self.port, self.cookies)

    def send(self, method, path, *, form=None, data=None, headers=()):
        head = {"Host": "127.0.0.1", **dict(headers)}
        body = None
        if form is not None:
            body, head["Content-Type"] = urlencode(form), "application/x-www-form-urlencoded"
        if data is not None:
            body, head["Content-Type"], head["Accept"] = json.dumps(data), "application/json", "application/json"
        if self.cookies:
            head["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        started = time.perf_counter()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        try:
            conn.request(method, path, body, head)
            response = conn.getresponse()
            content = response.read()
        except (OSError, http.client.HTTPException):
            return Answer(0, b"", (time.perf_counter() - started) * 1000)
        finally:
            conn.close()
        for cookie in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = cookie.partition("=")
            self.cookies[name.strip()] = rest.split(";", 1)[0]
        return Answer(response.status, content, (time.perf_counter() - started) * 1000)


@dataclass
class Tally:
    """Every answer of a scenario, by step ("checkout" is what the percentiles are of)."""

    answers: list = field(default_factory=list)
    skipped: int = 0

    def record(self, step, answer, *, ok=(200, 201, 302), refused=(409,)):
        kind = (
            "ok"
            if answer.status in ok
            else "refused"
            if answer.status in refused
            else "error"
            if answer.status >= 500
            else "other"
        )
        code = API_ERROR.search(answer.body) if answer.status >= 400 else None
        if code is None and answer.status == 400 and b"sold out" in answer.body:
            code = re.match(rb"(sold out)", b"sold out")  # the web form shown again with its "sold out" message
        label = f"{answer.status or 'none'}" + (f" {code.group(1).decode()}" if code else "")
        self.answers.append((step, label, kind, answer.ms))  # list.append is atomic: no lock needed
        return answer


def at_once(visitors, send):
    """The same request from each visitor, released together (a double click)."""
    barrier = threading.Barrier(len(visitors))
    answers = [None] * len(visitors)

    def click(index):
        try:
            barrier.wait(timeout=TIMEOUT)
        except threading.BrokenBarrierError:
            pass
        answers[index] = send(visitors[index])

    threads = [threading.Thread(target=click, args=(n,)) for n in range(len(visitors))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


def crowd(count, work, *, window, threads, deadline):
    """work(i) for i in range(count), visitor i arriving at i/count of `window`; none starts after `deadline` s.

    Returns how many never started, the seconds the whole crowd took and when the last visitor started.
    """
    begin = time.perf_counter() + 0.2
    counter = iter(range(count))
    lock = threading.Lock()
    skipped, last = [0], [0.0]

    def worker():
        while True:
            with lock:
                index = next(counter, None)
            if index is None:
                return
            arrival = begin + window * index / count
            time.sleep(max(0.0, arrival - time.perf_counter()))
            if time.perf_counter() - begin > deadline:
                skipped[0] += 1
                continue
            last[0] = max(last[0], time.perf_counter() - begin)
            work(index)

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return skipped[0], time.perf_counter() - begin, last[0]


def flash_buyer(index, *, port, variant, tally):
    visitor = Visitor(port)
    double = index % 5 == 2
    if index % 2 == 0:  # the web shop
        added = tally.record(
            "add",
            visitor.send(
                "POST",
                "/en/cart/add/",
                form={"variant": variant, "quantity": 1},
                headers={"Sec-Fetch-Site": "same-origin"},
            ),
            refused=(400,),
        )
        if added.status != 302:
            return
        page = tally.record("form", visitor.send("GET", "/en/checkout/"))
        token = CSRF_FIELD.search(page.body)
        if token is None:
            return
        form = {**CONTACT, "address_kind": "vietnam", "csrfmiddlewaretoken": token.group(1).decode()}

        def checkout(v):
            return tally.record(
                "checkout", v.send("POST", "/en/checkout/", form=form), refused=(400,)
            )  # 400: the form says sold out
    else:  # the API
        cart = tally.record("cart", visitor.send("POST", "/api/v1/carts/?lang=en", data={}))
        if cart.status != 201:
            return
        token = json.loads(cart.body)["token"]
        added = tally.record(
            "add",
            visitor.send("POST", f"/api/v1/carts/{token}/products/?lang=en", data={"variant": variant, "quantity": 1}),
        )
        if added.status != 201:
            return

        def checkout(v):
            return tally.record("checkout", v.send("POST", f"/api/v1/carts/{token}/checkout/?lang=en", data=CONTACT))

    if double:
        at_once([visitor, visitor.twin()], checkout)
    else:
        checkout(visitor)


def traveller(index, *, port, ids, tally):
    visitor = Visitor(port)
    cart = tally.record("cart", visitor.send("POST", "/api/v1/carts/?lang=en", data={}))
    if cart.status != 201:
        return
    token = json.loads(cart.body)["token"]
    who = {key: CONTACT[key] for key in ("name", "email", "phone")}
    session = {"kind": "session", "session": ids["session"], "people": 1 + index % 2, **who}
    departure = {"kind": "departure", "departure": ids["departure"], "people": 1 + index // 2 % 2, **who}
    stay = {
        "kind": "stay",
        "room": ids["room"],
        "check_in": ids["night"],
        "check_out": ids["check_out"],
        "people": 2 + index % 7,
        **who,
    }
    lines = [[session, departure], [departure, session], [session, stay, departure], [departure, stay, session]][
        index % 4
    ]
    added = 0
    for line in lines:
        answer = tally.record("add", visitor.send("POST", f"/api/v1/carts/{token}/bookings/?lang=en", data=line))
        added += answer.status == 201
    if added:
        tally.record("checkout", visitor.send("POST", f"/api/v1/carts/{token}/checkout/?lang=en", data=CONTACT))


def deadlocks(database_url):
    """Transactions PostgreSQL has ended as deadlock victims in this database, so far."""
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as conn:
        return conn.execute("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()").fetchone()[0]


def run_scenario(name, count, work, *, database_url, window, log):
    before, log_start = deadlocks(database_url), log.stat().st_size
    tally = Tally()
    print(f"Rush: {name}, {count} visitors within {window} s …", flush=True)
    tally.skipped, seconds, last = crowd(
        count, lambda i: work(i, tally), window=window, threads=THREADS[name], deadline=window + 90
    )
    time.sleep(2)  # backends report their counters to pg_stat_database within a second or so of going idle
    with open(log, "rb") as handle:
        handle.seek(log_start)
        logged = handle.read().count(b"deadlock detected")
    return {
        "name": name,
        "visitors": count,
        "tally": tally,
        "seconds": seconds,
        "last_start": last,
        "deadlocks": deadlocks(database_url) - before,
        "logged_deadlocks": logged,
    }


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q / 100 * (len(values) - 1))))] if values else 0.0


def run(*, env, port, database_url, buyers, units, travellers, window):
    """Create the rows, run both scenarios, check the database; returns what report() prints."""
    made = subprocess.run(
        [PY, "-m", "bench.rush_data", "setup", "--units", str(units)], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if made.returncode:
        sys.exit(made.stderr)
    ids = json.loads(made.stdout)
    log = ROOT / "var" / "bench" / "gunicorn.log"
    results = [
        run_scenario(
            "flash sale",
            buyers,
            lambda i, t: flash_buyer(i, port=port, variant=ids["variant"], tally=t),
            database_url=database_url,
            window=window,
            log=log,
        ),
        run_scenario(
            "booking rush",
            travellers,
            lambda i, t: traveller(i, port=port, ids=ids, tally=t),
            database_url=database_url,
            window=window,
            log=log,
        ),
    ]
    checked = subprocess.run(
        [PY, "-m", "bench.rush_data", "check", json.dumps(ids)], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if checked.returncode:
        sys.exit(checked.stderr)
    figures = json.loads(checked.stdout)
    results[0]["figures"], results[1]["figures"] = figures["flash"], figures["booking"]
    return results


def report(results):
    """The rush table and, per scenario, what the database holds afterwards; returns True when every check passed."""
    header = (
        f"{'scenario':<14}{'visitors':>9}{'requests':>9}{'checkouts':>10}{'ok':>6}{'sold out':>9}{'≥500':>6}{'other':>6}"
        f"{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'deadlocks':>10}{'checks':>8}"
    )
    print(header)
    print("-" * len(header))
    passed_all = True
    for result in results:
        answers = result["tally"].answers
        checkouts = [a for a in answers if a[0] == "checkout"]
        count = {kind: sum(1 for a in checkouts if a[2] == kind) for kind in ("ok", "refused", "other")}
        errors = sum(1 for a in answers if a[2] == "error")
        times = [a[3] for a in checkouts]
        passed = (
            result["figures"]["passed"] and errors == 0 and result["deadlocks"] == 0 and not result["tally"].skipped
        )
        passed_all &= passed
        print(
            f"{result['name']:<14}{result['visitors']:>9}{len(answers):>9}{len(checkouts):>10}{count['ok']:>6}{count['refused']:>9}"
            f"{errors:>6}{count['other']:>6}{percentile(times, 50):>9.0f}{percentile(times, 95):>9.0f}{percentile(times, 99):>9.0f}"
            f"{result['deadlocks']:>10}{'pass' if passed else 'FAIL':>8}"
        )
    print()
    print(
        "ok: checkout answered 201 (API) or 302 to the payment page (web); sold out: 409 (API) or the form again with 400 (web);"
    )
    print(
        "  ≥500: any answer ≥ 500 in the scenario (every step, not only checkout); other: other checkout answers or none within"
    )
    print(
        f"  {TIMEOUT} s. Percentiles: checkout response times. deadlocks: pg_stat_database.deadlocks of the bench database, after − before."
    )
    for result in results:
        f, tally = result["figures"], result["tally"]
        statuses = {}
        for step, label, _kind, _ms in tally.answers:
            statuses.setdefault(step, {}).setdefault(label, 0)
            statuses[step][label] += 1
        if result["name"] == "flash sale":
            print(
                f"Flash sale: {f['held'] + f['sold']} of {f['units']} units held or sold ({f['held']} held, {f['sold']} sold, {f['left']} left in "
                f"stock); {f['orders']} live orders for {f['ordered_units']} units, {f['uncovered_orders']} not covered by their holds; "
                f"{f['carts_with_two_pending_orders']} carts with two pending orders."
            )
        else:
            print(
                f"Booking rush: {f['total']} of {f['capacity']} places taken (session {f['session']}, room-night {f['room']} in "
                f"{f['room_bookings']} booking, departure {f['departure']}); {f['orders']} pending orders, {f['uncovered_orders']} "
                f"not holding their places; {f['carts_with_two_pending_orders']} carts with two pending orders."
            )
        print(
            f"  {result['seconds']:.1f} s, the last visitor starting at {result['last_start']:.1f} s "
            f"(at most {THREADS[result['name']]} in flight); answers by step: "
            + "; ".join(
                f"{step} " + ", ".join(f"{label}×{n}" for label, n in sorted(by.items()))
                for step, by in statuses.items()
            )
            + (f"; {tally.skipped} visitors not started before the deadline" if tally.skipped else "")
            + f"; 'deadlock detected' in the gunicorn log: {result['logged_deadlocks']}"
        )
    return passed_all
