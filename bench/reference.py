"""Fixed reference data of the benchmark dataset: the columns each COPY fills, places, titles, name templates.

Written as whitespace-separated tables and parsed at import, to keep them readable at a glance.
"""

from __future__ import annotations

# The columns each table is loaded with, in row order. Left out on purpose: rooms.seq (an identity: the
# server numbers it) and statements.search (generated: the server computes it).
_COLUMNS = """
topics                id slug name language created_at updated_at
organizations         id name language legal_form country_code website created_at updated_at
people                id full_name bio language photo_url country_code email phone created_at updated_at
affiliations          id person_id organization_id title language starts_on ends_on created_at updated_at
forums                id slug title description language venue city country_code timezone starts_on ends_on status
                      registration_opens_at registration_closes_at capacity requires_approval created_at updated_at
forum_organizers      forum_id organization_id position created_at updated_at
rooms                 id forum_id name capacity created_at updated_at
forum_sessions        id forum_id kind title description language room_id room_seq day starts_at ends_at capacity
                      status created_at updated_at
session_participants  id session_id person_id role position invitation affiliation_id organization_id title
                      title_language created_at updated_at
statements            id session_id participant_id language text kind reporting_verb position status
                      retraction_reason submitted_by_user_id published_at created_at updated_at
statement_topics      statement_id topic_id created_at updated_at
citations             id statement_id outlet title url published_at created_at updated_at
registrations         id forum_id session_id person_id organization_id category status waitlist_position
                      ticket_code checked_in_at created_at updated_at
"""


def _columns() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    table = ""
    for line in _COLUMNS.strip().splitlines():
        words = line.split()
        if not line.startswith(" "):
            table, words = words[0], words[1:]
        out[table] = out.get(table, ()) + tuple(words)
    return out


COLUMNS = _columns()

# Where forums happen: country, city, IANA time zone.
PLACES = tuple(
    tuple(line.split())
    for line in """
AZ Baku Asia/Baku
AZ Shusha Asia/Baku
KZ Astana Asia/Almaty
KZ Turkistan Asia/Almaty
TR Istanbul Europe/Istanbul
TR Ankara Europe/Istanbul
KG Bishkek Asia/Bishkek
UZ Samarkand Asia/Tashkent
HU Budapest Europe/Budapest
TM Ashgabat Asia/Ashgabat
""".strip().splitlines()
)

# A person's language by their country, as weights over (en, ru, tr, kk).
SPOKEN = {
    line.split()[0]: tuple(int(w) for w in line.split()[1:])
    for line in """
KZ 1 4 0 5
AZ 4 3 3 0
TR 2 0 8 0
UZ 4 6 0 0
KG 2 7 0 1
HU 9 0 1 0
TM 3 7 0 0
""".strip().splitlines()
}

# Affiliation titles in the four languages (en | ru | tr | kk).
TITLES = tuple(
    dict(zip(("en", "ru", "tr", "kk"), (w.strip() for w in line.split("|")), strict=True))
    for line in """
Chair | Председатель | Başkan | Төраға
Director | Директор | Direktör | Директор
Head | Руководитель | Başkan | Басшы
Member | Член | Üye | Мүше
Coordinator | Координатор | Koordinatör | Үйлестіруші
""".strip().splitlines()
)

FORUM_TITLE = {
    "en": "Forum of NGOs of Turkic States on {}",
    "ru": "Форум НПО тюркских государств: {}",
    "tr": "Türk Devletleri STK Forumu: {}",
    "kk": "Түркі мемлекеттері ҮЕҰ форумы: {}",
}
SESSION_TITLE = {
    "en": "{} and {}: the way forward",
    "ru": "{} и {}: взгляд вперед",
    "tr": "{} ve {}: ileriye bakış",
    "kk": "{} және {}: алға қадам",
}
ORG_NAME = {
    "en": "{} {} Public Association",
    "ru": "Общественное объединение «{} {}»",
    "tr": "{} {} Derneği",
    "kk": "«{} {}» қоғамдық бірлестігі",
}
