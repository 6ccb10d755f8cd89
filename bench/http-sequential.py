#!/usr/bin/env python3
"""Sequential lookups over HTTP from a plain keep-alive client (not part of mvn verify).

    bench/http-sequential.py BASE_URL TOKEN_FILE PATHS_FILE [ROUNDS] [keep-alive|requests]

Each lookup of PATHS_FILE (one request path a line, written by `HttpLoadBenchmark queries`) followed
by a /q/health/live round trip from the same client, after a warm-up of 100 pairs. Prints p50 and
p99 of both and the ratio of the medians. Every answer must be 200.

Two clients, the two ways a script asks a server: `keep-alive` (the default) keeps one connection
(Python's http.client); `requests` calls `requests.get` for each request, as most scripts do, so each
request opens its own connection (the kind of client whose health round trip issue 14 measured at
1.2 ms). It needs Python's requests package (Debian: `apt install python3-requests`); the
keep-alive client needs nothing beyond Python.
"""
import http.client
import sys
import time
import urllib.parse


def main():
    base, token_file, paths_file = sys.argv[1:4]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    client = sys.argv[5] if len(sys.argv) > 5 else "keep-alive"
    token = open(token_file).read().strip()
    paths = [line.strip() for line in open(paths_file) if line.strip()]
    url = urllib.parse.urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port)

    def get_keep_alive(path, headers):
        start = time.perf_counter()
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
        elapsed = (time.perf_counter() - start) * 1000
        if response.status != 200:
            raise SystemExit(f"{path}: HTTP {response.status}")
        return elapsed

    def get_requests(path, headers):
        import requests
        start = time.perf_counter()
        response = requests.get(base.rstrip("/") + path, headers=headers)
        elapsed = (time.perf_counter() - start) * 1000
        if response.status_code != 200:
            raise SystemExit(f"{path}: HTTP {response.status_code}")
        return elapsed

    if client not in ("keep-alive", "requests"):
        raise SystemExit(f"client {client}: keep-alive or requests")
    get = get_keep_alive if client == "keep-alive" else get_requests

    auth = {"Authorization": "Bearer " + token}
    for path in paths[:100]:
        get(path, auth)
        get("/q/health/live", {})
    lookups, health = [], []
    for _ in range(rounds):
        for path in paths:
            lookups.append(get(path, auth))
            health.append(get("/q/health/live", {}))

    def pct(values, q):
        values = sorted(values)
        return values[min(len(values) - 1, int(q * len(values)))]

    print(f"{client}, {len(paths)} paths x {rounds} rounds: lookup p50 {pct(lookups, .5):.3f} ms, p99 {pct(lookups, .99):.3f} ms;"
          f" /q/health/live p50 {pct(health, .5):.3f} ms, p99 {pct(health, .99):.3f} ms;"
          f" p50 ratio {pct(lookups, .5) / pct(health, .5):.2f}")


if __name__ == "__main__":
    main()
