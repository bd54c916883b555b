#!/usr/bin/env python3
"""GraphQL feed page benchmark, run by bench/run.sh --graphql against the benchmark catalog.

    bench/graphql.py --api http://127.0.0.1:18090/api/v1 [--seconds 20] [--connections 1] [--runs 3]

Sends the query a channel's listing page sends, 50 products with 10 fields (identifier, family,
label, parent, categoryCodes, updated, values {attribute json}, categories {code label}), as a
channel token, each time from a random place in the feed (random `after` cursors: every page is
a different one), with wrk in a closed loop, and prints the throughput and latency percentiles.
"""
import argparse
import base64
import json
import random
import urllib.request

from placements import channel_token, report, run_wrk

QUERY = ("query($after: String) { products(channel: \"%s\", first: 50, after: $after) { items { identifier family label parent "
         "categoryCodes updated values { attribute json } categories { code label } } next } }")


def first_product_id(api, channel, auth):
    """The feed's first product id (its cursors are product ids): from the cursor after a page of one."""
    request = urllib.request.Request(f"{api}/feeds/{channel}/products?limit=1", headers={"Authorization": auth})
    with urllib.request.urlopen(request) as response:
        cursor = json.loads(response.read())["next"]
    return int(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode())


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--api", required=True)
    p.add_argument("--channel", default="ecommerce")
    p.add_argument("--seconds", type=int, default=20)
    p.add_argument("--connections", type=int, default=1)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--warmup", type=int, default=20)
    p.add_argument("--products", type=int, default=100000, help="products in the catalog: cursors are drawn over their ids")
    a = p.parse_args()
    rng = random.Random(20261208)
    auth = channel_token(a.api, a.channel)
    first = first_product_id(a.api, a.channel, auth)
    bodies = []
    for _ in range(2000):  # imported products have consecutive ids: a random one is a random page
        after = base64.urlsafe_b64encode(str(first + rng.randrange(max(1, a.products - 100))).encode()).decode().rstrip("=")
        bodies.append(json.dumps({"query": QUERY % a.channel, "variables": {"after": after}}))
    base = a.api.split("/api/v1")[0]
    paths = ["/graphql"] * len(bodies)
    run_wrk(base, paths, a.warmup, a.connections, auth=auth, bodies=bodies)
    results = [run_wrk(base, paths, a.seconds, a.connections, auth=auth, bodies=bodies) for _ in range(a.runs)]
    report("graphql (pages of 50 products)", results, a.connections)

if __name__ == "__main__":
    main()
