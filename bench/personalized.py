#!/usr/bin/env python3
"""Personalized placement benchmark, run by bench/run.sh --personalized against the benchmark catalog.

    bench/personalized.py --api http://127.0.0.1:18090/api/v1 --products-csv .data/bench/catalog-100000/products.csv \
                          [--events 1000000] [--rate 300] [--seconds 30] [--runs 3]

Gives the catalog a history: --events events (views, some add-to-carts) of returning visitors
over the last 20 days, several sessions each, the items following the popularity of a real click
log (see placements.anchor_picker), imported as NDJSON through /api/v1/events/import; retrains
the ranker on them (POST /api/v1/ranking/train); then asks placements for those visitors in their
latest session, as a channel token: home, email, the product page of the item they viewed last,
their cart, a category; each request names the visitor and the session, so the placement reads
their events, their profile and the model (the personalized path). wrk2 sends --rate requests/s
(open loop: latency counted from when a request was due); without --rate, wrk's closed loop.
"""
import argparse
import json
import random
import sys
import time
import urllib.request
from datetime import datetime, timedelta, timezone

from placements import AUTH, COUNTRIES, DEVICES, SOURCES, anchor_picker, categories, channel_token, enabled_skus, report, run_wrk


def call(api, method, path, body=None, content_type="application/json", timeout=3600):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    request = urllib.request.Request(api + path, method=method, data=data, headers={"Authorization": AUTH, "Content-Type": content_type})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read() or b"null")


def history(count, pick, rng, now):
    """Visitors with 1-5 sessions of 3-10 views over 20 days; a tenth of sessions add their last item to the cart.
    Yields (visitor, session, items of the session) once per session, and the events."""
    events, sessions = [], []
    v = 0
    while len(events) < count:
        visitor = f"bench-v{v}"
        v += 1
        start = now - timedelta(days=20)
        for s in range(rng.randint(1, 5)):
            at = start + timedelta(seconds=rng.randrange(0, 86400 * 19))
            session = f"{visitor}-s{s}"
            items = [pick() for _ in range(rng.randint(3, 10))]
            for k, item in enumerate(items):
                events.append({"type": "view", "visitor": visitor, "session": session, "product": item,
                               "consent": {"personalization": True},
                               "timestamp": (at + timedelta(seconds=40 * k)).isoformat().replace("+00:00", "Z")})
            if rng.random() < 0.1:
                events.append({"type": "add_to_cart", "visitor": visitor, "session": session, "product": items[-1], "quantity": 1,
                               "consent": {"personalization": True},
                               "timestamp": (at + timedelta(seconds=40 * len(items))).isoformat().replace("+00:00", "Z")})
            sessions.append((visitor, session, items, at))
    return events[:count], sessions


def paths(channel, sessions, rng, count):
    latest = {}
    for visitor, session, items, at in sessions:  # each visitor's latest session: they are back and go on
        if visitor not in latest or latest[visitor][3] < at:
            latest[visitor] = (visitor, session, items, at)
    chosen = list(latest.values())
    result = []
    for _ in range(count):
        visitor, session, items, _ = rng.choice(chosen)
        placement = rng.choices(["home", "email", "product", "cart", "category"], weights=[35, 10, 30, 10, 15])[0]
        query = {"limit": 20, "visitor": visitor, "session": session, "device": rng.choice(DEVICES),
                 "utm_source": rng.choice(SOURCES), "country": rng.choice(COUNTRIES)}
        if placement == "product":
            query["product"] = items[-1]
        elif placement == "cart":
            query["items"] = ",".join(items[-2:])
        elif placement == "category":
            query["category"] = categories(rng)
        result.append(f"/api/v1/feeds/{channel}/placements/{placement}?" + "&".join(f"{k}={v}" for k, v in query.items()))
    return result


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--api", required=True)
    p.add_argument("--products-csv", required=True)
    p.add_argument("--channel", default="ecommerce")
    p.add_argument("--events", type=int, default=1_000_000)
    p.add_argument("--rate", type=int, help="requests/s, open loop, with wrk2 (default: closed loop with wrk)")
    p.add_argument("--connections", type=int, default=8)
    p.add_argument("--seconds", type=int, default=30)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--warmup", type=int, default=60)
    p.add_argument("--paths", type=int, default=20000)
    p.add_argument("--skip-history", action="store_true", help="the events are already there (an earlier run)")
    p.add_argument("--clicklog", default=__import__("os").path.join(__import__("os").path.dirname(__file__),
                                                                    "../../shared/data/sessions/rsc15-100k/train.tsv"))
    a = p.parse_args()
    rng = random.Random(20261208)
    skus = enabled_skus(a.products_csv)
    pick = anchor_picker(skus, rng, "clicklog", a.clicklog)
    now = datetime.now(timezone.utc)
    events, sessions = history(a.events, pick, rng, now)
    if not a.skip_history:
        t0 = time.time()
        accepted = 0
        for i in range(0, len(events), 250_000):
            ndjson = ("\n".join(json.dumps(e) for e in events[i:i + 250_000]) + "\n").encode()
            imported = call(a.api, "POST", f"/events/import?channel={a.channel}", ndjson, "application/x-ndjson")
            accepted += imported["accepted"]
            if imported["refused"]:
                print(f"import refused {imported['refused']} lines: {imported['errors'][:3]}", file=sys.stderr)
        print(f"history: {accepted:,} events of {len(sessions):,} sessions imported in {time.time() - t0:.0f} s")
        t0 = time.time()
        call(a.api, "POST", "/ranking/train")
        print(f"ranker retrained in {time.time() - t0:.0f} s: {json.dumps(call(a.api, 'GET', '/ranking'))[:400]}")
    lua_paths = paths(a.channel, sessions, rng, a.paths)
    auth = channel_token(a.api, a.channel)
    sample = urllib.request.Request(a.api.split("/api/v1")[0] + lua_paths[0], headers={"Authorization": auth})
    with urllib.request.urlopen(sample) as response:
        reasons = sorted({r["code"] for item in json.loads(response.read())["items"] for r in item["reasons"]})
    print(f"a sample answer's reasons: {', '.join(reasons)}")
    base = a.api.split("/api/v1")[0]
    run_wrk(base, lua_paths, a.warmup, a.connections, auth=auth)
    results = [run_wrk(base, lua_paths, a.seconds, a.connections, a.rate, auth) for _ in range(a.runs)]
    report("personalized", results, a.connections, a.rate)

if __name__ == "__main__":
    main()
