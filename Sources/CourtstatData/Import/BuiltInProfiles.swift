// The text of datasets/profiles/sudrf.toml, built in so that `--profile sudrf` needs no file at run
// time. A test checks that this copy equals the shipped file.

enum BuiltInProfiles {
    static let sudrf = """
# courtstat import profile "sudrf": court-website scrapes of Russian (garrison military) courts.
#
# This is the built-in profile (`courtstat import FILE --profile sudrf`). To make your own, copy this
# file, change what differs in your data, and pass its path: `--profile my.toml`. Every value below is
# compared after folding: spaces trimmed, runs of spaces collapsed, lower case, ё read as е.
# Format: see README.md, "Import profiles".

name = "sudrf"

# Cells that mean "no value" (after folding).
missing = ["", "-", "—", "–", "na", "n/a", "null", "none", "нет данных", "не указано"]

# Date formats, tried in order: d and m take one or two digits, yyyy four; a time after the date is ignored.
date_formats = ["dd.mm.yyyy", "yyyy-mm-dd", "dd/mm/yyyy"]

# For each column of the case schema, the header names that may hold it, in order of preference
# (the first one the file has is used; `--map received_date=adm_date` overrides this choice).
# case_id takes the УИД (unique case identifier); case_number is used where a row has no УИД.
[columns]
case_id = ["Уникальный идентификатор дела", "УИД", "uid", "cui", "case_uid", "case_id"]
case_number = ["Номер дела", "caseNumber", "case_number", "Номер", "number"]
court = ["Суд", "Наименование суда", "name", "court", "court_name"]
region = ["Регион", "region"]
article = ["Перечень статей", "Статьи", "Статья", "articles", "article", "Статьи УК РФ"]
received_date = ["Дата поступления", "entryDate", "adm_date", "received_date", "Дата регистрации"]
decision_date = ["Дата решения", "Дата рассмотрения", "resultDate", "decision_date", "Дата вынесения решения"]
result = ["Результат рассмотрения", "Результат", "decision", "decision_result", "result"]
defendant_status = ["Статус", "Статус военнослужащего", "defendant_status", "status"]
sentence_type = ["Наказание", "Вид наказания", "sentence_type", "punishment"]
sentence_months = ["Срок", "Срок наказания", "sentence_months", "term"]
source_url = ["Ссылка", "url", "link", "source_url"]
sentence_text = ["Текст приговора", "Текст", "text", "sentence_text"]

# The article parser: the principal offence is the first article of this range (Chapter 33 of the
# Criminal Code, crimes against military service), else the first listed that is not a qualifier.
# Arts. 30 (preparation, attempt) and 33 (complicity) qualify the article after them.
[articles]
principal_from = "331"
principal_to = "352.1"
qualifiers = ["30", "33"]

# Defendant status words (a hand-coded column such as "Статус").
[status]
"мобилизованный" = "mobilized"
"мобилизован" = "mobilized"
"мобилизованные" = "mobilized"
"по мобилизации" = "mobilized"
"мобилизация" = "mobilized"
"контрактник" = "contract"
"по контракту" = "contract"
"контракт" = "contract"
"контрактная служба" = "contract"
"срочник" = "conscript"
"по призыву" = "conscript"
"призывник" = "conscript"
"срочная служба" = "conscript"
"доброволец" = "volunteer"
"добровольцы" = "volunteer"
"добровольческое формирование" = "volunteer"

# Punishment words (a hand-coded column such as "Наказание").
[sentence_type]
"лишение свободы" = "prison"
"реальный срок" = "prison"
"реальное лишение свободы" = "prison"
"колония" = "prison"
"колония-поселение" = "colony_settlement"
"колония поселение" = "colony_settlement"
"дисциплинарная воинская часть" = "disciplinary_battalion"
"дисбат" = "disciplinary_battalion"
"дисциплинарный батальон" = "disciplinary_battalion"
"условно" = "suspended"
"условный срок" = "suspended"
"условное осуждение" = "suspended"
"условное лишение свободы" = "suspended"
"условный" = "suspended"
"штраф" = "fine"
"оправдан" = "acquitted"
"оправдательный приговор" = "acquitted"
"прекращено" = "dismissed"
"дело прекращено" = "dismissed"

# The result of the case card ("Результат рассмотрения"), read when there is no punishment value:
# the first fragment found in the folded text gives the sentence type. "none" leaves it empty (the
# case left this court without an outcome); "unknown" means a sentence was passed whose type the card
# does not say (not counted as an unknown word).
[result]
"прекращ" = "dismissed"
"оправд" = "acquitted"
"возвращ" = "none"
"подсудност" = "none"
"приговор" = "unknown"

# Set phrases of sentence texts, read when the hand-coded cells are missing; tried in order.
[text.sentence_type]
"дисциплинарной воинской части" = "disciplinary_battalion"
"считать условным" = "suspended"
"колонии-поселении" = "colony_settlement"
"колонии поселении" = "colony_settlement"
"лишения свободы" = "prison"
"в виде штрафа" = "fine"

[text.status]
"по мобилизации" = "mobilized"
"по контракту" = "contract"
"по призыву" = "conscript"
"добровольческ" = "volunteer"

# Term words: years count 12 months. The term in a sentence text follows one of the markers.
[terms]
years = ["год", "года", "лет", "г"]
months = ["месяц", "месяца", "месяцев", "мес", "м"]
text_markers = ["на срок", "сроком на", "сроком"]
"""
}
