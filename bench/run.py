"""`make bench`: build a large catalogue, serve it like production, load it, print the figures.

1. A fresh PostgreSQL database (BENCH_DATABASE_URL, default caobang_bench) and Redis database
   (BENCH_REDIS_URL, default db 7, flushed): migrate, seed_demo, then bench.generate (10,000
   products with variants, 1,000 experiences with sessions, 100 packages, 3,000 stories, in four
   languages) and the search index. Both are timed.
2. gunicorn, 2 sync workers, production settings (config.settings.bench adds /bench/minimal/).
3. wrk (or, without it, a small Python load generator) from another process, per page:
   "cached" repeats one URL (the page cache answers), "uncached" adds a random query parameter
   to every request, so each one renders (the site and routes, what the content token keeps — the
   page, listings' ids, cards — and renditions stay warm, as between two publishes in production).
4. In-process: SQL queries and CPU ms per uncached render, search and checkout-start latencies.
5. The table (with the workers' CPU time per request under load, from /proc), and the peak
   memory (VmHWM) of each worker.
6. The rush scenarios (bench/rush.py): a flash sale and a booking rush through the web and the
   API, with localstripe on 127.0.0.1 as Stripe, then their own table and checks.

Options: --products N … (smaller runs), --duration S per run, --reuse (keep the database if
it is already generated), --connections C, --only pages|rush.
"""

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from bench import rush

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(args):
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.bench",
            "DATABASE_URL": args.database_url,
            "REDIS_URL": args.redis_url,
            "DJANGO_SECRET_KEY": "bench-only-not-secret-" + "x" * 40,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_SECURE_SSL_REDIRECT": "0",  # plain HTTP on loopback
            "VAR_DIR": str(ROOT / "var" / "bench"),
            "DJANGO_LOG_LEVEL": "WARNING",
            # Test keys for localstripe (started by main() for the rush scenarios); nothing reaches Stripe.
            "STRIPE_SECRET_KEY": "sk_test_bench",
            "STRIPE_PUBLISHABLE_KEY": "pk_test_bench",
            "STRIPE_WEBHOOK_SECRET": "whsec_bench",
            "STRIPE_API_BASE": "http://127.0.0.1:9",  # the discard port until localstripe is up
            # A thousand buyers come from one address here: lift the API's per-address write throttle.
            "API_WRITE_THROTTLE_RATE": "1000000/min",
            "PYTHONPATH": os.pathsep.join([str(ROOT / "site"), str(ROOT)]),
        }
    )
    return env


def manage(env, *command, quiet=True):
    result = subprocess.run([PY, str(ROOT / "manage.py"), *command], env=env, cwd=ROOT, capture_output=quiet, text=True)
    if result.returncode:
        sys.exit(f"manage.py {' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def fresh_database(url):
    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    admin = parsed._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def database_ready(env, products):
    code = (
        "from storefront.models import ProductPage; import sys; "
        f"sys.exit(0 if ProductPage.objects.count() >= {products} else 1)"
    )
    return (
        subprocess.run(
            [PY, str(ROOT / "manage.py"), "shell", "-c", code], env=env, cwd=ROOT, capture_output=True
        ).returncode
        == 0
    )


def prepare(args, env):
    timings = {}
    if args.reuse and database_ready(env, args.products):
        print("Reusing the generated database", args.database_url)
        manage(env, "migrate", "--noinput")
        analyze(args.database_url)
        return timings
    print(f"Creating {args.database_url} …", flush=True)
    fresh_database(args.database_url)
    manage(env, "migrate", "--noinput")
    manage(env, "seed_demo")
    print("Generating the catalogue …", flush=True)
    started = time.perf_counter()
    out = subprocess.run(
        [
            PY,
            "-m",
            "bench.generate",
            "--products",
            str(args.products),
            "--experiences",
            str(args.experiences),
            "--packages",
            str(args.packages),
            "--stories",
            str(args.stories),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if out.returncode:
        sys.exit(out.stdout + out.stderr)
    timings["generate"] = time.perf_counter() - started
    print("Indexing for search …", flush=True)
    started = time.perf_counter()
    manage(env, "rebuild_search_index")
    timings["search index"] = time.perf_counter() - started
    analyze(args.database_url)
    return timings


def analyze(url):
    """Planner statistics after the bulk load (autovacuum would get there, later)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("ANALYZE")


def start_localstripe(env):
    """localstripe on a free loopback port (manage.py localstripe); returns the process and its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [PY, str(ROOT / "manage.py"), "localstripe", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.time() + 30
    while time.time() < deadline and process.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.2)
    process.terminate()
    sys.exit("localstripe did not start (manage.py localstripe)")


def start_gunicorn(env, port, workers):
    log = open(ROOT / "var" / "bench" / "gunicorn.log", "w")
    process = subprocess.Popen(
        [
            str(Path(PY).with_name("gunicorn")),
            "config.wsgi:application",
            "--pythonpath",
            f"{ROOT / 'site'},{ROOT}",
            "--workers",
            str(workers),
            "--worker-class",
            "sync",
            "--bind",
            f"127.0.0.1:{port}",
            "--timeout",
            "60",
        ],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/bench/minimal/", timeout=5).read()
            return process
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.3)
    process.terminate()
    sys.exit("gunicorn did not start; see var/bench/gunicorn.log")


def worker_pids(master):
    children = Path(f"/proc/{master}/task/{master}/children")
    return [int(pid) for pid in children.read_text().split()] if children.exists() else []


def peak_memory_mb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None


def cpu_seconds(pids):
    """User and system CPU time the processes have used so far (fields 14 and 15 of /proc/<pid>/stat)."""
    ticks = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def with_cpu_per_request(load, pids):
    """`load`, its figures also giving the processes' CPU time per request served (`cpu_ms`)."""

    def measured(url, **options):
        before = cpu_seconds(pids)
        result = load(url, **options)
        result["cpu_ms"] = (cpu_seconds(pids) - before) * 1000 / max(result["requests"], 1)
        return result

    return measured


def load_wrk(url, *, duration, connections, bust, words):
    env = dict(os.environ, BENCH_BUST="1" if bust else "0", BENCH_WORDS=",".join(words))
    result = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{duration}s",
            "--timeout",
            "10s",
            "-s",
            str(ROOT / "bench" / "wrk.lua"),
            url,
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    line = next((line for line in result.stdout.splitlines() if line.startswith("JSON ")), None)
    if line is None:
        sys.exit("wrk failed:\n" + result.stdout + result.stderr)
    data = json.loads(line[5:])
    return {
        "rps": data["requests"] / (data["duration_us"] / 1e6),
        "p50": data["p50"] / 1000,
        "p95": data["p95"] / 1000,
        "p99": data["p99"] / 1000,
        "errors": data["errors"] + data["non2xx"],
        "requests": data["requests"],
    }


def load_python(url, *, duration, connections, bust, words):
    """Fallback without wrk: threads with keep-alive connections (slower client, lower ceilings)."""
    import http.client
    import random

    parsed = urlparse(url)
    latencies, errors = [], [0]
    stop = time.perf_counter() + duration

    def worker(seed):
        rng = random.Random(seed)
        conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=10)
        while time.perf_counter() < stop:
            path = url[len(f"{parsed.scheme}://{parsed.netloc}") :].replace("{q}", rng.choice(words).replace(" ", "+"))
            if bust:
                path += ("&" if "?" in path else "?") + f"_b={rng.randrange(10**9)}"
            started = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                if response.status >= 400:
                    errors[0] += 1
            except (OSError, http.client.HTTPException):
                errors[0] += 1
                conn = http.client.HTTPConnection(parsed.hostname, parsed.port, timeout=10)
                continue
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(n,)) for n in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()

    def pick(q):
        return latencies[min(len(latencies) - 1, int(q / 100 * len(latencies)))] * 1000 if latencies else 0

    return {
        "rps": len(latencies) / elapsed,
        "p50": pick(50),
        "p95": pick(95),
        "p99": pick(99),
        "errors": errors[0],
        "requests": len(latencies),
    }


def status_of(url):
    try:
        return urllib.request.urlopen(url.replace("{q}", "tea"), timeout=30).status
    except urllib.error.HTTPError as error:
        return error.code


def main(argv=None):
    parser = argparse.ArgumentParser(description="Cao Bằng Highlands benchmark")
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--experiences", type=int, default=1_000)
    parser.add_argument("--packages", type=int, default=100)
    parser.add_argument("--stories", type=int, default=3_000)
    parser.add_argument("--duration", type=int, default=5, help="seconds per load run")
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--reuse", action="store_true", help="keep an already generated database")
    parser.add_argument("--only", choices=["pages", "rush"], help="only the page loads, or only the rush scenarios")
    parser.add_argument("--buyers", type=int, default=1_000, help="flash sale: buyers")
    parser.add_argument("--units", type=int, default=300, help="flash sale: units of the variant")
    parser.add_argument("--travellers", type=int, default=200, help="booking rush: travellers for 40 places")
    parser.add_argument("--window", type=int, default=10, help="rush scenarios: seconds within which everyone arrives")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/caobang_bench"),
    )
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7"))
    args = parser.parse_args(argv)

    (ROOT / "var" / "bench").mkdir(parents=True, exist_ok=True)
    env = environment(args)
    import redis

    redis.Redis.from_url(args.redis_url).flushdb()  # only the benchmark's own Redis database
    timings = prepare(args, env)
    manage(env, "compilemessages")
    manage(env, "collectstatic", "--noinput")
    pages = args.only in (None, "pages")
    rushes = args.only in (None, "rush")

    if pages:
        resolved = json.loads(
            subprocess.run(
                [PY, "-m", "bench.measure", "resolve"], env=env, cwd=ROOT, capture_output=True, text=True, check=True
            ).stdout
        )
        print("Rendering uncached in-process (queries, CPU) …", flush=True)
        measured = subprocess.run(
            [PY, "-m", "bench.measure", "render"], env=env, cwd=ROOT, capture_output=True, text=True
        )
        if measured.returncode:
            sys.exit(measured.stderr)
        rendered = json.loads(measured.stdout)

    have_wrk = shutil.which("wrk") is not None
    load = load_wrk if have_wrk else load_python
    if pages and not have_wrk:
        print(
            "wrk not found: using the Python load generator (get wrk for truer figures: apt install wrk, brew install wrk)."
        )
    stripe = None
    if rushes:
        stripe, env["STRIPE_API_BASE"] = start_localstripe(env)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_gunicorn(env, port, args.workers)
    rushed = []
    try:
        if pages:
            rows, notes, minimal, memory = load_pages(server, base, load, args, resolved)
        if rushes:
            rushed = rush.run(
                env=env,
                port=port,
                database_url=args.database_url,
                buyers=args.buyers,
                units=args.units,
                travellers=args.travellers,
                window=args.window,
            )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        if stripe is not None:
            os.killpg(stripe.pid, signal.SIGTERM)
            stripe.wait(timeout=30)

    print()
    print(
        f"Catalogue: {args.products} products, {args.experiences} experiences, {args.packages} packages, {args.stories} stories, 4 languages"
    )
    for name, seconds in timings.items():
        print(f"  {name}: {seconds:.1f} s")
    if pages:
        print_pages(rows, notes, minimal, memory, rendered, args, have_wrk)
    if rushes:
        print()
        print(
            f"Rush scenarios: gunicorn {args.workers} sync workers, PostgreSQL + Redis, localstripe; arrivals spread over {args.window} s"
        )
        print()
        if not rush.report(rushed):
            sys.exit("The rush scenarios failed a check (above).")


def load_pages(server, base, load, args, resolved):
    """Each target page under load (cached and uncached); returns the table's rows, notes, the yardstick and memory."""
    rows, notes = [], []
    opts = {"duration": args.duration, "connections": args.connections, "words": resolved["search_words"]}
    load(base + "/bench/minimal/", **{**opts, "duration": 1}, bust=False)  # warm both workers
    load = with_cpu_per_request(load, worker_pids(server.pid))
    minimal = load(base + "/bench/minimal/", **opts, bust=False)
    rows.append(("minimal Django view (2 KB)", "—", minimal))
    for target in resolved["targets"]:
        url = base + target["path"]
        status = status_of(url)
        if status != 200:
            notes.append(f"skipped {target['name']} ({target['path']}): HTTP {status}")
            continue
        for _ in range(3):
            status_of(url)  # both workers: routes, renditions, the page cache
        if target.get("cached", True):
            rows.append((target["name"], "cached", load(url.replace("{q}", "chestnuts"), **opts, bust=False)))
        # "bust": false for answers no page cache keeps (the APIs), which refuse unknown parameters.
        rows.append((target["name"], "uncached", load(url, **opts, bust=target.get("bust", True))))
    memory = [peak_memory_mb(pid) for pid in worker_pids(server.pid)]
    return rows, notes, minimal, memory


def print_pages(rows, notes, minimal, memory, rendered, args, have_wrk):
    print(
        f"Load: {'wrk' if have_wrk else 'Python'}, {args.connections} connections, {args.duration} s per run; gunicorn {args.workers} sync workers; PostgreSQL + Redis"
    )
    print()
    header = (
        f"{'page':<28}{'mode':<10}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'× minimal':>11}{'CPU/req':>9}"
        f"{'SQL':>6}{'CPU ms':>9}{'SQL*':>6}{'CPU* ms':>9}"
    )
    print(header)
    print("-" * len(header))
    for name, mode, result in rows:
        page = rendered["pages"].get(name, {})
        sql = str(page.get("queries", "")) if mode != "cached" else "0"
        cpu = f"{page['cpu_ms_p50']:.1f}" if mode == "uncached" and page else ""
        cold_sql = str(page["cold_queries"]) if mode == "uncached" and page else ""
        cold_cpu = f"{page['cold_cpu_ms_p50']:.1f}" if mode == "uncached" and page else ""
        ratio = result["rps"] / minimal["rps"]
        errors = f"  ({result['errors']} errors)" if result["errors"] else ""
        print(
            f"{name:<28}{mode:<10}{result['rps']:>9.0f}{result['p50']:>9.1f}{result['p95']:>9.1f}{result['p99']:>9.1f}"
            f"{ratio:>10.0%} {result['cpu_ms']:>9.2f}{sql:>6}{cpu:>9}{cold_sql:>6}{cold_cpu:>9}{errors}"
        )
    print()
    print("CPU/req: the gunicorn workers' CPU time (user + system) during the load run, per request served (ms).")
    print(
        "SQL and CPU ms: one uncached render in-process (median CPU time over 30 renders); the site and route kept, and"
    )
    print(
        "  the page, its listings' ids and cards as the content token keeps them (warm after the first view since a publish)."
    )
    print(
        "SQL* and CPU* ms: the same right after a publish (a new content token before each render: the page, its listings"
    )
    print("  and cards cold; the site and route kept, as a publish keeps them).")
    print(
        f"The minimal view takes {rendered['minimal_cpu_ms_p50']:.2f} ms of CPU in-process on this machine, for comparing machines."
    )
    print(
        f"Search (database engine, random words, in-process): p50 {rendered['search_ms']['p50']} ms, p95 {rendered['search_ms']['p95']} ms"
    )
    print(
        f"Starting checkout (price, lock, hold, order; no Stripe call): p50 {rendered['checkout_ms']['p50']} ms, p95 {rendered['checkout_ms']['p95']} ms"
    )
    print("Peak memory per worker (VmHWM): " + ", ".join(f"{m:.0f} MB" for m in memory if m))
    for note in notes:
        print("Note:", note)


if __name__ == "__main__":
    main()
