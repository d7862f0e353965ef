"""`courtstat import FILE --profile sudrf` in Python with pandas, for scripts/bench-import.sh (a
benchmark, not a test): the same normalisation, written the way a competent pandas user would write
it (vectorised string methods, dictionary maps, np.select), producing the same output CSV and
rejects.

Usage: python3 scripts/bench/import_pandas.py SCRAPE.csv COURTS.csv OUT.csv REJECTS.csv

What it does, in the order of the spec the importer implements:
- encoding: a UTF-8 byte-order mark, else UTF-8 if the first 64 KiB decode, else Windows-1251;
  delimiter: the most frequent of ; , tab in the header line (ties ; > , > tab);
- a vectorised pre-scan of the bytes (numpy) finds each record's first physical line and its number
  of fields: pandas' read_csv pads short rows with empty strings and reports no line numbers, and both
  are part of the output (source_line) and of the rejects (a row of the wrong width). A `"` toggles
  quoting wherever it stands, so a file whose unquoted fields hold an odd number of `"` would be
  split wrongly here (courtstat treats `"` as a quote only at the start of a field); the scrapes made
  by scripts/make-scrape-fixtures.py have none;
- read_csv(dtype=str, keep_default_na=False), then per column: missing markers, ISO dates with
  validity and order checks, the article list (split, explode, one regex per spelling, the principal
  offence by a sort), courts by a dictionary of every spelling of the 100 names (full, ГВС,
  genitive, with the region) with the УИД's court code as fallback, status and punishment
  dictionaries, the sentence text's set phrases and the result text by np.select, terms by regex.
"""
import re
import sys

import numpy as np
import pandas as pd

MISSING = {"", "-", "—", "na", "n/a", "null", "нет данных"}
CANDIDATES = {
    "uid": ["уникальный идентификатор дела", "уид", "uid", "cui"],
    "number": ["номер дела", "casenumber", "case_number", "номер"],
    "court": ["суд", "court", "name", "наименование суда"],
    "region": ["region", "регион"],
    "article": ["перечень статей", "статьи", "статья", "article", "articles"],
    "received": ["дата поступления", "entrydate", "adm_date", "received_date"],
    "decision": ["дата решения", "дата рассмотрения", "resultdate", "decision_date", "enddate"],
    "result": ["результат рассмотрения", "результат", "decision", "decision_result", "result"],
    "status": ["статус", "defendant_status"],
    "punishment": ["наказание", "sentence_type"],
    "term": ["срок", "sentence_months"],
    "url": ["url", "source_url", "ссылка"],
    "text": ["text", "текст", "текст приговора"],
}
STATUS = {w: k for k, ws in {
    "mobilized": ["мобилизованный", "мобилизован", "по мобилизации", "мобилизованные"],
    "contract": ["контрактник", "по контракту", "контракт"],
    "conscript": ["срочник", "по призыву", "призывник"],
    "volunteer": ["доброволец", "добровольцы"]}.items() for w in ws}
PUNISHMENT = {w: k for k, ws in {
    "prison": ["лишение свободы", "реальный срок", "реальное лишение свободы"],
    "colony_settlement": ["колония-поселение", "колония поселение"],
    "disciplinary_battalion": ["дисциплинарная воинская часть", "дисбат"],
    "suspended": ["условно", "условный срок", "условное осуждение", "условное лишение свободы"],
    "fine": ["штраф"], "acquitted": ["оправдан", "оправдательный приговор"], "dismissed": ["прекращено"]}.items()
    for w in ws}
NUM = r"\d+(?:\.\d+)?"
ART_ST_FIRST = re.compile(rf"^(?:ст\.?\s*)?({NUM})(?:\s*ч\.?\s*({NUM}))?(?:\s*п\.(?:\s*п\.)?\s*[а-я](?:\s*,\s*[а-я])*)?$")
ART_PART_FIRST = re.compile(rf"^ч\.?\s*({NUM})\s*ст\.?\s*({NUM})$")


def detect(path):
    with open(path, "rb") as f:
        head = f.read(65536)
    if head.startswith(b"\xef\xbb\xbf"):
        enc, skip = "utf-8-sig", 3
    else:
        try:
            head.decode("utf-8")
            enc = "utf-8"
        except UnicodeDecodeError as e:
            enc = "utf-8" if e.start > len(head) - 4 else "cp1251"
        skip = 0
    first = head[skip:].split(b"\n", 1)[0]
    counts = {";": first.count(b";"), ",": first.count(b","), "\t": first.count(b"\t")}
    sep = max([";", ",", "\t"], key=lambda c: counts[c])   # max keeps the first of equals
    return enc, skip, sep


def prescan(path, skip, sep):
    """Each record's first physical line and its number of fields (numpy over the bytes)."""
    data = np.fromfile(path, dtype=np.uint8)[skip:]
    size = len(data)
    quotes = np.flatnonzero(data == 34)
    newlines = np.flatnonzero(data == 10)
    seps = np.flatnonzero(data == ord(sep))
    ends = newlines[np.searchsorted(quotes, newlines) % 2 == 0]   # newlines outside quotes end records
    starts = np.concatenate(([0], ends + 1))
    ends = np.concatenate((ends, [size]))
    length = ends - starts
    # blank lines (nothing, or only CR, before the newline) are skipped, as read_csv skips them
    blank = (length == 0) | ((length == 1) & (data[np.minimum(starts, size - 1)] == 13))
    del data
    starts, ends = starts[~blank], ends[~blank]
    line = np.searchsorted(newlines, starts) + 1          # physical line (the header is line 1)
    outside = seps[np.searchsorted(quotes, seps) % 2 == 0]
    fields = np.searchsorted(outside, ends) - np.searchsorted(outside, starts) + 1
    return line, fields


_normalised = {}


def norm(s):
    """Trimmed, lower case, ё as е, runs of spaces as one (each column once)."""
    if s.name not in _normalised:
        _normalised[s.name] = (s.str.strip().str.lower().str.replace("ё", "е", regex=False)
                               .str.replace(r"\s+", " ", regex=True))
    return _normalised[s.name]


def is_missing(s):
    """The whole cell, trimmed, is a missing marker (case-insensitive)."""
    return s.str.strip().str.lower().isin(MISSING)


def parse_dates(s):
    """Series of cells -> (datetime64 or NaT, bad mask, missing mask, outside-1900-2100 mask).
    Missing cells are NaT and not bad."""
    t = s.str.strip()
    timed = t.str.len() > 10
    t[timed] = t[timed].str.replace(r" \d{2}:\d{2}(?::\d{2})?$", "", regex=True)
    day = pd.to_datetime(t, format="%d.%m.%Y", errors="coerce").fillna(
        pd.to_datetime(t, format="%Y-%m-%d", errors="coerce"))
    outside = day.notna() & ~day.dt.year.between(1900, 2100)
    day = day.where(~outside)
    missing = is_missing(s)
    bad = day.isna() & ~missing & ~outside
    return day, bad, missing, outside


def court_table(courts):
    """Every spelling of every court -> row of the list (normalised keys)."""
    suffixes = ["гарнизонный военный суд", "гарнизонного военного суда", "гвс"]
    gen = [("ский", "ского"), ("цкий", "цкого"), ("ской", "ского"), ("ний", "него")]
    keys, rows = [], []
    for i, c in courts.iterrows():
        name = c["court_name"].lower().replace("ё", "е")
        stem = name[: -len(" гарнизонный военный суд")]
        stems = {stem}
        # genitive of the adjective (the first hyphen part that declines)
        pieces = stem.split("-")
        for j, p in enumerate(pieces):
            hit = next(((a, b) for a, b in gen if p.endswith(a)), None)
            if hit:
                stems.add("-".join(pieces[:j] + [p[: -len(hit[0])] + hit[1]] + pieces[j + 1:]))
                break
        for st in stems:
            for suf in suffixes:
                keys.append(f"{st} {suf}")
                rows.append(i)
    return pd.Series(rows, index=keys)


def main():
    path, courts_path, out_path, rejects_path = sys.argv[1:5]
    enc, skip, sep = detect(path)
    line, nfields = prescan(path, skip, sep)
    header = pd.read_csv(path, sep=sep, encoding=enc, nrows=0, dtype=str).columns.tolist()
    width = len(header)
    line, nfields = line[1:], nfields[1:]               # the header's own record
    names = list(range(max(width, int(nfields.max()) if len(nfields) else width)))
    d = pd.read_csv(path, sep=sep, encoding=enc, header=None, skiprows=1, names=names, dtype=str,
                    keep_default_na=False, na_filter=False)
    assert len(d) == len(line), f"pre-scan found {len(line)} records, read_csv {len(d)}"
    d.index = line
    d = d.iloc[:, :width]
    d.columns = header
    normal = {h: " ".join(h.strip().lower().replace("ё", "е").split()) for h in header}
    col = {}
    for key, cands in CANDIDATES.items():
        for c in cands:
            hit = [h for h in header if normal[h] == c]
            if hit:
                col[key] = hit[0]
                break
    consumed = {col[k] for k in col if k != "text"}
    n = len(d)
    empty = pd.Series("", index=d.index, dtype=object)

    def cell(key):
        return d[col[key]] if key in col else pd.Series("", index=d.index, dtype=str, name=key)

    # rejects: one reason per row, the first found in this order
    reason = pd.Series(pd.NA, index=d.index, dtype=object)
    rcol = pd.Series("", index=d.index, dtype=object)
    rval = pd.Series("", index=d.index, dtype=object)

    def reject(mask, column, value, why):
        m = mask & reason.isna()
        reason[m] = why
        rcol[m] = column
        rval[m] = value[m] if isinstance(value, pd.Series) else value

    nf = pd.Series(nfields, index=d.index)
    reject(nf != width, "", "", "row has " + nf.astype(str) + " fields, the header " + str(width))

    uid, number = cell("uid"), cell("number")
    uid_missing, number_missing = is_missing(uid), is_missing(number)
    case_id = uid.str.strip().where(~uid_missing, number.str.strip())
    reject(uid_missing & number_missing, col.get("number", col.get("uid", "")), number, "case_id: no УИД and no case number")

    received, rbad, rmissing, rrange = parse_dates(cell("received"))
    reject(rmissing, col.get("received", ""), cell("received"), "received_date: missing")
    reject(rrange, col.get("received", ""), cell("received"), "received_date: outside 1900-2100")
    reject(rbad, col.get("received", ""), cell("received"), "received_date: not a date (expected dd.mm.yyyy or yyyy-mm-dd)")
    decision, dbad, _, drange = parse_dates(cell("decision"))
    reject(drange, col.get("decision", ""), cell("decision"), "decision_date: outside 1900-2100")
    reject(dbad, col.get("decision", ""), cell("decision"), "decision_date: not a date")
    reject(decision < received, col.get("decision", ""), cell("decision"), "decision_date: before received_date")

    # articles: split on ; or , followed by ст/ч, one row per article
    acell = cell("article")
    amissing = is_missing(acell)
    text = norm(acell).str.replace(r"\s*ук(?: рф)?\s*(?=$|[;,])", "", regex=True)
    arts = text.str.split(r"\s*[;,]\s*(?=ст|ч)", regex=True).explode()
    arts = arts[~amissing.reindex(arts.index).values]
    a1 = arts.str.extract(ART_ST_FIRST)
    a2 = arts.str.extract(ART_PART_FIRST)
    art_n = a1[0].fillna(a2[1])
    art_p = a1[1].fillna(a2[0]).fillna("")
    unparsed = art_n.isna().groupby(level=0).any()
    reject(amissing, col.get("article", ""), acell, "article: missing")
    reject(unparsed.reindex(d.index, fill_value=False), col.get("article", ""), acell, "article: not understood")
    ok = art_n.notna()
    a = pd.DataFrame({"n": art_n[ok], "p": art_p[ok]})
    a["norm"] = a["n"].where(a["p"] == "", a["n"] + "." + a["p"])
    num = a["n"].astype(float)
    a["rank"] = np.select([(num >= 331) & (num < 353), ~a["n"].isin(["30", "33"])], [0, 1], 2)
    a["pos"] = a.groupby(level=0).cumcount()
    wide = a.set_index("pos", append=True)["norm"].unstack()   # one column per position in the list
    articles = wide[0]
    for k in wide.columns[1:]:
        articles = articles.where(wide[k].isna(), articles + ";" + wide[k])
    principal = a.reset_index().sort_values(["index", "rank", "pos"]).groupby("index").first()
    only_q = (principal["rank"] == 2).reindex(d.index, fill_value=False)
    reject(only_q, col.get("article", ""), acell, "article: only Art. 30/33, no offence")

    # court
    courts = pd.read_csv(courts_path, dtype=str, keep_default_na=False)
    table = court_table(courts)
    ccell = cell("court")
    cmissing = is_missing(ccell)
    # the region in parentheses, which may hold parentheses itself ("(Республика Саха (Якутия))")
    ckey = norm(ccell).str.replace(r"\s*\((?:[^()]|\([^()]*\))*\)$", "", regex=True)
    idx = ckey.map(table)
    by_code = pd.Series(courts.index, index=courts["court_id"])
    code = uid.str.strip().str.split("-", n=1).str[0]
    idx = idx.fillna(code.where(~uid_missing).map(by_code))
    matched = idx.notna()
    ci = idx.fillna(0).astype(int).values
    court = pd.Series(courts["court_name"].values[ci], index=d.index).where(
        matched, ccell.str.strip().str.replace(r"\s+", " ", regex=True).where(~cmissing, ""))
    rcell = cell("region")
    region = pd.Series(courts["region"].values[ci], index=d.index).where(
        matched, rcell.str.strip().where(~is_missing(rcell), ""))
    court_id = pd.Series(courts["court_id"].values[ci], index=d.index).where(matched, "")

    # result, sentence text, status, sentence type, term
    res = cell("result")
    res_missing = is_missing(res)
    result = res.str.strip().where(~res_missing, "")
    rl = result.str.lower()
    from_result = pd.Series(np.select(
        [rl.str.contains("прекращ"), rl.str.contains("оправд"), rl.str.contains("возвращ") | rl.str.contains("подсудност"),
         rl.str.contains("приговор"), res_missing & decision.isna(), res_missing],
        ["dismissed", "acquitted", "", "unknown", "pending", ""], ""), index=d.index)
    tx = cell("text")
    tx_ok = ~is_missing(tx) if "text" in col else pd.Series(False, index=d.index)
    tl = tx.str.lower().where(tx_ok, "")
    from_text = pd.Series(np.select(
        [tl.str.contains("дисциплинарной воинской части"), tl.str.contains("считать условным"),
         tl.str.contains("колонии-поселении"), tl.str.contains("лишения свободы"), tl.str.contains("штраф")],
        ["disciplinary_battalion", "suspended", "colony_settlement", "prison", "fine"], ""), index=d.index)
    status_text = pd.Series(np.select(
        [tl.str.contains("по мобилизации"), tl.str.contains("по контракту"), tl.str.contains("по призыву")],
        ["mobilized", "contract", "conscript"], ""), index=d.index)

    scell = cell("status")
    s_missing = is_missing(scell)
    status = norm(scell).map(STATUS).fillna("unknown").where(~s_missing, status_text)
    pcell = cell("punishment")
    p_missing = is_missing(pcell)
    stype = norm(pcell).map(PUNISHMENT).fillna("unknown").where(
        ~p_missing, from_text.where(from_text != "", from_result))

    tcell = cell("term")
    t_missing = is_missing(tcell)
    t = norm(tcell).str.replace(",", ".", regex=False)
    ym = t.str.extract(r"^(\d+(?:\.\d+)?) (?:года|год|лет)(?: (\d+) ?(?:месяцев|месяца|месяц|мес\.?))?$")
    mo = t.str.extract(r"^(\d+(?:\.\d+)?) ?(?:месяцев|месяца|месяц|мес\.?)$")
    plain = t.str.extract(r"^(\d+(?:\.\d+)?)$")
    months = (ym[0].astype(float) * 12 + ym[1].astype(float).fillna(0)).fillna(mo[0].astype(float)).fillna(plain[0].astype(float))
    tt = tl.str.extract(r"(?:на срок|сроком на) (\d+) \([^)]*\) (?:года|год|лет)(?: (\d+) \([^)]*\) (?:месяцев|месяца|месяц))?")
    months_text = tt[0].astype(float) * 12 + tt[1].astype(float).fillna(0)
    months = months.where(~t_missing, months_text.where(p_missing))
    reject(~t_missing & months.isna(), col.get("term", ""), tcell, "sentence_months: not a term")
    reject(months > 360, col.get("term", ""), tcell, "sentence_months: more than 360")
    reject(months.notna() & stype.isin(["fine", "acquitted", "dismissed", "pending"]), col.get("term", ""), tcell,
           "sentence_months: a term with sentence_type " + stype)
    whole = months == months.round()
    months_s = months.round().astype("Int64").astype(str).where(whole, months.astype(str)).where(months.notna(), "")

    url = cell("url")
    source_url = url.str.strip().where(~is_missing(url), "")

    out = pd.DataFrame({
        "case_id": case_id, "court": court, "region": region,
        "article": principal["n"].reindex(d.index), "part": principal["p"].reindex(d.index),
        "received_date": received.dt.strftime("%Y-%m-%d"), "decision_date": decision.dt.strftime("%Y-%m-%d").fillna(""),
        "defendant_status": status, "sentence_type": stype, "sentence_months": months_s,
        "source_url": source_url, "articles": articles.reindex(d.index), "court_id": court_id,
        "result": result, "source_line": d.index.astype(str)})
    for h in header:
        if h not in consumed:
            out[h] = d[h]
    bad = reason.notna()
    out[~bad].to_csv(out_path, index=False, lineterminator="\n")
    pd.DataFrame({"line": d.index[bad], "column": rcol[bad].values, "value": rval[bad].values,
                  "reason": reason[bad].values}).to_csv(rejects_path, index=False, lineterminator="\n")
    print(f"import_pandas: read {n} rows of {path} ({enc}, {sep!r}): {int((~bad).sum())} written, "
          f"{int(bad.sum())} rejected", file=sys.stderr)


if __name__ == "__main__":
    main()
