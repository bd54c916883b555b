#!/usr/bin/env python3
"""Synthetic visitors with shifting intent against a running Pimento with the demo catalog (bin/pimento simulate).

    tools/evaluate/simulate.py --api http://127.0.0.1:18094/api/v1 [--visitors 300] [--history 600] [--seed 7]

1. Reads the channel's products and groups them by category (the feed API).
2. Imports a history of --history sessions that each browse one category (3-6 views), and trains.
3. Starts an experiment on `home` holding out half of the visitors.
4. Each of --visitors visitors browses with an intent: a category for 4 steps, then another for 4
   (sweaters, then jeans). At each step it asks the home placement (8 items), reports the
   impression, clicks the first item of its current intent if one is shown (else, rarely, any
   item), may add it to the cart and may buy it. Every event goes through the events API.
5. Prints the experiment report: impressions, click-through, add-to-cart and conversion rates and
   order value per arm, with their 95 % intervals (also on /ui/experiments).
"""
import argparse
import base64
import json
import random
import sys
import time
import urllib.parse
import urllib.request
from collections import defaultdict
from datetime import datetime, timedelta, timezone

BASIC = "Basic " + base64.b64encode(b"admin:admin").decode()


def call(url, method="GET", body=None, auth=BASIC, content_type="application/json"):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    request = urllib.request.Request(url, method=method, data=data, headers={"Authorization": auth, "Content-Type": content_type})
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.loads(response.read() or b"null")


def iso(t):
    return t.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--api", required=True)
    p.add_argument("--visitors", type=int, default=300)
    p.add_argument("--history", type=int, default=600)
    p.add_argument("--seed", type=int, default=7)
    a = p.parse_args()
    rng = random.Random(a.seed)
    channel = call(a.api + "/channels")["items"][0]["code"]
    token = "Bearer " + call(a.api + "/me/tokens", "POST", {"name": f"simulate-{time.time()}"})["token"]

    # the demo catalog is loaded by import jobs after start-up: wait until none is pending
    for _ in range(600):
        jobs = call(a.api + "/imports?limit=50")["items"]
        if jobs and all(job["status"] in ("completed", "failed", "cancelled") for job in jobs) and \
                call(f"{a.api}/feeds/{channel}/products?limit=1")["items"]:
            break
        time.sleep(1)
    by_category = defaultdict(list)
    url = f"{a.api}/feeds/{channel}/products?limit=100"
    while url:
        page = call(url)
        for item in page["items"]:
            for category in item.get("categories") or []:
                by_category[category].append(item["identifier"])
        url = f"{a.api}/feeds/{channel}/products?limit=100&after={page['next']}" if page.get("next") else None
    categories = sorted(c for c, items in by_category.items() if len(items) >= 6)
    if len(categories) < 2:
        sys.exit("the catalog needs two categories of 6 products or more")
    print(f"{sum(len(v) for v in by_category.values())} product placements in {len(categories)} usable categories", file=sys.stderr)

    now = datetime.now(timezone.utc)
    lines = []
    for s in range(a.history):
        category = rng.choice(categories)
        at = now - timedelta(days=3) + timedelta(seconds=rng.randrange(0, 3 * 86400 - 3600))
        for k in range(rng.randint(3, 6)):
            lines.append(json.dumps({"type": "view", "visitor": f"h{s}", "session": f"h{s}", "product": rng.choice(by_category[category]),
                                     "timestamp": iso(at + timedelta(seconds=40 * k)), "consent": {"personalization": True}}))
    call(f"{a.api}/events/import?channel={channel}", "POST", ("\n".join(lines) + "\n").encode(), token, "application/x-ndjson")
    print("trained: " + json.dumps(call(a.api + "/ranking/train", "POST")), file=sys.stderr)
    call(a.api + "/experiments/home", "PUT", {"holdout": 0.5})

    def send(*events):
        call(f"{a.api}/events?channel={channel}", "POST", {"events": list(events)}, token)

    for v in range(a.visitors):
        visitor = f"sim-{a.seed}-{v}"
        first, second = rng.sample(categories, 2)
        for step in range(8):
            intent = first if step < 4 else second
            page = call(f"{a.api}/feeds/{channel}/placements/home?" + urllib.parse.urlencode(
                {"visitor": visitor, "session": visitor, "limit": 8}), auth=token)
            shown = [item["identifier"] for item in page["items"] if item["type"] == "product"]
            at = iso(datetime.now(timezone.utc))
            base = {"visitor": visitor, "session": visitor, "timestamp": at, "consent": {"personalization": True}}
            send({**base, "type": "impression", "responseId": page["id"], "products": shown})
            wanted = [p for p in shown if p in by_category[intent]]
            if wanted and rng.random() < 0.9:
                clicked = wanted[0]
            elif shown and rng.random() < 0.1:
                clicked = rng.choice(shown)
            else:
                # the visitor looks for it elsewhere: a view the placement did not bring
                send({**base, "type": "view", "product": rng.choice(by_category[intent])})
                continue
            send({**base, "type": "click", "product": clicked, "responseId": page["id"]}, {**base, "type": "view", "product": clicked})
            if clicked in by_category[intent] and rng.random() < 0.3:
                send({**base, "type": "add_to_cart", "product": clicked, "quantity": 1})
                if rng.random() < 0.5:
                    send({**base, "type": "purchase", "items": [{"product": clicked, "quantity": 1, "price": 60}], "value": 60,
                          "currency": "EUR"})
        if (v + 1) % 50 == 0:
            print(f"  {v + 1}/{a.visitors} visitors", file=sys.stderr)

    report = call(a.api + "/experiments/home")
    print(f"\nExperiment on home since {report['from']}, {report['holdout'] * 100:.0f} % held out "
          f"({a.visitors} simulated visitors whose intent shifts after 4 steps):\n")
    print("| arm | impressions | click-through (95 %) | visitors | add to cart | conversion | order value |")
    print("|---|---|---|---|---|---|---|")
    for arm in report["arms"]:
        def rate(r):
            return "–" if not r["n"] else f"{r['value'] * 100:.1f} % ({r['low'] * 100:.1f}–{r['high'] * 100:.1f})"
        aov = arm["averageOrderValue"]
        print(f"| {arm['arm']} | {arm['impressions']} | {rate(arm['clickThroughRate'])} | {arm['visitors']} | "
              f"{rate(arm['addToCartRate'])} | {rate(arm['conversionRate'])} | {'–' if not aov['n'] else round(aov['value'], 2)} |")


if __name__ == "__main__":
    main()
