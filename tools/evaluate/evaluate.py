#!/usr/bin/env python3
"""Offline evaluation of personalized placements through the serving code path (bin/pimento evaluate).

    tools/evaluate/evaluate.py --api http://127.0.0.1:18091/api/v1 TRAIN.tsv TEST.tsv [--sessions N] [--threads 4]

TRAIN and TEST are session logs (tab-separated SessionId ItemId Time, Unix seconds, with a header),
such as ../shared/data/sessions/rsc15-100k. Against a running Pimento with an empty catalog:
  1. every item of both logs becomes a product of the channel `eval` (CSV imports, as a shop would);
  2. TRAIN is imported as view events (POST /api/v1/events/import), times shifted so that TEST
     ends a minute ago (the ranker's window and the events' retention count from now);
  3. the ranker is trained (POST /api/v1/ranking/train);
  4. each TEST session is replayed click by click: the click is sent as an event
     (POST /api/v1/events), then the session's `home` placement (limit 20) is asked for, and the
     session's next click is looked for among its items: HR@20 (found) and MRR@20 (1/rank).
Next to it, a most-popular baseline (the 20 items clicked most in TRAIN) on the same clicks.
Items already viewed in the session stay eligible, as in the offline protocol of docs/ranking.md.
"""
import argparse
import base64
import concurrent.futures
import csv
import io
import json
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections import Counter, defaultdict
from datetime import datetime, timezone

BASIC = "Basic " + base64.b64encode(b"admin:admin").decode()
CHANNEL = "eval"


def call(url, method="GET", body=None, auth=BASIC, content_type="application/json"):
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode()
    request = urllib.request.Request(url, method=method, data=data, headers={"Authorization": auth, "Content-Type": content_type})
    with urllib.request.urlopen(request, timeout=900) as response:
        return json.loads(response.read() or b"null")


def read_log(path):
    sessions = defaultdict(list)
    with open(path, encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t")
        next(reader)
        for session, item, t in reader:
            sessions[session].append((float(t), item))
    return {s: sorted(clicks) for s, clicks in sessions.items()}


def import_csv(api, kind, text):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8") as f:
        f.write(text)
        name = f.name
    out = subprocess.run(["curl", "-sf", "-u", "admin:admin", "-D", "-", "-o", "/dev/null", "-F", f"type={kind}",
                          "-F", f"file=@{name}", api + "/imports"], capture_output=True, text=True, check=True).stdout
    job_id = [line.split()[1] for line in out.splitlines() if line.lower().startswith("location:")][0].strip().rsplit("/", 1)[1]
    while True:
        job = call(f"{api}/imports/{job_id}")
        if job["status"] in ("completed", "failed", "cancelled"):
            break
        time.sleep(0.3)
    if job["status"] != "completed" or job.get("rejected"):
        sys.exit(f"import of {kind} did not complete: {json.dumps(job)[:500]}")


def iso(t):
    return datetime.fromtimestamp(t, timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--api", required=True)
    p.add_argument("train")
    p.add_argument("test")
    p.add_argument("--sessions", type=int, default=0, help="replay only the first N test sessions (0: all)")
    p.add_argument("--threads", type=int, default=4)
    a = p.parse_args()
    train, test = read_log(a.train), read_log(a.test)
    test_ids = sorted(test, key=lambda s: test[s][0][0])
    if a.sessions:
        test_ids = test_ids[:a.sessions]
    items = sorted({i for clicks in list(train.values()) + list(test.values()) for _, i in clicks})
    shift = time.time() - 60 - max(t for clicks in test.values() for t, _ in clicks)
    print(f"{len(train)} training sessions, {len(test_ids)} test sessions, {len(items)} items", file=sys.stderr)

    print("creating the catalog", file=sys.stderr)
    import_csv(a.api, "currencies", "code;activated\nEUR;1\n")
    import_csv(a.api, "locales", "code\nen_US\n")
    import_csv(a.api, "categories", "code;parent;label-en_US\neval_all;;All items\n")
    import_csv(a.api, "channels", f"code;label-en_US;tree;locales;currencies\n{CHANNEL};Evaluation;eval_all;en_US;EUR\n")
    import_csv(a.api, "attribute_groups", "code;sort_order;label-en_US\neval;0;Evaluation\n")
    import_csv(a.api, "attributes", "code;type;group;label-en_US;localizable;scopable;unique\n"
                                    "sku;pim_catalog_identifier;eval;SKU;0;0;1\nname;pim_catalog_text;eval;Name;0;0;0\n")
    import_csv(a.api, "families", f"code;label-en_US;attribute_as_label;attributes;requirements-{CHANNEL}\neval_item;Item;name;sku,name;sku\n")
    products = io.StringIO()
    products.write("sku;family;categories;enabled;name\n")
    for item in items:
        products.write(f"{item};eval_item;eval_all;1;Item {item}\n")
    import_csv(a.api, "products", products.getvalue())

    token = "Bearer " + call(a.api + "/me/tokens", "POST", {"name": f"evaluate-{time.time()}"})["token"]
    print("importing the training log as events", file=sys.stderr)
    lines = []
    for session, clicks in train.items():
        for t, item in clicks:
            lines.append(json.dumps({"type": "view", "visitor": "t" + session, "session": "t" + session, "product": item,
                                     "timestamp": iso(t + shift), "consent": {"personalization": True}}))
    t0 = time.time()
    report = call(f"{a.api}/events/import?channel={CHANNEL}", "POST", ("\n".join(lines) + "\n").encode(), token, "application/x-ndjson")
    print(f"  {report['accepted']} events in {time.time() - t0:.1f} s ({report['accepted'] / (time.time() - t0):,.0f}/s),"
          f" {report['refused']} refused", file=sys.stderr)
    print("training", file=sys.stderr)
    status = call(a.api + "/ranking/train", "POST", auth=token)
    print(f"  {json.dumps(status)}", file=sys.stderr)

    popular = [item for item, _ in Counter(i for clicks in train.values() for _, i in clicks).most_common(20)]
    lock = threading.Lock()
    totals = {"placement": [0, 0.0], "popular": [0, 0.0], "n": 0, "latency": []}

    def replay(session):
        clicks = test[session]
        visitor = "e" + session
        for k in range(len(clicks) - 1):
            t, item = clicks[k]
            call(f"{a.api}/events?channel={CHANNEL}", "POST", {"events": [{"type": "view", "visitor": visitor, "session": visitor,
                 "product": item, "timestamp": iso(t + shift), "consent": {"personalization": True}}]}, token)
            t0 = time.time()
            page = call(f"{a.api}/feeds/{CHANNEL}/placements/home?" + urllib.parse.urlencode(
                {"visitor": visitor, "session": visitor, "limit": 20}), auth=token)
            latency = time.time() - t0
            shown = [entry["identifier"] for entry in page["items"] if entry["type"] == "product"]
            following = clicks[k + 1][1]
            with lock:
                totals["n"] += 1
                totals["latency"].append(latency)
                for name, ranked in (("placement", shown), ("popular", popular)):
                    if following in ranked[:20]:
                        totals[name][0] += 1
                        totals[name][1] += 1.0 / (ranked.index(following) + 1)

    t0 = time.time()
    with concurrent.futures.ThreadPoolExecutor(a.threads) as pool:
        for done, _ in enumerate(pool.map(replay, test_ids), 1):
            if done % 200 == 0:
                with lock:
                    n = totals["n"]
                    print(f"  {done}/{len(test_ids)} sessions, {n} predictions, HR@20 {totals['placement'][0] / n:.4f},"
                          f" MRR@20 {totals['placement'][1] / n:.4f}", file=sys.stderr)
    n = totals["n"]
    latencies = sorted(totals["latency"])
    print(f"\n{n} predictions over {len(test_ids)} test sessions, replayed in {time.time() - t0:.0f} s"
          f" (placement latency median {latencies[len(latencies) // 2] * 1000:.0f} ms, p99 {latencies[int(len(latencies) * 0.99)] * 1000:.0f} ms"
          f" with {a.threads} clients)")
    print("| method | HR@20 | MRR@20 |\n|---|---|---|")
    print(f"| `home` placement (personalized, through the API) | {totals['placement'][0] / n:.4f} | {totals['placement'][1] / n:.4f} |")
    print(f"| most popular in train | {totals['popular'][0] / n:.4f} | {totals['popular'][1] / n:.4f} |")


if __name__ == "__main__":
    main()
