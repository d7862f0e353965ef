#!/usr/bin/env python3
"""Makes the scrape fixtures of `courtstat import` (issue 17): a newsroom's scrape of garrison
military court cards in the shapes of ../shared/formats/court-scrapes.md, and what the import
must make of it (the output spec the importer implements: README "Your own scrape" / the lead's
import spec).

How: every case is first drawn as GROUND TRUTH (court from datasets/garrison_courts.csv,
articles, dates, result, defendant status, sentence type, term), then RENDERED as scrape text in
one of the variants the real files show (date, article, court, status, punishment and term
spellings, missing markers, a sentence text instead of hand-coded columns, ...). The expected
output is written from the ground truth and the rendering choices (what a cell shows or leaves
out), never by parsing the rendered text: the fixture is an independent check of the parser.
About 25 rows are made to be rejected, each for one known reason.

Usage:
  python3 scripts/make-scrape-fixtures.py                 # the committed fixtures (seed 17, 320 cases)
  python3 scripts/make-scrape-fixtures.py --rows 1000000 --scrape-only --out-dir /tmp/x
      # one large scrape_utf8_semicolon.csv for scripts/bench-import.sh (not committed)

Standard library only; the same seed and row count give the same bytes.
"""
import argparse
import csv
import datetime as dt
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COURTS_CSV = os.path.join(ROOT, "datasets", "garrison_courts.csv")
FIXTURE_DIR = os.path.join(ROOT, "Tests", "Fixtures", "scrape")

# Canonical column keys -> header in the sudrfscraper-derived file and in the card-label file.
SUDRF_HEADER = [("id", "id"), ("region", "region"), ("court", "name"), ("number", "caseNumber"),
                ("uid", "cui"), ("received", "entryDate"), ("decision", "resultDate"),
                ("result", "decision"), ("articles", "Перечень статей"), ("status", "Статус"),
                ("punishment", "Наказание"), ("term", "Срок"), ("judge", "judge"), ("url", "url"),
                ("text", "text")]
# (header names are matched case-insensitively: three are spelt in another case here)
RU_HEADER = [("number", "Номер дела"), ("uid", "Уникальный идентификатор дела"), ("court", "Суд"),
             ("received", "Дата Поступления"), ("decision", "Дата рассмотрения"),
             ("result", "Результат рассмотрения"), ("articles", "Перечень статей"), ("status", "СТАТУС"),
             ("punishment", "Наказание"), ("term", "срок"), ("judge", "Судья"), ("url", "Ссылка"),
             ("text", "Текст приговора")]
# Columns not consumed by the import (kept, in input order, after source_line).
PASSTHROUGH = {"id", "judge", "text"}
OUT_COLUMNS = ["case_id", "court", "region", "article", "part", "received_date", "decision_date",
               "defendant_status", "sentence_type", "sentence_months", "source_url", "articles",
               "court_id", "result", "source_line"]

MISSING = ["-", "-", "-", "", "NA", "N/A", "null", "нет данных", "—", " - ", "na", "НЕТ ДАННЫХ", "Null"]

# --- variant decks: every variant is drawn in turn (shuffled), so that each one appears ------------


class Decks:
    """Draws variants from shuffled decks, so that every variant of a list is used before any
    is used twice; counts what was drawn (the coverage table)."""

    def __init__(self, rng):
        self.rng, self.decks, self.used = rng, {}, {}

    def draw(self, name, variants):
        key = (name, tuple(variants))      # a constrained list gets its own deck
        deck = self.decks.get(key)
        if not deck:
            deck = list(variants)
            self.rng.shuffle(deck)
            self.decks[key] = deck
        v = deck.pop()
        self.note(name, v)
        return v

    def note(self, name, v):
        key = (name, v if isinstance(v, str) else repr(v))
        self.used[key] = self.used.get(key, 0) + 1


# --- Russian words ------------------------------------------------------------------------------

NUM_WORDS = ["ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять",
             "десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать"]


def years_word(n):
    if n % 10 == 1 and n % 100 != 11:
        return "год"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "года"
    return "лет"


def months_word(n):
    if n % 10 == 1 and n % 100 != 11:
        return "месяц"
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "месяца"
    return "месяцев"


def term_phrase(months):
    """'2 (два) года 6 (шесть) месяцев' as sentence texts write a term (months >= 12)."""
    y, r = divmod(int(months), 12)
    s = f"{y} ({NUM_WORDS[y]}) {years_word(y)}"
    if r:
        s += f" {r} ({NUM_WORDS[r]}) {months_word(r)}"
    return s


# --- courts ------------------------------------------------------------------------------------

def read_courts():
    with open(COURTS_CSV, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 100, f"{COURTS_CSV}: expected 100 courts, read {len(rows)}"
    return rows


COURT_SUFFIX = " гарнизонный военный суд"


def genitive(name):
    """'Барнаульский гарнизонный военный суд' -> 'Барнаульского гарнизонного военного суда'."""
    assert name.endswith(COURT_SUFFIX), name
    prefix = name[: -len(COURT_SUFFIX)]
    parts = prefix.split("-")
    for i, p in enumerate(parts):
        for end, gen in (("ский", "ского"), ("цкий", "цкого"), ("ской", "ского"), ("ний", "него")):
            if p.endswith(end):
                parts[i] = p[: -len(end)] + gen
                break
        else:
            continue
        break
    return "-".join(parts) + " гарнизонного военного суда"


def yo(name):
    return name.replace("Заозерский", "Заозёрский").replace("Буденновский", "Будённовский")


def court_cell(court, form):
    name = court["court_name"]
    if form == "full":
        return name
    if form == "full_region":
        return f"{name} ({court['region']})"
    if form == "abbr":
        return name.replace(COURT_SUFFIX, " ГВС")
    if form in ("genitive", "genitive_hyphen"):
        return genitive(name)
    if form == "numbered_full":
        return name
    if form == "numbered_abbr":
        return name.replace(COURT_SUFFIX, " ГВС")
    if form == "numbered_genitive":
        return genitive(name)
    if form == "upper":
        return name.upper()
    if form == "lower":
        return name.lower()
    if form == "abbr_lower":
        return name.replace(COURT_SUFFIX, " гвс").lower()
    if form == "yo":
        return yo(name)
    if form == "yo_abbr":
        return yo(name).replace(COURT_SUFFIX, " ГВС")
    if form == "spaces":
        return "  " + name.replace(" военный", "   военный") + " "
    raise ValueError(form)


COURT_FORMS = ["full", "full", "full", "full_region", "full_region", "abbr", "abbr", "genitive", "genitive", "genitive_hyphen",
               "numbered_full", "numbered_abbr", "numbered_genitive", "upper", "lower", "abbr_lower",
               "yo", "yo_abbr", "spaces", "blank_uid", "garbled_uid", "unlisted"]
# Courts outside the list (district courts, an appeal-level military court): never matched.
UNLISTED = [("Ленинский районный суд г. Барнаула", "Алтайский край", "22RS0068", "Ленинский районный суд г. Барнаула"),
            ("Северо-Кавказский окружной военный суд", "Ростовская область", "61OV0000", "Северо-Кавказский окружной военный суд"),
            ("2-й Западный окружной военный суд", "Город Москва", None, "2-й Западный окружной военный суд"),
            ("  Ленинский  районный суд   г. Барнаула ", "Алтайский край", None, "Ленинский районный суд г. Барнаула"),
            ("Кировский районный суд г. Омска", "-", None, "Кировский районный суд г. Омска"),
            ("-", "Республика Коми", None, "")]
GARBLED = ["Гарнизонный военный суд", "ГВС", "военный суд"]

# --- articles ----------------------------------------------------------------------------------


AMENDED = dt.date(2022, 9, 24)
NEW_PARTS = {("337", "2.1"), ("337", "3.1"), ("337", "5"), ("332", "2.1")}


def art(n, p=None, points=None):
    return (n, p, points)


def chapter33(n):
    return 331 <= float(n) < 353


SINGLES = ([(art("337", p), w) for p, w in (("1", 3), ("3", 2), ("4", 2))] +
           [(art("338", "1"), 4), (art("338", "2"), 2), (art("332", "1"), 1), (art("332", "2"), 1),
            (art("332", "2.1"), 2), (art("332", "3"), 1), (art("335", "2", "в"), 1), (art("335", "1"), 1),
            (art("334", "1"), 1), (art("339", "2"), 1), (art("352.1", "1"), 1), (art("352.1"), 1),
            (art("337"), 2), (art("338"), 1), (art("162", "2"), 1), (art("162", "3"), 1),
            (art("163", "2", "а,в"), 1), (art("158", "2", "в"), 1), (art("228", "2"), 1), (art("159", "4"), 1)])
NEW_337 = [(art("337", p), w) for p, w in (("2.1", 3), ("3.1", 3), ("5", 9), ("1", 2), ("4", 1))]
MULTIS = [[art("337", "5"), art("338", "1")], [art("30", "3"), art("159", "4")], [art("30", "3"), art("338", "1")],
          [art("33", "5"), art("337", "5")], [art("159", "4"), art("337", "5")], [art("228", "2"), art("162", "2")],
          [art("30", "1"), art("228.1", "4", "г")], [art("163", "2", "а,в"), art("337", "3.1")],
          [art("337", "5"), art("332", "2.1")], [art("33", "4"), art("30", "3"), art("159", "4")],
          [art("334", "1"), art("335", "2", "в")], [art("30", "3"), art("352.1", "1")]]
# A form is (name, needs a part, may follow a separator).
ART_FORMS = ["st_dot", "st_space", "part_first", "part_first_tight", "num_part", "st_dot_uk", "part_first_ukrf",
             "st_dot_ukrf", "cap_st"]
ART_FORMS_NOPART = ["plain", "st_only", "st_only_space", "plain_ukrf"]


def render_article(a, form):
    n, p, pts = a
    pt = ""
    if pts:
        pt = (" п.п." + pts) if "," in pts else (" п." + pts)
    if form == "st_dot":
        return f"ст.{n} ч.{p}{pt}"
    if form == "st_space":
        return f"ст. {n} ч. {p}{pt}"
    if form == "part_first":
        return f"ч. {p} ст. {n}"
    if form == "part_first_tight":
        return f"ч.{p} ст.{n}"
    if form == "num_part":
        return f"{n} ч.{p}{pt}"
    if form == "st_dot_uk":
        return f"ст.{n} ч.{p}{pt} УК"
    if form == "part_first_ukrf":
        return f"ч. {p} ст. {n} УК РФ"
    if form == "st_dot_ukrf":
        return f"ст.{n} ч.{p}{pt} УК РФ"
    if form == "cap_st":
        return f"Ст. {n} ч. {p}{pt}"
    if form == "plain":
        return n
    if form == "st_only":
        return f"ст.{n}"
    if form == "st_only_space":
        return f"ст. {n}"
    if form == "plain_ukrf":
        return f"{n} УК РФ"
    raise ValueError(form)


def article_forms_for(a, first):
    n, p, pts = a
    if p is None:
        forms = list(ART_FORMS_NOPART)
    else:
        forms = list(ART_FORMS)
        if pts:   # points are written after the part only
            forms = [f for f in forms if not f.startswith("part_first")]
    if not first:  # after a separator the next article must begin with ст/ч
        forms = [f for f in forms if f not in ("num_part", "plain", "plain_ukrf")]
    return forms


SEPARATORS = ["; ", ", ", ";", ",  "]


def norm_article(a):
    n, p, _ = a
    return n if p is None else f"{n}.{p}"


def principal(arts):
    for a in arts:
        if chapter33(a[0]):
            return a
    for a in arts:
        if a[0] not in ("30", "33"):
            return a
    return None


# --- values ------------------------------------------------------------------------------------

STATUS_WORDS = {"mobilized": ["мобилизованный", "мобилизован", "по мобилизации", "мобилизованные", "Мобилизованный",
                              "МОБИЛИЗОВАН", "по  мобилизации", " мобилизованный "],
                "contract": ["контрактник", "по контракту", "контракт", "Контрактник", "по контракту "],
                "conscript": ["срочник", "по призыву", "призывник", "Срочник"],
                "volunteer": ["доброволец", "добровольцы", "Доброволец"]}
UNKNOWN_STATUS = ["запасник", "офицер", "резервист"]
STATUS_PHRASE = {"mobilized": "по мобилизации", "contract": "по контракту", "conscript": "по призыву"}

PUNISH_WORDS = {"prison": ["лишение свободы", "реальный срок", "реальное лишение свободы", "Лишение свободы",
                           "ЛИШЕНИЕ СВОБОДЫ", "лишение  свободы"],
                "colony_settlement": ["колония-поселение", "колония поселение", "Колония-поселение"],
                "disciplinary_battalion": ["дисциплинарная воинская часть", "дисбат", "Дисбат"],
                "suspended": ["условно", "условный срок", "условное осуждение", "условное лишение свободы", "Условно"],
                "fine": ["штраф", "Штраф"],
                "acquitted": ["оправдан", "оправдательный приговор", "Оправдан"],
                "dismissed": ["прекращено", "Прекращено"]}
UNKNOWN_PUNISH = ["обязательные работы", "ограничение по военной службе", "арест"]

RESULTS = {"sentence": ["Вынесен ПРИГОВОР", "Вынесен приговор", "Рассмотрено с вынесением приговора", "вынесен приговор"],
           "acquittal_text": ["Вынесен ОПРАВДАТЕЛЬНЫЙ ПРИГОВОР"],
           "dismissed": ["Уголовное дело ПРЕКРАЩЕНО", "Прекращено производство по делу"],
           "returned": ["Возвращено прокурору", "ВОЗВРАЩЕНО ПРОКУРОРУ"],
           "jurisdiction": ["Направлено по подсудности", "Передано по подсудности", "Направлено по подсудности (подведомственности)"]}

TERM_RANGES = {"prison": (12, 72), "colony_settlement": (6, 36), "disciplinary_battalion": (4, 24),
               "suspended": (6, 48)}
TERM_FORMS = ["y_m", "y", "m_only", "dec_comma", "dec_dot", "mes", "mesyacev", "y_mes", "plain"]

DATE_FORMS = ["dmy", "dmy", "dmy", "dmy_nopad", "dmy_nopad_month", "iso", "dmy_time", "dmy_time_s", "iso_time"]

SURNAMES = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Михайлов", "Новиков",
            "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов"]
RANKS = ["рядового", "ефрейтора", "младшего сержанта", "сержанта", "старшего сержанта", "прапорщика", "лейтенанта"]
INITIALS = "АБВГДЕИКЛМНОПРСТ"


def render_date(d, form):
    if form == "dmy":
        return d.strftime("%d.%m.%Y")
    if form == "dmy_nopad":
        return f"{d.day}.{d.month:02d}.{d.year}"
    if form == "dmy_nopad_month":
        return f"{d.day}.{d.month}.{d.year}"
    if form == "iso":
        return d.isoformat()
    if form == "dmy_time":
        return d.strftime("%d.%m.%Y") + " 00:00"
    if form == "dmy_time_s":
        return d.strftime("%d.%m.%Y") + " 00:00:00"
    if form == "iso_time":
        return d.isoformat() + " 00:00:00"
    raise ValueError(form)


def render_term(m, form):
    y, r = divmod(int(m), 12)
    if form == "y_m":
        return f"{y} {years_word(y)} {r} {months_word(r)}"
    if form == "y":
        return f"{y} {years_word(y)}"
    if form == "m_only":
        return f"{r} {months_word(r)}"
    if form == "dec_comma":
        return f"{y},5 года"
    if form == "dec_dot":
        return f"{y}.5 года"
    if form == "mes":
        return f"{int(m)} мес."
    if form == "mesyacev":
        return f"{int(m)} {months_word(int(m))}"
    if form == "y_mes":
        return f"{y} {years_word(y)} {r} мес."
    if form == "plain":
        return str(int(m))
    raise ValueError(form)


def term_forms_for(m):
    if m != int(m):
        return []
    y, r = divmod(int(m), 12)
    forms = ["mes", "mesyacev", "plain"]
    if y and r:
        forms += ["y_m", "y_mes"]
    if y and not r:
        forms.append("y")
    if not y:
        forms.append("m_only")
    if r == 6 and y:
        forms += ["dec_comma", "dec_dot"]
    return forms


def fmt_months(m):
    return str(int(m)) if m == int(m) else repr(float(m))


# --- ground truth --------------------------------------------------------------------------------


class Gen:
    def __init__(self, seed, courts):
        self.rng = random.Random(seed)
        self.decks = Decks(self.rng)
        self.courts = courts
        self.numbered = [c for c in courts if c["court_name"][0].isdigit()]
        self.with_region = [c for c in courts if c["region"]]
        self.yo_courts = [c for c in courts if yo(c["court_name"]) != c["court_name"]]
        self.hyphenated = [c for c in courts if "-" in c["court_name"]]
        self.seq = {}
        self.row_id = 0
        self.half_month_done = False

    def pick_weighted(self, items):
        tot = sum(w for _, w in items)
        x = self.rng.random() * tot
        for it, w in items:
            x -= w
            if x < 0:
                return it
        return items[-1][0]

    def missing(self):
        return self.decks.draw("missing marker", MISSING)

    def truth(self):
        """One case as it happened (no spelling decided yet)."""
        rng = self.rng
        t = {}
        start = dt.date(2021, 1, 1)
        t["received"] = start + dt.timedelta(days=rng.randrange(4 * 365 + 1))
        if self.row_id == 3:
            t["received"] = dt.date(2024, 2, 29)      # a leap day is a date
        # articles
        x = rng.random()
        if x < 0.14:
            t["articles"] = list(self.decks.draw("article set: several", [tuple(m) for m in MULTIS]))
        elif x < 0.55 and t["received"] >= dt.date(2022, 9, 24):
            t["articles"] = [self.pick_weighted(NEW_337)]
        else:
            t["articles"] = [self.pick_weighted(SINGLES)]
        # parts added on 24 September 2022 (337 ч.2.1, 3.1, 5; 332 ч.2.1) and Art. 352.1: not before that day
        new = any((a[0], a[1]) in NEW_PARTS or a[0] == "352.1" for a in t["articles"])
        if new and t["received"] < AMENDED:
            t["received"] = AMENDED + dt.timedelta(days=rng.randrange((dt.date(2024, 12, 31) - AMENDED).days + 1))
        # outcome
        x = rng.random()
        if x < 0.08:
            t["outcome"] = "pending"
        elif x < 0.11:
            t["outcome"] = "returned"
        elif x < 0.14:
            t["outcome"] = "jurisdiction"
        elif x < 0.20:
            t["outcome"] = "dismissed"
        elif x < 0.23:
            t["outcome"] = "acquitted"
        else:
            t["outcome"] = self.pick_weighted([("prison", 30), ("colony_settlement", 10), ("disciplinary_battalion", 6),
                                               ("suspended", 45), ("fine", 6), ("unknown_word", 3)])
        if t["outcome"] == "pending":
            t["decision"] = None
        else:
            t["decision"] = t["received"] + dt.timedelta(days=rng.randrange(0, 200))
        o = t["outcome"]
        t["months"] = None
        if o in TERM_RANGES:
            lo, hi = TERM_RANGES[o]
            t["months"] = rng.randrange(lo, hi + 1)
            if rng.random() < 0.25:
                t["months"] = 12 * rng.randrange(max(1, lo // 12), hi // 12 + 1) + 6
        if o == "disciplinary_battalion" and not self.half_month_done:
            t["months"], self.half_month_done = 7.5, True   # "7,5 мес." -> 7.5, the one term not whole
        if o == "unknown_word":
            t["months"] = rng.choice([None, 6, 12, 18])
        # status
        x = rng.random()
        t["status"] = ("mobilized" if x < 0.45 else "contract" if x < 0.80 else "conscript" if x < 0.88
                       else "volunteer" if x < 0.93 else "unknown_word" if x < 0.96 else None)
        return t

    def ids(self, court_code, year):
        k = year
        self.seq[k] = self.seq.get(k, 0) + 1
        n = self.seq[k]
        number = f"1-{n}/{year}"
        uid = f"{court_code}-01-{year}-{n:06d}-{(n * 37 + year) % 100:02d}" if court_code else None
        return number, uid

    def case(self):
        """A valid row: (cells by key, expected output row without source_line)."""
        rng, D = self.rng, self.decks
        t = self.truth()
        cells, exp = {}, {}
        self.row_id += 1
        cells["id"] = str(self.row_id)
        # --- court and ids
        form = D.draw("court form", COURT_FORMS)
        court = None
        if form == "unlisted":
            cell, region_cell, code, exp_court = D.draw("unlisted court", UNLISTED)
            number, uid = self.ids(code, t["received"].year)
            cells["court"], cells["region"] = cell, region_cell
            show_uid = code is not None
            exp["court"], exp["court_id"] = exp_court, ""
            exp["region"] = "" if region_cell.strip() in ("-", "") else region_cell
        else:
            if form.startswith("numbered"):
                court = rng.choice(self.numbered)
            elif form == "full_region":
                court = rng.choice(self.with_region)
            elif form.startswith("yo"):
                court = rng.choice(self.yo_courts)
            elif form == "genitive_hyphen":
                court = rng.choice(self.hyphenated)
            else:   # every court of the list in turn
                court = self.courts[int(D.draw("court", [str(i) for i in range(len(self.courts))]))]
            number, uid = self.ids(court["court_id"], t["received"].year)
            if form == "blank_uid":
                cells["court"], show_uid = self.missing(), True
            elif form == "garbled_uid":
                cells["court"], show_uid = D.draw("garbled court", GARBLED), True
            else:
                cells["court"] = court_cell(court, form)
                show_uid = rng.random() < 0.8
            cells["region"] = court["region"] if court["region"] and rng.random() < 0.85 else self.missing()
            exp["court"], exp["region"], exp["court_id"] = court["court_name"], court["region"], court["court_id"]
        cells["number"] = number
        cells["uid"] = uid if show_uid else self.missing()
        exp["case_id"] = uid if show_uid else number
        # --- dates
        cells["received"] = render_date(t["received"], D.draw("date form", DATE_FORMS))
        exp["received_date"] = t["received"].isoformat()
        if t["decision"] is None:
            cells["decision"], exp["decision_date"] = self.missing(), ""
        else:
            cells["decision"] = render_date(t["decision"], D.draw("date form", DATE_FORMS))
            exp["decision_date"] = t["decision"].isoformat()
        # --- articles
        arts = t["articles"]
        parts = []
        for i, a in enumerate(arts):
            f = D.draw(f"article form ({'with part' if a[1] else 'no part'}{', after separator' if i else ''})",
                       article_forms_for(a, i == 0))
            parts.append(render_article(a, f))
        text = parts[0]
        for p in parts[1:]:
            text += D.draw("article separator", SEPARATORS) + p
        if len(arts) > 1 and rng.random() < 0.3 and not text.endswith(("УК РФ", "УК")):
            text += " УК РФ"
        cells["articles"] = text
        pa = principal(arts)
        exp["article"], exp["part"] = pa[0], pa[1] or ""
        exp["articles"] = ";".join(norm_article(a) for a in arts)
        # --- outcome: how it is coded
        o = t["outcome"]
        if o in ("pending", "returned", "jurisdiction"):
            mode = "card"
        elif t["months"] == 7.5:
            mode = "coded"
        elif o == "unknown_word":
            mode = "coded"
        elif o in ("acquitted", "dismissed"):
            mode = rng.choice(["coded", "card"])
        elif o == "fine" or (t["months"] is not None and t["months"] >= 12 and t["months"] == int(t["months"])):
            mode = D.draw("coding", ["coded", "coded", "coded", "text", "card"])
        else:
            mode = rng.choice(["coded", "coded", "card"])
        # result cell
        if o == "pending":
            result = None
        elif o in ("returned", "jurisdiction", "dismissed"):
            result = D.draw(f"result {o}", RESULTS[o])
        elif o == "acquitted":
            result = D.draw("result acquitted", RESULTS["acquittal_text"] + RESULTS["sentence"][:1])
        else:
            result = D.draw("result sentence", RESULTS["sentence"] + [None])
        cells["result"] = self.missing() if result is None else result
        exp["result"] = "" if result is None else result.strip()
        # sentence type and term
        months_shown = False
        if mode == "coded":
            if o == "unknown_word":
                word = D.draw("punishment unknown word", UNKNOWN_PUNISH)
                exp["sentence_type"] = "unknown"
                self.unknown_punish.append(word)
            else:
                word = D.draw(f"punishment {o}", PUNISH_WORDS[o])
                exp["sentence_type"] = o
            cells["punishment"] = word
            if t["months"] is not None:
                if t["months"] == 7.5:
                    cells["term"] = "7,5 мес."
                    D.note("term form", "decimal months '7,5 мес.'")
                else:
                    cells["term"] = render_term(t["months"], D.draw("term form", term_forms_for(t["months"])))
                months_shown = True
            else:
                cells["term"] = self.missing()
        else:
            cells["punishment"], cells["term"] = self.missing(), self.missing()
            if mode == "text":
                exp["sentence_type"] = o
                months_shown = t["months"] is not None
            else:  # from the result text
                exp["sentence_type"] = self.from_result(result, o, t["decision"])
        exp["sentence_months"] = fmt_months(t["months"]) if months_shown else ""
        # status
        st = t["status"]
        status_in_text = False
        if mode == "text" and st in STATUS_PHRASE and rng.random() < 0.8:
            cells["status"], status_in_text = self.missing(), True
            exp["defendant_status"] = st
        elif st is None or (rng.random() < 0.06 and st != "unknown_word"):
            cells["status"], exp["defendant_status"] = self.missing(), ""
        elif st == "unknown_word":
            w = D.draw("status unknown word", UNKNOWN_STATUS)
            cells["status"], exp["defendant_status"] = w, "unknown"
            self.unknown_status.append(w)
        else:
            cells["status"] = D.draw(f"status {st}", STATUS_WORDS[st])
            exp["defendant_status"] = st
        # sentence text
        if mode == "text":
            cells["text"] = self.sentence_text(t, st if status_in_text else None, arts)
        elif mode == "coded" and o in TERM_RANGES and rng.random() < 0.15:
            # a text that says the same as the hand-coded cells
            cells["text"] = self.sentence_text(t, st if cells["status"] not in MISSING and st in STATUS_PHRASE else None, arts)
        else:
            cells["text"] = self.missing() if rng.random() < 0.9 else "Текст не опубликован"
        # judge, url
        cells["judge"] = f"{rng.choice(SURNAMES)} {rng.choice(INITIALS)}.{rng.choice(INITIALS)}." if rng.random() < 0.9 else self.missing()
        if court is not None and rng.random() < 0.7:
            url = (f"{court['website']}/modules.php?name=sud_delo&srv_num=1&name_op=case&case_id={rng.randrange(10**6, 10**8)}"
                   f"&case_uid={uid}&delo_id=1540006")
            cells["url"], exp["source_url"] = url, url
        else:
            cells["url"], exp["source_url"] = self.missing(), ""
        return cells, exp, t

    def from_result(self, result, outcome, decision):
        if result is None:
            return "pending" if decision is None else ""
        r = result.lower()
        if "прекращ" in r:
            return "dismissed"
        if "оправд" in r:
            return "acquitted"
        if "возвращ" in r or "подсудност" in r:
            return ""
        if "приговор" in r:
            return "unknown"
        raise AssertionError(result)

    def sentence_text(self, t, status, arts):
        rng = self.rng
        who = f"{rng.choice(RANKS)} {rng.choice(SURNAMES)}а {rng.choice(INITIALS)}.{rng.choice(INITIALS)}."
        service = f", проходящего военную службу {STATUS_PHRASE[status]}," if status else ""
        a = principal(arts)
        art_txt = f"ч. {a[1]} ст. {a[0]} УК РФ" if a[1] else f"ст. {a[0]} УК РФ"
        s = f"Признать {who}{service} виновным в совершении преступления, предусмотренного {art_txt}, и назначить ему наказание"
        o, m = t["outcome"], t["months"]
        if o == "prison":
            s += f" в виде лишения свободы на срок {term_phrase(m)} с отбыванием наказания в исправительной колонии общего режима."
        elif o == "colony_settlement":
            s += f" в виде лишения свободы на срок {term_phrase(m)} с отбыванием наказания в колонии-поселении."
        elif o == "suspended":
            probation = m + 12 if m < 36 else m - 12
            s += (f" в виде лишения свободы на срок {term_phrase(m)}. На основании ст. 73 УК РФ назначенное наказание"
                  f" считать условным с испытательным сроком {term_phrase(probation)}.")
        elif o == "disciplinary_battalion":
            s += f" в виде содержания в дисциплинарной воинской части сроком на {term_phrase(m)}."
        elif o == "fine":
            s += f" в виде штрафа в размере {rng.choice([20, 40, 50, 100])} 000 рублей."
        else:
            raise AssertionError(o)
        self.decks.note("sentence text", o)
        return s


# --- rejects -------------------------------------------------------------------------------------

# (kind, key of the column, keyword)
REJECTS = [("received 31.02.2023", "received", "date_invalid"), ("received 29.02.2023", "received", "date_invalid"),
           ("received 2023-13-05", "received", "date_invalid"), ("received words", "received", "date_invalid"),
           ("received 1899", "received", "date_out_of_range"), ("received missing -", "received", "received_missing"),
           ("received missing empty", "received", "received_missing"),
           ("decision before received", "decision", "decision_before_received"),
           ("decision 30.02.2024", "decision", "date_invalid"),
           ("article XXX", "articles", "article_unparseable"), ("article words", "articles", "article_unparseable"),
           ("article missing", "articles", "article_missing"), ("article only 30", "articles", "article_only_qualifier"),
           ("article only 33+30", "articles", "article_only_qualifier"),
           ("term 31 years", "term", "term_too_long"), ("term 400 months", "term", "term_too_long"),
           ("term with fine", "term", "term_not_allowed"), ("term with acquitted", "term", "term_not_allowed"),
           ("term with dismissed", "term", "term_not_allowed"), ("term with pending", "term", "term_not_allowed"),
           ("term words", "term", "term_unparseable"),
           ("too few fields", None, "field_count"), ("too many fields", None, "field_count"),
           ("no case ids", "number", "case_id_missing")]


def make_reject(gen, kind):
    """A row that must be rejected for exactly one reason: (cells, the offending value as written)."""
    while True:   # a base row without words mapped to unknown (they are counted only on written rows)
        cells, exp, t = gen.case()
        if exp["defendant_status"] != "unknown" and t["outcome"] != "unknown_word":
            break
    r = t["received"]
    if kind == "received 31.02.2023":
        v = "31.02.2023"
        cells["received"] = v
        cells["decision"] = gen.missing()
    elif kind == "received 29.02.2023":
        v = "29.02.2023"
        cells["received"] = v
        cells["decision"] = "15.05.2023"
    elif kind == "received 2023-13-05":
        v = "2023-13-05"
        cells["received"], cells["decision"] = v, "-"
    elif kind == "received words":
        v = "вчера"
        cells["received"] = v
    elif kind == "received 1899":
        v = "15.07.1899"
        cells["received"] = v
    elif kind == "received missing -":
        v = "-"
        cells["received"] = v
    elif kind == "received missing empty":
        v = ""
        cells["received"] = v
    elif kind == "decision before received":
        cells["received"] = "10.03.2023"
        v = "01.03.2023"
        cells["decision"] = v
    elif kind == "decision 30.02.2024":
        cells["received"] = "12.01.2024"
        v = "30.02.2024"
        cells["decision"] = v
    elif kind == "article XXX":
        v = "ст.ХХХ ч.2"
        cells["articles"] = v
    elif kind == "article words":
        v = "см. приговор"
        cells["articles"] = v
    elif kind == "article missing":
        v = "-"
        cells["articles"] = v
    elif kind == "article only 30":
        v = "ст. 30 ч.3"
        cells["articles"] = v
    elif kind == "article only 33+30":
        v = "ч.5 ст.33, ч.3 ст.30 УК РФ"
        cells["articles"] = v
    elif kind in ("term 31 years", "term 400 months"):
        cells["punishment"] = "лишение свободы"
        v = "31 год" if kind == "term 31 years" else "400 мес."
        cells["term"] = v
        if cells["decision"] in MISSING:
            cells["decision"] = render_date(r + dt.timedelta(days=40), "dmy")
        cells["result"], cells["text"] = "Вынесен ПРИГОВОР", "-"
    elif kind == "term with fine":
        cells["punishment"], v = "штраф", "1 год"
        cells["term"] = v
    elif kind == "term with acquitted":
        cells["punishment"], v = "оправдан", "2 года"
        cells["term"] = v
    elif kind == "term with dismissed":
        cells["punishment"], v = "прекращено", "6 месяцев"
        cells["term"] = v
        cells["result"] = "Уголовное дело ПРЕКРАЩЕНО"
    elif kind == "term with pending":
        cells["punishment"], cells["result"], cells["decision"] = "-", "-", "-"
        cells["text"] = "-"
        v = "1 год"
        cells["term"] = v
    elif kind == "term words":
        cells["punishment"], v = "лишение свободы", "два года"
        cells["term"] = v
        cells["text"] = "-"
    elif kind == "too few fields":
        del cells["judge"]
        v = ""
    elif kind == "too many fields":
        cells["extra"] = "ч. 5"
        v = ""
    elif kind == "no case ids":
        cells["number"], cells["uid"] = "-", "NA"
        v = "-"
    else:
        raise ValueError(kind)
    if kind.startswith("term"):
        # the text column must not supply a second opinion on these rows
        cells["text"] = "-"
    return cells, v


# --- writing -------------------------------------------------------------------------------------


def row_fields(cells, header):
    fields = [cells[k] for k, _ in header if k in cells]
    if "extra" in cells:
        fields.append(cells["extra"])
    return fields


def quote(v):
    return '"' + v.replace('"', '""') + '"'


def serialize(fields, dialect):
    out = []
    for v in fields:
        if dialect == "sudrf":       # as sudrfscraper: unquoted; only a field holding ; or a newline is quoted
            q = ";" in v or "\n" in v or v.startswith('"')
        elif dialect == "excel":     # as Excel saves ';' CSV
            q = ";" in v or "\n" in v or '"' in v
        elif dialect == "rfc":       # ',' RFC 4180
            q = "," in v or "\n" in v or '"' in v or "\r" in v
        elif dialect == "tab":
            q = "\t" in v or "\n" in v or v.startswith('"')
        out.append(quote(v) if q else v)
    sep = {"sudrf": ";", "excel": ";", "rfc": ",", "tab": "\t"}[dialect]
    return sep.join(out)


def csv_out_field(v):
    return quote(v) if any(c in v for c in ',"\r\n') else v


def build(seed, n_cases, insert_every=None):
    """The records of a scrape: n_cases valid cases and one row of each reject kind in random places,
    two blank lines, two texts over two lines and one with a quote; or, with insert_every (bulk mode,
    n_cases rows in all), every insert_every-th row a reject and nothing else special."""
    courts = read_courts()
    gen = Gen(seed, courts)
    gen.unknown_status, gen.unknown_punish = [], []
    records = []   # ("case", cells, exp) | ("reject", cells, (col key, value, keyword, kind)) | ("blank",)
    if insert_every:   # bulk mode: rejects spread through the file
        kinds = [REJECTS[(i // insert_every) % len(REJECTS)] if i % insert_every == insert_every - 1 else None
                 for i in range(n_cases)]
    else:
        kinds = [None] * n_cases + list(REJECTS)
        head, tail = kinds[:5], kinds[5:]
        gen.rng.shuffle(tail)
        kinds = head + tail
    for i, k in enumerate(kinds):
        if k is None:
            cells, exp, _ = gen.case()
            records.append(("case", cells, exp))
        else:
            kind, col, keyword = k
            cells, v = make_reject(gen, kind)
            records.append(("reject", cells, (col, v, keyword, kind)))
        if not insert_every and i in (40, 211):
            records.append(("blank",))
    if not insert_every:
        # two sentence texts that run over two lines (a quoted field with a newline), and one with a '"' inside
        done = 0
        for r in records:
            if r[0] == "case" and r[1]["text"].startswith("Признать") and done < 2:
                r[1]["text"] = r[1]["text"] + "\nПриговор вступил в законную силу."
                gen.decks.note("text with a newline (quoted field over two lines)", "yes")
                done += 1
        for r in records[::-1]:
            if r[0] == "case" and r[1]["text"] in ("-",):
                r[1]["text"] = 'Апелляционное определение: приговор оставлен без изменения, жалоба "без удовлетворения"'
                gen.decks.note("text with a quote inside an unquoted field", "yes")
                break
        records.append(("blank",))
    return gen, records


def split_at_64k(records):
    """Pads one judge's name with trailing spaces until byte 65536 of the UTF-8 `;` file falls inside
    a two-byte character: an importer that checks "the first 64 KiB are valid UTF-8" must not take
    the cut character for invalid bytes (and read the file as Windows-1251)."""
    first = next(r for r in records if r[0] == "case" and r[1]["judge"] not in MISSING)
    name = first[1]["judge"]
    for k in range(400):
        first[1]["judge"] = name + " " * k
        data = "\n".join(serialize(row_fields(r[1], SUDRF_HEADER), "sudrf") if r[0] != "blank" else ""
                         for r in [("case", dict(SUDRF_HEADER), None)] + records).encode("utf-8")
        if len(data) <= 65536:
            return
        try:
            data[:65536].decode("utf-8")
        except UnicodeDecodeError as e:
            if e.start >= 65534 and e.reason == "unexpected end of data":
                return
    raise AssertionError("could not place a character across byte 65536")


def write_scrape(records, header, dialect, path, encoding="utf-8", bom=False, crlf=False):
    eol = "\r\n" if crlf else "\n"
    line = 1
    lines = []   # the physical line each record starts on (None for blanks)
    parts = [serialize([h for _, h in header], dialect) + eol]
    for r in records:
        line += 1
        if r[0] == "blank":
            parts.append(eol)
            lines.append(None)
            continue
        s = serialize(row_fields(r[1], header), dialect)
        lines.append(line)
        line += s.count("\n")
        parts.append(s + eol)
    text = "".join(parts)
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)
    return lines, data


def expected_rows(records, lines, header):
    names = dict(header)
    out_header = OUT_COLUMNS + [h for k, h in header if k in PASSTHROUGH]
    cases, rejects = [], []
    for r, line in zip(records, lines):
        if r[0] == "blank":
            continue
        if r[0] == "case":
            exp = dict(r[2])
            exp["source_line"] = str(line)
            row = [exp[c] for c in OUT_COLUMNS] + [r[1][k] for k, _ in header if k in PASSTHROUGH]
            cases.append(row)
        else:
            col, v, keyword, _ = r[2]
            rejects.append([str(line), names[col] if col else "", v, keyword])
    return out_header, cases, rejects


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        for row in [header] + rows:
            f.write(",".join(csv_out_field(v) for v in row) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--rows", type=int, default=320, help="valid cases (the fixture adds %d rejects)" % len(REJECTS))
    ap.add_argument("--out-dir", default=FIXTURE_DIR)
    ap.add_argument("--scrape-only", action="store_true",
                    help="write only scrape_utf8_semicolon.csv (for the benchmark); rejects are spread one in 16 rows")
    args = ap.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    if args.scrape_only:
        gen, records = build(args.seed, args.rows, insert_every=16)
        path = os.path.join(args.out_dir, "scrape_utf8_semicolon.csv")
        write_scrape(records, SUDRF_HEADER, "sudrf", path)
        print(f"make-scrape-fixtures: {len(records)} rows -> {path}", file=sys.stderr)
        return
    gen, records = build(args.seed, args.rows)
    split_at_64k(records)
    d = args.out_dir
    lines, utf8 = write_scrape(records, SUDRF_HEADER, "sudrf", os.path.join(d, "scrape_utf8_semicolon.csv"))
    l2, cp = write_scrape(records, SUDRF_HEADER, "excel", os.path.join(d, "scrape_cp1251_semicolon.csv"),
                          encoding="cp1251", crlf=True)
    l3, _ = write_scrape(records, SUDRF_HEADER, "rfc", os.path.join(d, "scrape_utf8bom_comma.csv"), bom=True)
    l4, _ = write_scrape(records, SUDRF_HEADER, "tab", os.path.join(d, "scrape_tab.tsv"), crlf=True)
    l5, _ = write_scrape(records, RU_HEADER, "sudrf", os.path.join(d, "scrape_card_labels.csv"))
    assert lines == l2 == l3 == l4 == l5, "the files must hold the same records on the same lines"
    try:
        cp[:65536].decode("utf-8")
        raise AssertionError("the cp1251 file must not pass as UTF-8")
    except UnicodeDecodeError:
        pass
    try:
        utf8[:65536].decode("utf-8")
        raise AssertionError("byte 65536 of the UTF-8 ';' file should cut a character in two")
    except UnicodeDecodeError as e:
        assert e.reason == "unexpected end of data", e
    utf8.decode("utf-8")
    h, cases, rejects = expected_rows(records, lines, SUDRF_HEADER)
    write_csv(os.path.join(d, "expected_cases.csv"), h, cases)
    write_csv(os.path.join(d, "expected_rejects.csv"), ["line", "column", "value", "reason_keyword"], rejects)
    h, cases_ru, rejects_ru = expected_rows(records, lines, RU_HEADER)
    # the card-label file has no region column: an unmatched court gets no region
    ri = h.index("region")
    cid = h.index("court_id")
    for row in cases_ru:
        if row[cid] == "":
            row[ri] = ""
    write_csv(os.path.join(d, "expected_cases_card_labels.csv"), h, cases_ru)
    write_csv(os.path.join(d, "expected_rejects_card_labels.csv"), ["line", "column", "value", "reason_keyword"], rejects_ru)
    n_read = sum(1 for r in records if r[0] != "blank")
    unk_s = len([r for r in records if r[0] == "case" and r[2]["defendant_status"] == "unknown"])
    unk_p = len([r for r in records if r[0] == "case" and r[2]["sentence_type"] == "unknown" and r[1]["punishment"] not in MISSING])
    with open(os.path.join(d, "expected_summary.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("quantity,value\n")
        f.write(f"rows_read,{n_read}\nrows_written,{len(cases)}\nrows_rejected,{len(rejects)}\n")
        f.write(f"unknown_defendant_status,{unk_s}\nunknown_sentence_type,{unk_p}\n")
    # coverage of the variants (stderr; also written for the README)
    with open(os.path.join(d, "variants_covered.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("category,variant,rows\n")
        for (name, v), n in sorted(gen.decks.used.items()):
            f.write(f"{csv_out_field(name)},{csv_out_field(v)},{n}\n")
    print(f"make-scrape-fixtures: {n_read} rows read = {len(cases)} written + {len(rejects)} rejected; "
          f"unknown status {unk_s}, unknown sentence type {unk_p}; last line {max(x for x in lines if x)}", file=sys.stderr)


if __name__ == "__main__":
    main()
