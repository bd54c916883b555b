#!/usr/bin/env python3
"""Generates a realistic catalog in Akeneo's CSV dialect for the import benchmark.

    bench/generate_catalog.py --products 100000 --out bench/data

Structure: 3 locales, 2 channels, 2 currencies, a 3-level category tree, 12 attribute groups,
150 attributes of every type (text, textarea, number, boolean, date, simple and multi select,
price, metric, image, file), 10-30 options per select, 50 families of 60 attributes each with
requirements per channel. Products: each in one family, two categories, about 40 filled values
(localizable attributes filled in every locale, scopable ones on every channel), prices in both
currencies, metrics with their unit. Deterministic for a given --seed.
"""
import argparse
import csv
import os
import random

LOCALES = ["en_US", "fr_FR", "de_DE"]
CHANNELS = {"ecommerce": ["en_US", "fr_FR", "de_DE"], "mobile": ["en_US", "fr_FR"]}
CURRENCIES = ["USD", "EUR"]
WORDS = ("alpine trail merino summit breeze canyon harbor urban classic rugged light warm "
         "waterproof breathable durable compact everyday travel heritage modern soft stretch "
         "insulated recycled organic premium essential active outdoor coastal").split()
# type, how many
TYPES = [("pim_catalog_text", 34), ("pim_catalog_textarea", 16), ("pim_catalog_number", 16),
         ("pim_catalog_boolean", 12), ("pim_catalog_date", 10), ("pim_catalog_simpleselect", 22),
         ("pim_catalog_multiselect", 10), ("pim_catalog_price_collection", 10),
         ("pim_catalog_metric", 10), ("pim_catalog_image", 5), ("pim_catalog_file", 4)]
METRICS = [("Weight", "KILOGRAM", ["GRAM", "KILOGRAM"]), ("Length", "CENTIMETER", ["MILLIMETER", "CENTIMETER", "METER"]),
           ("Volume", "LITER", ["MILLILITER", "LITER"])]


def sentence(rng, n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def writer(path):
    f = open(path, "w", newline="", encoding="utf-8")
    return f, csv.writer(f, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--products", type=int, default=100_000)
    p.add_argument("--families", type=int, default=50)
    p.add_argument("--out", default="bench/data")
    p.add_argument("--seed", type=int, default=20261122)
    a = p.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)

    def out(name):
        return writer(os.path.join(a.out, name))

    f, w = out("currencies.csv"); w.writerow(["code", "activated"]); [w.writerow([c, 1]) for c in CURRENCIES]; f.close()
    f, w = out("locales.csv"); w.writerow(["code"]); [w.writerow([l]) for l in LOCALES]; f.close()

    categories = []
    f, w = out("categories.csv"); w.writerow(["code", "parent", "label-en_US", "label-fr_FR"])
    w.writerow(["master", "", "Master catalog", "Catalogue principal"])
    for i in range(8):
        w.writerow([f"cat_{i}", "master", sentence(rng, 2), sentence(rng, 2)])
        for j in range(6):
            w.writerow([f"cat_{i}_{j}", f"cat_{i}", sentence(rng, 2), sentence(rng, 2)])
            for k in range(5):
                code = f"cat_{i}_{j}_{k}"
                w.writerow([code, f"cat_{i}_{j}", sentence(rng, 3), sentence(rng, 3)])
                categories.append(code)
    f.close()

    f, w = out("channels.csv"); w.writerow(["code", "label-en_US", "tree", "locales", "currencies"])
    for ch, locs in CHANNELS.items():
        w.writerow([ch, ch.capitalize(), "master", ",".join(locs), ",".join(CURRENCIES)])
    f.close()

    f, w = out("attribute_groups.csv"); w.writerow(["code", "sort_order", "label-en_US"])
    for g in range(12):
        w.writerow([f"group_{g}", g, sentence(rng, 2)])
    f.close()

    attributes = []  # dicts
    n = 0
    for type_, count in TYPES:
        for _ in range(count):
            code = f"{type_.split('_', 2)[2]}_{n}"
            n += 1
            localizable = type_ in ("pim_catalog_text", "pim_catalog_textarea") and rng.random() < 0.35
            scopable = type_ in ("pim_catalog_textarea",) and rng.random() < 0.4
            attr = {"code": code, "type": type_, "group": f"group_{n % 12}", "localizable": localizable,
                    "scopable": scopable, "options": []}
            if type_ == "pim_catalog_metric":
                fam, unit, units = METRICS[n % len(METRICS)]
                attr.update(metric_family=fam, default_unit=unit, units=units)
            if type_ in ("pim_catalog_simpleselect", "pim_catalog_multiselect"):
                attr["options"] = [f"{code}_opt_{o}" for o in range(rng.randint(10, 30))]
            attributes.append(attr)
    f, w = out("attributes.csv")
    w.writerow(["code", "type", "group", "label-en_US", "label-fr_FR", "localizable", "scopable", "unique",
                "useable_as_grid_filter", "sort_order", "metric_family", "default_metric_unit", "allowed_extensions",
                "decimals_allowed", "negative_allowed"])
    w.writerow(["sku", "pim_catalog_identifier", "group_0", "SKU", "SKU", 0, 0, 1, 1, 0, "", "", "", "", ""])
    for i, at in enumerate(attributes):
        number = at["type"] in ("pim_catalog_number", "pim_catalog_metric", "pim_catalog_price_collection")
        ext = "jpg,png" if at["type"] == "pim_catalog_image" else ("pdf" if at["type"] == "pim_catalog_file" else "")
        w.writerow([at["code"], at["type"], at["group"], sentence(rng, 2), sentence(rng, 2), int(at["localizable"]),
                    int(at["scopable"]), 0, int(rng.random() < 0.3), i + 1, at.get("metric_family", ""),
                    at.get("default_unit", ""), ext, 1 if number else "",
                    0 if at["type"] in ("pim_catalog_number", "pim_catalog_metric") else ""])
    f.close()

    f, w = out("attribute_options.csv"); w.writerow(["attribute", "code", "sort_order", "label-en_US", "label-fr_FR"])
    for at in attributes:
        for i, o in enumerate(at["options"]):
            w.writerow([at["code"], o, i, sentence(rng, 1), sentence(rng, 1)])
    f.close()

    fillable = [at for at in attributes if at["type"] not in ("pim_catalog_image", "pim_catalog_file")]
    families = []
    f, w = out("families.csv")
    w.writerow(["code", "label-en_US", "attribute_as_label", "attributes", "requirements-ecommerce", "requirements-mobile"])
    name_attr = next(at for at in attributes if at["type"] == "pim_catalog_text")
    for i in range(a.families):
        chosen = [name_attr] + rng.sample([x for x in fillable if x is not name_attr], 55) \
                 + rng.sample([x for x in attributes if x["type"] in ("pim_catalog_image", "pim_catalog_file")], 4)
        codes = ["sku"] + [x["code"] for x in chosen]
        req_e = ["sku", name_attr["code"]] + [x["code"] for x in rng.sample(chosen[1:56], 8)]
        req_m = ["sku", name_attr["code"]] + [x["code"] for x in rng.sample(chosen[1:56], 4)]
        w.writerow([f"family_{i}", sentence(rng, 2), name_attr["code"], ",".join(codes), ",".join(req_e), ",".join(req_m)])
        families.append({"code": f"family_{i}", "attributes": chosen[:56]})
    f.close()

    # product columns: every slot of every fillable attribute
    columns = ["sku", "family", "categories", "enabled"]
    slots = {}  # attribute code -> list of (column index list, kind, locale, channel)
    for at in fillable:
        locs = LOCALES if at["localizable"] else [None]
        chans = list(CHANNELS) if at["scopable"] else [None]
        cells = []
        for ch in chans:
            for lo in locs:
                if ch and lo and lo not in CHANNELS[ch]:
                    continue
                suffix = "".join(f"-{x}" for x in (lo, ch) if x)
                base = at["code"] + suffix
                if at["type"] == "pim_catalog_price_collection":
                    idx = []
                    for cur in CURRENCIES:
                        idx.append(len(columns)); columns.append(f"{base}-{cur}")
                    cells.append(idx)
                elif at["type"] == "pim_catalog_metric":
                    idx = [len(columns), len(columns) + 1]
                    columns.append(base); columns.append(f"{base}-unit")
                    cells.append(idx)
                else:
                    cells.append([len(columns)]); columns.append(base)
        slots[at["code"]] = cells

    def value(at, rng):
        t = at["type"]
        if t == "pim_catalog_text":
            return [sentence(rng, rng.randint(2, 5))]
        if t == "pim_catalog_textarea":
            return [sentence(rng, rng.randint(12, 30)) + "."]
        if t == "pim_catalog_number":
            return [str(rng.randint(0, 5000))]
        if t == "pim_catalog_boolean":
            return [str(rng.randint(0, 1))]
        if t == "pim_catalog_date":
            return [f"{rng.randint(2000, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"]
        if t == "pim_catalog_simpleselect":
            return [rng.choice(at["options"])]
        if t == "pim_catalog_multiselect":
            return [",".join(sorted(rng.sample(at["options"], rng.randint(1, 3))))]
        if t == "pim_catalog_price_collection":
            return [f"{rng.randint(1, 900)}.{rng.randint(0, 99):02d}" for _ in CURRENCIES]
        if t == "pim_catalog_metric":
            return [str(rng.randint(1, 900)), rng.choice(at["units"])]
        raise ValueError(t)

    f, w = out("products.csv")
    w.writerow(columns)
    filled_total = 0
    for p_ in range(a.products):
        fam = families[p_ % len(families)]
        row = [""] * len(columns)
        row[0] = f"SKU-{p_:07d}"
        row[1] = fam["code"]
        row[2] = ",".join(rng.sample(categories, 2))
        row[3] = "1" if rng.random() < 0.9 else "0"
        target = max(20, int(rng.gauss(40, 6)))
        filled = 0
        attrs = [fam["attributes"][0]] + rng.sample(fam["attributes"][1:], len(fam["attributes"]) - 1)
        for at in attrs:
            if filled >= target:
                break
            for idx in slots[at["code"]]:
                for i, v in zip(idx, value(at, rng)):
                    row[i] = v
                filled += 1
        filled_total += filled
        w.writerow(row)
    f.close()
    print(f"{a.products} products, {len(columns)} columns, {filled_total / max(a.products, 1):.1f} filled values per product,"
          f" {len(attributes) + 1} attributes, {a.families} families -> {a.out}")


if __name__ == "__main__":
    main()
