#!/usr/bin/env python3
"""Generates Pimento's demo catalog as Akeneo-dialect CSV files (src/main/resources/demo/).

The output is committed; run this again only to change the demo. Deterministic (fixed seed):
a shop selling apparel, footwear, outdoor gear and electronics in three locales, two channels
(web shop, mobile app), two currencies, with product models and colour/size variants.
"""
import csv
import os
import random
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "src/main/resources/demo"
rng = random.Random(20261122)

LOCALES = ["en_US", "fr_FR", "de_DE"]
CURRENCIES = ["USD", "EUR"]
CHANNELS = [
    # code, labels, locales, currencies
    ("web", {"en_US": "Web shop", "fr_FR": "Boutique en ligne", "de_DE": "Webshop"}, LOCALES, CURRENCIES),
    ("mobile", {"en_US": "Mobile app", "fr_FR": "Application mobile", "de_DE": "Mobile App"}, ["en_US", "fr_FR"], ["EUR", "USD"]),
]

# code, parent, en, fr, de
CATEGORIES = [
    ("master", "", "All products", "Tous les produits", "Alle Produkte"),
    ("apparel", "master", "Apparel", "Vêtements", "Bekleidung"),
    ("tops", "apparel", "Tops", "Hauts", "Oberteile"),
    ("t_shirts", "tops", "T-shirts", "T-shirts", "T-Shirts"),
    ("sweaters", "tops", "Sweaters", "Pulls", "Pullover"),
    ("jackets", "tops", "Jackets", "Vestes", "Jacken"),
    ("bottoms", "apparel", "Bottoms", "Bas", "Hosen"),
    ("jeans", "bottoms", "Jeans", "Jeans", "Jeans"),
    ("shorts", "bottoms", "Shorts", "Shorts", "Shorts"),
    ("footwear", "master", "Footwear", "Chaussures", "Schuhe"),
    ("sneakers", "footwear", "Sneakers", "Baskets", "Sneaker"),
    ("boots", "footwear", "Boots", "Bottes", "Stiefel"),
    ("running_shoes", "footwear", "Running shoes", "Chaussures de course", "Laufschuhe"),
    ("outdoor", "master", "Outdoor gear", "Équipement outdoor", "Outdoor-Ausrüstung"),
    ("backpacks", "outdoor", "Backpacks", "Sacs à dos", "Rucksäcke"),
    ("tents", "outdoor", "Tents", "Tentes", "Zelte"),
    ("sleeping_bags", "outdoor", "Sleeping bags", "Sacs de couchage", "Schlafsäcke"),
    ("electronics", "master", "Electronics", "Électronique", "Elektronik"),
    ("headphones", "electronics", "Headphones", "Casques", "Kopfhörer"),
    ("smartwatches", "electronics", "Smartwatches", "Montres connectées", "Smartwatches"),
    ("cameras", "electronics", "Cameras", "Appareils photo", "Kameras"),
    ("speakers", "electronics", "Speakers", "Enceintes", "Lautsprecher"),
    ("collections", "master", "Collections", "Collections", "Kollektionen"),
    ("new_arrivals", "collections", "New arrivals", "Nouveautés", "Neuheiten"),
    ("winter_collection", "collections", "Winter collection", "Collection hiver", "Winterkollektion"),
    ("summer_collection", "collections", "Summer collection", "Collection été", "Sommerkollektion"),
    ("sale", "collections", "Sale", "Soldes", "Sale"),
]

GROUPS = [("general", 1, "General", "Général", "Allgemein"),
          ("marketing", 2, "Marketing", "Marketing", "Marketing"),
          ("technical", 3, "Technical", "Technique", "Technisch"),
          ("variation", 4, "Variation", "Déclinaison", "Variante"),
          ("media", 5, "Media", "Médias", "Medien")]

COLORS = {
    "black": ("Black", "Noir", "Schwarz", "#222222"),
    "white": ("White", "Blanc", "Weiß", "#f4f4f4"),
    "navy": ("Navy", "Bleu marine", "Marineblau", "#1f2f5a"),
    "grey": ("Grey", "Gris", "Grau", "#8a8d91"),
    "red": ("Red", "Rouge", "Rot", "#c0392b"),
    "green": ("Forest green", "Vert forêt", "Waldgrün", "#2e6b3f"),
    "blue": ("Blue", "Bleu", "Blau", "#2f74c0"),
    "beige": ("Beige", "Beige", "Beige", "#d8c3a5"),
    "orange": ("Orange", "Orange", "Orange", "#e67e22"),
    "brown": ("Brown", "Marron", "Braun", "#6d4c33"),
}
SIZES = ["XS", "S", "M", "L", "XL", "XXL"]
SHOE_SIZES = [str(s) for s in range(36, 47)]
BRANDS = {
    "northpeak": "Northpeak", "urban_thread": "Urban Thread", "trailborn": "Trailborn",
    "voltra": "Voltra", "sonique": "Sonique", "alpenglow": "Alpenglow", "harbor_co": "Harbor & Co",
    "kestrel": "Kestrel",
}
MATERIALS = {"cotton": ("Cotton", "Coton", "Baumwolle"), "organic_cotton": ("Organic cotton", "Coton bio", "Bio-Baumwolle"),
             "merino": ("Merino wool", "Laine mérinos", "Merinowolle"), "polyester": ("Recycled polyester", "Polyester recyclé", "Recyceltes Polyester"),
             "denim": ("Denim", "Denim", "Denim"), "leather": ("Leather", "Cuir", "Leder"), "nylon": ("Ripstop nylon", "Nylon ripstop", "Ripstop-Nylon"),
             "gore_tex": ("GORE-TEX membrane", "Membrane GORE-TEX", "GORE-TEX-Membran"), "rubber": ("Rubber", "Caoutchouc", "Gummi"),
             "aluminium": ("Aluminium", "Aluminium", "Aluminium"), "down": ("Duck down", "Duvet de canard", "Entendaunen"),
             "elastane": ("Elastane", "Élasthanne", "Elasthan")}
SEASONS = {"spring": ("Spring", "Printemps", "Frühling"), "summer": ("Summer", "Été", "Sommer"),
           "autumn": ("Autumn", "Automne", "Herbst"), "winter": ("Winter", "Hiver", "Winter")}
GENDERS = {"men": ("Men", "Homme", "Herren"), "women": ("Women", "Femme", "Damen"), "unisex": ("Unisex", "Unisexe", "Unisex")}
CONNECTIVITY = {"bluetooth": ("Bluetooth", "Bluetooth", "Bluetooth"), "wifi": ("Wi-Fi", "Wi-Fi", "WLAN"),
                "usb_c": ("USB-C", "USB-C", "USB-C"), "nfc": ("NFC", "NFC", "NFC"), "gps": ("GPS", "GPS", "GPS")}

# code, type, group, localizable, scopable, extra
ATTRIBUTES = [
    ("sku", "pim_catalog_identifier", "general", 0, 0, {"unique": 1, "label": ("SKU", "SKU", "SKU")}),
    ("name", "pim_catalog_text", "general", 1, 0, {"max_characters": 120, "label": ("Name", "Nom", "Name")}),
    ("description", "pim_catalog_textarea", "marketing", 1, 1, {"label": ("Description", "Description", "Beschreibung")}),
    ("short_description", "pim_catalog_text", "marketing", 1, 0, {"max_characters": 255, "label": ("Short description", "Description courte", "Kurzbeschreibung")}),
    ("brand", "pim_catalog_simpleselect", "general", 0, 0, {"label": ("Brand", "Marque", "Marke")}),
    ("gender", "pim_catalog_simpleselect", "general", 0, 0, {"label": ("Gender", "Genre", "Geschlecht")}),
    ("color", "pim_catalog_simpleselect", "variation", 0, 0, {"label": ("Colour", "Couleur", "Farbe")}),
    ("size", "pim_catalog_simpleselect", "variation", 0, 0, {"label": ("Size", "Taille", "Größe")}),
    ("shoe_size", "pim_catalog_simpleselect", "variation", 0, 0, {"label": ("Shoe size (EU)", "Pointure (EU)", "Schuhgröße (EU)")}),
    ("material", "pim_catalog_multiselect", "technical", 0, 0, {"label": ("Material", "Matière", "Material")}),
    ("season", "pim_catalog_multiselect", "marketing", 0, 0, {"label": ("Season", "Saison", "Saison")}),
    ("connectivity", "pim_catalog_multiselect", "technical", 0, 0, {"label": ("Connectivity", "Connectivité", "Konnektivität")}),
    ("price", "pim_catalog_price_collection", "marketing", 0, 0, {"decimals_allowed": 1, "number_min": 0, "label": ("Price", "Prix", "Preis")}),
    ("weight", "pim_catalog_metric", "technical", 0, 0, {"metric_family": "Weight", "default_metric_unit": "KILOGRAM", "decimals_allowed": 1, "negative_allowed": 0, "label": ("Weight", "Poids", "Gewicht")}),
    ("capacity", "pim_catalog_metric", "technical", 0, 0, {"metric_family": "Volume", "default_metric_unit": "LITER", "decimals_allowed": 1, "negative_allowed": 0, "label": ("Capacity", "Contenance", "Volumen")}),
    ("waterproof", "pim_catalog_boolean", "technical", 0, 0, {"label": ("Waterproof", "Imperméable", "Wasserdicht")}),
    ("release_date", "pim_catalog_date", "marketing", 0, 0, {"label": ("Release date", "Date de sortie", "Erscheinungsdatum")}),
    ("battery_life", "pim_catalog_number", "technical", 0, 0, {"decimals_allowed": 0, "negative_allowed": 0, "number_min": 0, "number_max": 1000, "label": ("Battery life (hours)", "Autonomie (heures)", "Akkulaufzeit (Stunden)")}),
    ("warranty_years", "pim_catalog_number", "technical", 0, 0, {"decimals_allowed": 0, "negative_allowed": 0, "number_min": 0, "number_max": 10, "label": ("Warranty (years)", "Garantie (années)", "Garantie (Jahre)")}),
    ("persons", "pim_catalog_number", "technical", 0, 0, {"decimals_allowed": 0, "negative_allowed": 0, "number_min": 1, "number_max": 12, "label": ("Sleeps", "Places", "Personen")}),
    ("care_instructions", "pim_catalog_textarea", "technical", 1, 0, {"label": ("Care instructions", "Conseils d'entretien", "Pflegehinweise")}),
    ("main_image", "pim_catalog_image", "media", 0, 0, {"allowed_extensions": "svg,png,jpg,jpeg", "label": ("Main image", "Image principale", "Hauptbild")}),
]

# family code: (labels, category, kind, extra attributes, requirements web, requirements mobile)
APPAREL_COMMON = ["sku", "name", "description", "short_description", "brand", "gender", "color", "size", "material", "season", "price", "weight", "care_instructions", "main_image", "release_date"]
FOOTWEAR_COMMON = ["sku", "name", "description", "short_description", "brand", "gender", "color", "shoe_size", "material", "season", "price", "weight", "waterproof", "main_image", "release_date"]
OUTDOOR_COMMON = ["sku", "name", "description", "short_description", "brand", "color", "material", "price", "weight", "waterproof", "main_image", "release_date", "warranty_years"]
ELECTRONICS_COMMON = ["sku", "name", "description", "short_description", "brand", "color", "connectivity", "price", "weight", "battery_life", "warranty_years", "main_image", "release_date"]

FAMILIES = {
    "tshirts": (("T-shirts", "T-shirts", "T-Shirts"), "t_shirts", "apparel", APPAREL_COMMON),
    "sweaters": (("Sweaters", "Pulls", "Pullover"), "sweaters", "apparel", APPAREL_COMMON),
    "jackets": (("Jackets", "Vestes", "Jacken"), "jackets", "apparel", APPAREL_COMMON + ["waterproof"]),
    "jeans": (("Jeans", "Jeans", "Jeans"), "jeans", "apparel", APPAREL_COMMON),
    "shorts": (("Shorts", "Shorts", "Shorts"), "shorts", "apparel", APPAREL_COMMON),
    "sneakers": (("Sneakers", "Baskets", "Sneaker"), "sneakers", "footwear", FOOTWEAR_COMMON),
    "boots": (("Boots", "Bottes", "Stiefel"), "boots", "footwear", FOOTWEAR_COMMON),
    "running_shoes": (("Running shoes", "Chaussures de course", "Laufschuhe"), "running_shoes", "footwear", FOOTWEAR_COMMON),
    "backpacks": (("Backpacks", "Sacs à dos", "Rucksäcke"), "backpacks", "outdoor", OUTDOOR_COMMON + ["capacity"]),
    "tents": (("Tents", "Tentes", "Zelte"), "tents", "outdoor", OUTDOOR_COMMON + ["persons"]),
    "sleeping_bags": (("Sleeping bags", "Sacs de couchage", "Schlafsäcke"), "sleeping_bags", "outdoor", OUTDOOR_COMMON),
    "headphones": (("Headphones", "Casques", "Kopfhörer"), "headphones", "electronics", ELECTRONICS_COMMON),
    "smartwatches": (("Smartwatches", "Montres connectées", "Smartwatches"), "smartwatches", "electronics", ELECTRONICS_COMMON + ["waterproof"]),
    "cameras": (("Cameras", "Appareils photo", "Kameras"), "cameras", "electronics", ELECTRONICS_COMMON),
    "speakers": (("Speakers", "Enceintes", "Lautsprecher"), "speakers", "electronics", ELECTRONICS_COMMON + ["waterproof"]),
}
REQUIRED_WEB = ["sku", "name", "description", "price", "main_image", "brand"]
REQUIRED_MOBILE = ["sku", "name", "price", "main_image"]

# Product lines: (family, model name words, brand, base price USD, materials, seasons, gender, colors)
NOUNS = {
    "tshirts": [("Essential Crew T-Shirt", "T-shirt col rond Essential", "Essential Rundhals-T-Shirt"),
                ("Organic Pocket Tee", "T-shirt poche bio", "Bio-Taschen-T-Shirt"),
                ("Trail Graphic Tee", "T-shirt imprimé Trail", "Trail-Print-T-Shirt"),
                ("Merino Hiking Tee", "T-shirt de randonnée mérinos", "Merino-Wandershirt")],
    "sweaters": [("Merino Crew Sweater", "Pull col rond mérinos", "Merino-Rundhalspullover"),
                 ("Cable Knit Jumper", "Pull torsadé", "Zopfstrickpullover"),
                 ("Fleece Half-Zip", "Polaire demi-zip", "Fleece-Halfzip"),
                 ("Chunky Roll Neck", "Pull col roulé épais", "Grobstrick-Rollkragen")],
    "jackets": [("Storm Shell Jacket", "Veste coupe-vent Storm", "Storm-Hardshelljacke"),
                ("Down Puffer Jacket", "Doudoune", "Daunen-Steppjacke"),
                ("Denim Trucker Jacket", "Veste en jean Trucker", "Jeans-Truckerjacke"),
                ("Light Rain Jacket", "Veste de pluie légère", "Leichte Regenjacke")],
    "jeans": [("Classic Slim Jeans", "Jean slim classique", "Klassische Slim-Jeans"),
              ("Relaxed Straight Jeans", "Jean droit décontracté", "Lockere Straight-Jeans"),
              ("Stretch Skinny Jeans", "Jean skinny stretch", "Stretch-Skinny-Jeans")],
    "shorts": [("Cargo Hiking Shorts", "Short cargo de randonnée", "Cargo-Wandershorts"),
               ("Chino Shorts", "Short chino", "Chino-Shorts"),
               ("Running Shorts", "Short de running", "Laufshorts")],
    "sneakers": [("Court Classic Sneaker", "Basket Court Classic", "Court-Classic-Sneaker"),
                 ("Canvas Low Sneaker", "Basket basse en toile", "Canvas-Low-Sneaker"),
                 ("Retro Runner Sneaker", "Basket Retro Runner", "Retro-Runner-Sneaker")],
    "boots": [("Alpine Hiking Boot", "Chaussure de randonnée Alpine", "Alpine-Wanderstiefel"),
              ("Chelsea Leather Boot", "Bottine Chelsea en cuir", "Chelsea-Lederstiefel"),
              ("Winter Snow Boot", "Botte de neige", "Winter-Schneestiefel"),
              ("Rubber Rain Boot", "Botte de pluie en caoutchouc", "Gummi-Regenstiefel")],
    "running_shoes": [("Trail Runner GTX", "Chaussure de trail GTX", "Trail-Runner GTX"),
                      ("Road Racer Lite", "Chaussure route Racer Lite", "Road Racer Lite"),
                      ("Cushion Daily Trainer", "Chaussure d'entraînement Cushion", "Cushion-Trainingsschuh")],
}
SIMPLE_PRODUCTS = {
    "backpacks": [("Summit Daypack 22L", "Sac à dos Summit 22 L", "Summit-Tagesrucksack 22 L", 22),
                  ("Trekker 45L Backpack", "Sac à dos Trekker 45 L", "Trekker-Rucksack 45 L", 45),
                  ("Urban Commuter Pack", "Sac urbain Commuter", "Urban-Pendlerrucksack", 18),
                  ("Expedition 65L Pack", "Sac Expédition 65 L", "Expeditionsrucksack 65 L", 65),
                  ("Hydration Race Vest", "Gilet d'hydratation", "Trinkweste", 8)],
    "tents": [("Ridge 2 Tent", "Tente Ridge 2", "Ridge-2-Zelt", 2), ("Basecamp 4 Tent", "Tente Basecamp 4", "Basecamp-4-Zelt", 4),
              ("Ultralight Solo Tent", "Tente solo ultralégère", "Ultraleicht-Solozelt", 1), ("Family Dome 6", "Tente dôme familiale 6", "Familien-Kuppelzelt 6", 6)],
    "sleeping_bags": [("Arctic -20 Down Bag", "Sac de couchage duvet -20", "Arktis -20 Daunenschlafsack", 0),
                      ("Summer Light Bag", "Sac de couchage été léger", "Leichter Sommerschlafsack", 0),
                      ("Three Season Synthetic Bag", "Sac synthétique trois saisons", "Dreijahreszeiten-Kunstfaserschlafsack", 0)],
    "headphones": [("Sonique ANC Over-Ear", "Casque Sonique à réduction de bruit", "Sonique ANC Over-Ear", 0),
                   ("Sport Buds Pro", "Écouteurs Sport Buds Pro", "Sport Buds Pro", 0),
                   ("Studio Monitor Headphones", "Casque de monitoring studio", "Studio-Monitor-Kopfhörer", 0),
                   ("Kids Safe Headphones", "Casque enfant", "Kinderkopfhörer", 0)],
    "smartwatches": [("Voltra Trail Watch", "Montre Voltra Trail", "Voltra Trail Watch", 0),
                     ("Pulse Fitness Band", "Bracelet fitness Pulse", "Pulse-Fitnessarmband", 0),
                     ("Voltra Classic Smartwatch", "Montre connectée Voltra Classic", "Voltra Classic Smartwatch", 0)],
    "cameras": [("Kestrel Action Cam 4K", "Caméra d'action Kestrel 4K", "Kestrel Action-Cam 4K", 0),
                ("Kestrel Mirrorless X1", "Hybride Kestrel X1", "Kestrel Systemkamera X1", 0),
                ("Instant Print Camera", "Appareil photo instantané", "Sofortbildkamera", 0)],
    "speakers": [("Boombox Rugged Speaker", "Enceinte robuste Boombox", "Robuster Boombox-Lautsprecher", 0),
                 ("Pocket Shower Speaker", "Enceinte de douche Pocket", "Pocket-Duschlautsprecher", 0),
                 ("Home Smart Speaker", "Enceinte connectée Home", "Smarter Home-Lautsprecher", 0)],
}
FAMILY_BRANDS = {"apparel": ["northpeak", "urban_thread", "alpenglow", "harbor_co"],
                 "footwear": ["trailborn", "northpeak", "urban_thread"],
                 "outdoor": ["northpeak", "alpenglow", "trailborn"],
                 "electronics": ["voltra", "sonique", "kestrel"]}
FAMILY_MATERIALS = {"tshirts": ["cotton", "organic_cotton", "merino"], "sweaters": ["merino", "cotton", "polyester"],
                    "jackets": ["nylon", "gore_tex", "down", "denim", "polyester"], "jeans": ["denim", "elastane", "cotton"],
                    "shorts": ["cotton", "polyester", "elastane"], "sneakers": ["leather", "rubber", "cotton"],
                    "boots": ["leather", "rubber", "gore_tex"], "running_shoes": ["polyester", "rubber", "gore_tex"],
                    "backpacks": ["nylon", "polyester"], "tents": ["nylon", "aluminium", "polyester"],
                    "sleeping_bags": ["down", "polyester", "nylon"], "headphones": ["aluminium", "leather"],
                    "smartwatches": ["aluminium", "rubber"], "cameras": ["aluminium"], "speakers": ["rubber", "aluminium"]}
BASE_PRICES = {"tshirts": 25, "sweaters": 79, "jackets": 169, "jeans": 89, "shorts": 45, "sneakers": 95, "boots": 149,
               "running_shoes": 129, "backpacks": 89, "tents": 249, "sleeping_bags": 179, "headphones": 199,
               "smartwatches": 249, "cameras": 399, "speakers": 129}
WEIGHTS = {"tshirts": 0.18, "sweaters": 0.45, "jackets": 0.8, "jeans": 0.6, "shorts": 0.3, "sneakers": 0.9, "boots": 1.4,
           "running_shoes": 0.6, "backpacks": 1.1, "tents": 2.6, "sleeping_bags": 1.3, "headphones": 0.28,
           "smartwatches": 0.05, "cameras": 0.45, "speakers": 0.7}
BLURB = {
    "apparel": ("Made to be worn every day and built to last, with a comfortable regular fit.",
                "Conçu pour être porté tous les jours et fait pour durer, avec une coupe confortable.",
                "Für jeden Tag gemacht und langlebig verarbeitet, mit bequemer Passform."),
    "footwear": ("Grippy outsole, cushioned footbed and a secure fit for long days on your feet.",
                 "Semelle adhérente, semelle intérieure amortie et bon maintien pour les longues journées.",
                 "Griffige Laufsohle, gepolstertes Fußbett und sicherer Halt für lange Tage."),
    "outdoor": ("Tested in the mountains, light enough for fast trips and tough enough for expeditions.",
                "Testé en montagne, assez léger pour les sorties rapides et assez solide pour les expéditions.",
                "In den Bergen getestet, leicht für schnelle Touren und robust genug für Expeditionen."),
    "electronics": ("Long battery life, fast charging over USB-C and a two-year warranty.",
                    "Grande autonomie, recharge rapide en USB-C et garantie de deux ans.",
                    "Lange Akkulaufzeit, schnelles Laden über USB-C und zwei Jahre Garantie."),
}


def write(name, header, rows):
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def money(x):
    return f"{x:.2f}"


def svg(name, color, title):
    media = OUT / "media"
    media.mkdir(parents=True, exist_ok=True)
    text = title.replace("&", "&amp;")
    content = (f'<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">'
               f'<rect width="400" height="400" fill="{color}"/>'
               f'<rect x="20" y="300" width="360" height="70" rx="8" fill="#ffffff" fill-opacity="0.85"/>'
               f'<text x="200" y="343" font-family="sans-serif" font-size="22" text-anchor="middle" fill="#222">{text}</text></svg>\n')
    (media / name).write_text(content, encoding="utf-8")
    return f"media/{name}"


def main():
    write("currencies.csv", ["code", "activated"], [[c, 1] for c in CURRENCIES])
    write("locales.csv", ["code"], [[l] for l in LOCALES])
    write("categories.csv", ["code", "parent", "label-en_US", "label-fr_FR", "label-de_DE"], CATEGORIES)
    write("channels.csv", ["code", "label-en_US", "label-fr_FR", "label-de_DE", "tree", "locales", "currencies"],
          [[c, l["en_US"], l["fr_FR"], l["de_DE"], "master", ",".join(loc), ",".join(cur)] for c, l, loc, cur in CHANNELS])
    write("attribute_groups.csv", ["code", "sort_order", "label-en_US", "label-fr_FR", "label-de_DE"], GROUPS)

    attr_header = ["code", "type", "group", "label-en_US", "label-fr_FR", "label-de_DE", "localizable", "scopable", "unique",
                   "useable_as_grid_filter", "sort_order", "max_characters", "decimals_allowed", "negative_allowed",
                   "number_min", "number_max", "metric_family", "default_metric_unit", "allowed_extensions"]
    attr_rows = []
    for i, (code, typ, group, loc, sco, extra) in enumerate(ATTRIBUTES, start=1):
        en, fr, de = extra["label"]
        attr_rows.append([code, typ, group, en, fr, de, loc, sco, extra.get("unique", 0), 1, i,
                          extra.get("max_characters", ""), extra.get("decimals_allowed", ""), extra.get("negative_allowed", ""),
                          extra.get("number_min", ""), extra.get("number_max", ""), extra.get("metric_family", ""),
                          extra.get("default_metric_unit", ""), extra.get("allowed_extensions", "")])
    write("attributes.csv", attr_header, attr_rows)

    options = []
    def add_options(attribute, mapping):
        for i, (code, labels) in enumerate(mapping.items(), start=1):
            options.append([attribute, code, i, *labels])
    add_options("brand", {k: (v, v, v) for k, v in BRANDS.items()})
    add_options("gender", GENDERS)
    add_options("color", {k: v[:3] for k, v in COLORS.items()})
    add_options("size", {s.lower(): (s, s, s) for s in SIZES})
    add_options("shoe_size", {f"eu_{s}": (s, s, s) for s in SHOE_SIZES})
    add_options("material", MATERIALS)
    add_options("season", SEASONS)
    add_options("connectivity", CONNECTIVITY)
    write("attribute_options.csv", ["attribute", "code", "sort_order", "label-en_US", "label-fr_FR", "label-de_DE"], options)

    fam_rows = []
    for code, (labels, _cat, kind, attrs) in FAMILIES.items():
        web = [a for a in REQUIRED_WEB if a in attrs]
        mobile = [a for a in REQUIRED_MOBILE if a in attrs]
        fam_rows.append([code, *labels, ",".join(attrs), "name", "main_image", ",".join(web), ",".join(mobile)])
    write("families.csv", ["code", "label-en_US", "label-fr_FR", "label-de_DE", "attributes", "attribute_as_label",
                           "attribute_as_image", "requirements-web", "requirements-mobile"], fam_rows)

    variants = []
    for code, (labels, _cat, kind, attrs) in FAMILIES.items():
        if kind == "apparel":
            variants.append([f"{code}_color_size", code, f"{labels[0]} by colour and size", f"{labels[1]} par couleur et taille",
                             f"{labels[2]} nach Farbe und Größe", "color", "size", "color,main_image", "sku,size,weight"])
        elif kind == "footwear":
            variants.append([f"{code}_color_size", code, f"{labels[0]} by colour and size", f"{labels[1]} par couleur et pointure",
                             f"{labels[2]} nach Farbe und Größe", "color", "shoe_size", "color,main_image", "sku,shoe_size,weight"])
    write("family_variants.csv", ["code", "family", "label-en_US", "label-fr_FR", "label-de_DE", "variant-axes_1", "variant-axes_2",
                                  "variant-attributes_1", "variant-attributes_2"], variants)

    write("association_types.csv", ["code", "label-en_US", "label-fr_FR", "label-de_DE", "is_two_way", "is_quantified"],
          [["X_SELL", "Cross sell", "Vente croisée", "Cross-Selling", 0, 0],
           ["UPSELL", "Upsell", "Montée en gamme", "Upselling", 0, 0],
           ["SUBSTITUTION", "Substitution", "Substitution", "Ersatz", 0, 0],
           ["PACK", "Pack", "Lot", "Paket", 0, 1]])

    model_header = ["code", "family_variant", "parent", "categories", "brand", "gender", "material", "season",
                    "name-en_US", "name-fr_FR", "name-de_DE",
                    "description-en_US-web", "description-fr_FR-web", "description-de_DE-web",
                    "description-en_US-mobile", "description-fr_FR-mobile",
                    "short_description-en_US", "short_description-fr_FR", "short_description-de_DE",
                    "care_instructions-en_US", "care_instructions-fr_FR", "care_instructions-de_DE",
                    "price-USD", "price-EUR", "release_date", "waterproof", "color", "main_image"]
    product_header = ["sku", "family", "parent", "categories", "enabled", "brand", "gender", "material", "season", "connectivity",
                      "name-en_US", "name-fr_FR", "name-de_DE",
                      "description-en_US-web", "description-fr_FR-web", "description-de_DE-web",
                      "description-en_US-mobile", "description-fr_FR-mobile",
                      "short_description-en_US", "short_description-fr_FR", "short_description-de_DE",
                      "price-USD", "price-EUR", "weight", "weight-unit", "capacity", "capacity-unit", "waterproof",
                      "release_date", "battery_life", "warranty_years", "persons", "size", "shoe_size", "main_image",
                      "X_SELL-products", "UPSELL-products", "X_SELL-product_models"]
    models, products = [], []
    simple_skus_by_family = {}

    def release():
        return f"202{rng.randint(4, 6)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    def collections(season_codes):
        cats = []
        if "winter" in season_codes:
            cats.append("winter_collection")
        if "summer" in season_codes:
            cats.append("summer_collection")
        if rng.random() < 0.15:
            cats.append("sale")
        if rng.random() < 0.2:
            cats.append("new_arrivals")
        return cats

    def sku_color(color):
        # three letters, but green and grey would both be GRE
        return {"green": "GRN", "grey": "GRY"}.get(color, color[:3].upper())

    # Simple products first (outdoor, electronics): referenced by apparel cross-sells.
    for family, items in SIMPLE_PRODUCTS.items():
        labels, category, kind, attrs = FAMILIES[family]
        for n, (en, fr, de, size_value) in enumerate(items, start=1):
            for color in rng.sample(["black", "grey", "green", "blue", "orange", "white"], 2):
                brand = rng.choice(FAMILY_BRANDS[kind])
                sku = f"{family[:4].upper()}-{n:02d}-{sku_color(color)}"
                c_en, c_fr, c_de, hexcolor = COLORS[color]
                usd = BASE_PRICES[family] * rng.uniform(0.7, 1.6)
                mats = rng.sample(FAMILY_MATERIALS[family], min(2, len(FAMILY_MATERIALS[family])))
                b_en, b_fr, b_de = BLURB[kind]
                image = svg(f"{sku.lower()}.svg", hexcolor, f"{en} – {c_en}")
                row = {"sku": sku, "family": family, "parent": "", "categories": ",".join([category] + collections([])),
                       "enabled": 1 if rng.random() > 0.05 else 0, "brand": brand, "gender": "",
                       "material": ",".join(mats) if "material" in attrs else "", "season": "",
                       "connectivity": ",".join(rng.sample(list(CONNECTIVITY), rng.randint(1, 3))) if kind == "electronics" else "",
                       "name-en_US": f"{en} {c_en}", "name-fr_FR": f"{fr} {c_fr.lower()}", "name-de_DE": f"{de} {c_de}",
                       "description-en_US-web": f"{en} by {BRANDS[brand]} in {c_en.lower()}. {b_en}",
                       "description-fr_FR-web": f"{fr} de {BRANDS[brand]}, coloris {c_fr.lower()}. {b_fr}",
                       "description-de_DE-web": f"{de} von {BRANDS[brand]} in {c_de}. {b_de}",
                       "description-en_US-mobile": f"{en} in {c_en.lower()}.",
                       "description-fr_FR-mobile": f"{fr}, coloris {c_fr.lower()}.",
                       "short_description-en_US": f"{en} from {BRANDS[brand]}",
                       "short_description-fr_FR": f"{fr} {BRANDS[brand]}",
                       "short_description-de_DE": f"{de} von {BRANDS[brand]}",
                       "price-USD": money(round(usd) - 0.01), "price-EUR": money(round(usd * 0.92) - 0.01),
                       "weight": f"{WEIGHTS[family] * rng.uniform(0.8, 1.2):.2f}", "weight-unit": "KILOGRAM",
                       "capacity": str(size_value) if family == "backpacks" else "", "capacity-unit": "LITER" if family == "backpacks" else "",
                       "waterproof": (1 if rng.random() < 0.6 else 0) if "waterproof" in attrs else "",
                       "release_date": release(),
                       "battery_life": str(rng.choice([8, 12, 20, 30, 40, 72])) if kind == "electronics" else "",
                       "warranty_years": str(rng.choice([1, 2, 3, 5])),
                       "persons": str(size_value) if family == "tents" else "",
                       "main_image": image}
                # A few products are left incomplete on purpose, so completeness shows something.
                if rng.random() < 0.12:
                    row["description-de_DE-web"] = ""
                if rng.random() < 0.08:
                    row["main_image"] = ""
                products.append(row)
                simple_skus_by_family.setdefault(family, []).append(sku)

    all_simple = [s for skus in simple_skus_by_family.values() for s in skus]
    model_codes = []
    for family, nouns in NOUNS.items():
        labels, category, kind, attrs = FAMILIES[family]
        for n, (en, fr, de) in enumerate(nouns, start=1):
            brand = rng.choice(FAMILY_BRANDS[kind])
            gender = rng.choice(list(GENDERS))
            seasons = rng.sample(list(SEASONS), rng.randint(1, 2))
            if family in ("sweaters", "jackets", "boots"):
                seasons = sorted(set(seasons) | {"winter"})
            if family in ("shorts", "tshirts"):
                seasons = sorted(set(seasons) | {"summer"})
            mats = rng.sample(FAMILY_MATERIALS[family], min(2, len(FAMILY_MATERIALS[family])))
            root = f"{family}_{n:02d}"
            model_codes.append(root)
            usd = BASE_PRICES[family] * rng.uniform(0.8, 1.5)
            b_en, b_fr, b_de = BLURB[kind]
            g_en, g_fr, g_de = GENDERS[gender]
            models.append({"code": root, "family_variant": f"{family}_color_size", "parent": "",
                           "categories": ",".join([category] + collections(seasons)), "brand": brand, "gender": gender,
                           "material": ",".join(mats), "season": ",".join(seasons),
                           "name-en_US": en, "name-fr_FR": fr, "name-de_DE": de,
                           "description-en_US-web": f"The {en} by {BRANDS[brand]} ({g_en.lower()}). {b_en}",
                           "description-fr_FR-web": f"{fr} de {BRANDS[brand]} ({g_fr.lower()}). {b_fr}",
                           "description-de_DE-web": f"{de} von {BRANDS[brand]} ({g_de}). {b_de}",
                           "description-en_US-mobile": f"{en} by {BRANDS[brand]}.",
                           "description-fr_FR-mobile": f"{fr} de {BRANDS[brand]}.",
                           "short_description-en_US": f"{en} from {BRANDS[brand]}",
                           "short_description-fr_FR": f"{fr} {BRANDS[brand]}",
                           "short_description-de_DE": f"{de} von {BRANDS[brand]}",
                           "care_instructions-en_US": "Machine wash cold, do not tumble dry." if kind == "apparel" else "",
                           "care_instructions-fr_FR": "Lavage en machine à froid, pas de sèche-linge." if kind == "apparel" else "",
                           "care_instructions-de_DE": "Kalt waschen, nicht im Trockner trocknen." if kind == "apparel" else "",
                           "price-USD": money(round(usd) - 0.01), "price-EUR": money(round(usd * 0.92) - 0.01),
                           "release_date": release(),
                           "waterproof": (1 if rng.random() < 0.5 else 0) if "waterproof" in attrs else "",
                           "color": "", "main_image": ""})
            axis_values = SIZES[1:5] if kind == "apparel" else rng.sample(SHOE_SIZES, 4)
            for color in rng.sample(list(COLORS), 3):
                c_en, c_fr, c_de, hexcolor = COLORS[color]
                sub = f"{root}_{color}"
                image = svg(f"{sub}.svg", hexcolor, f"{en} – {c_en}")
                models.append({"code": sub, "family_variant": f"{family}_color_size", "parent": root,
                               "categories": "", "color": color, "main_image": image})
                for axis in sorted(axis_values, key=lambda s: (SIZES + SHOE_SIZES).index(s)):
                    sku = f"{root.upper().replace('_', '-')}-{sku_color(color)}-{axis}"
                    row = {"sku": sku, "family": family, "parent": sub, "enabled": 1,
                           "weight": f"{WEIGHTS[family] * rng.uniform(0.9, 1.1):.2f}", "weight-unit": "KILOGRAM"}
                    if kind == "apparel":
                        row["size"] = axis.lower()
                    else:
                        row["shoe_size"] = f"eu_{axis}"
                    if rng.random() < 0.25:
                        row["X_SELL-products"] = ",".join(rng.sample(all_simple, 2))
                    products.append(row)
    # Cross-sells between simple products and models, upsells within a family.
    for row in products:
        if row.get("parent"):
            continue
        fam_skus = simple_skus_by_family[row["family"]]
        better = [s for s in fam_skus if s != row["sku"]]
        if better and rng.random() < 0.4:
            row["UPSELL-products"] = rng.choice(better)
        if rng.random() < 0.3:
            row["X_SELL-product_models"] = ",".join(rng.sample(model_codes, 2))

    write("product_models.csv", model_header, [[m.get(h, "") for h in model_header] for m in models])
    write("products.csv", product_header, [[p.get(h, "") for h in product_header] for p in products])
    # only the images some row names ship with the demo
    named = {row["main_image"] for row in products + models if row.get("main_image")}
    for file in (OUT / "media").glob("*.svg"):
        if f"media/{file.name}" not in named:
            file.unlink()
    print(f"{len(models)} product models, {len(products)} products written to {OUT}")


if __name__ == "__main__":
    main()
