"""Words and names for the benchmark dataset: a Zipf-shaped vocabulary per language.

Each language has some fifty real content words at the head of its distribution (the words forum statements
really repeat: cooperation, youth, heritage...), a long tail of synthetic but pronounceable rare words, and a few
function words mixed in. Word frequencies follow Zipf-Mandelbrot, so a search for the most common word matches a
large share of the statements in that language and a search for a tail word matches a handful: the two ends of
what search has to handle. Everything here is a pure function of the seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

LANGUAGES = ("en", "ru", "tr", "kk")

_CONTENT = {
    "en": "cooperation development region countries organizations youth culture heritage education society project "
    "support joint initiative community experience exchange platform program women climate water environment "
    "digital media language history values unity integration partnership dialogue network solidarity policy "
    "economic future public strategy research volunteers rights health sustainable trade tourism innovation "
    "security peace caspian agriculture energy",
    "ru": "сотрудничество развитие регион страны организации молодежь культура наследие образование общество "
    "проект поддержка совместный инициатива сообщество опыт обмен платформа программа женщины климат вода "
    "экология цифровой медиа язык история ценности единство интеграция партнерство диалог сеть солидарность "
    "политика экономика будущее государство стратегия исследование волонтеры права здоровье устойчивый "
    "торговля туризм инновации безопасность мир каспий сельское энергетика",
    "tr": "işbirliği kalkınma bölge ülkeler kuruluşlar gençlik kültür miras eğitim toplum proje destek ortak "
    "girişim topluluk deneyim değişim platform program kadınlar iklim su çevre dijital medya dil tarih "
    "değerler birlik entegrasyon ortaklık diyalog ağ dayanışma politika ekonomi gelecek devlet strateji "
    "araştırma gönüllüler haklar sağlık sürdürülebilir ticaret turizm yenilik güvenlik barış hazar tarım enerji",
    "kk": "ынтымақтастық даму аймақ елдер ұйымдар жастар мәдениет мұра білім қоғам жоба қолдау бірлескен "
    "бастама қауымдастық тәжірибе алмасу алаң бағдарлама әйелдер климат су экология цифрлық медиа тіл тарих "
    "құндылықтар бірлік интеграция серіктестік диалог желі ынтымақ саясат экономика болашақ мемлекет "
    "стратегия зерттеу еріктілер құқықтар денсаулық тұрақты сауда туризм инновация қауіпсіздік бейбітшілік "
    "каспий ауылшаруашылығы энергетика",
}
_FUNCTION = {
    "en": "the of and to in for with on that is are will our we this",
    "ru": "и в на с для по что это мы наш будет как",
    "tr": "ve bir bu için ile da olarak daha çok biz her gibi",
    "kk": "және бұл үшін мен біз біздің осы да болады сияқты әр",
}
_SYLLABLES = {
    "en": "ba ker lon mi dra vel sto rin qua tel mor phi gan dus ert ol var zen kli bro tha sel num orp",
    "tr": "ka ler gün şe rı mak yol taş kır dağ ce öz ün bey han ay ıl gö kut sar ten",
    "ru": "ра ко вет ли сто ман дер пол ни жа бор гру ше ты вик лан мор сте ца фил",
    "kk": "қа ба ұл тө жер ай сы қоң мұ ға ер бек тас құ ын ша жан көк ор нұр",
}

# Zipf-Mandelbrot: the word of rank r (from 1) has weight 1 / (r + Q) ** S.
ZIPF_S = 1.07
ZIPF_Q = 2.7
RARE_WORDS_PER_LANGUAGE = 20_000
STREAM_WORDS = 1 << 19
# The two ends of search: the most frequent English content word, and one deep in the tail, matching a few
# dozen statements per 100,000 (the runner measures and records the exact counts).
COMMON_QUERY_RANK = 0
RARE_QUERY_RANK = 5_000

REPORTING_VERBS = (
    "said",
    "noted",
    "stressed",
    "emphasized",
    "highlighted",
    "suggested",
    "proposed",
    "underlined",
    "added",
    "stated",
    "pointed to",
    "called for",
    "recalled",
    "warned",
)

OUTLETS = (
    "Report",
    "Trend",
    "APA",
    "Kazinform",
    "Anadolu Agency",
    "Kabar",
    "UzA",
    "Azertac",
    "TRT World",
    "Daryo",
    "Tengrinews",
    "AKIpress",
    "Hungary Today",
    "Turkmenportal",
)

TOPICS = (
    "youth",
    "culture",
    "heritage",
    "education",
    "climate",
    "water",
    "caspian-sea",
    "women",
    "media",
    "digital",
    "language",
    "health",
    "trade",
    "tourism",
    "agriculture",
    "energy",
    "volunteering",
    "human-rights",
    "migration",
    "disability",
    "sport",
    "science",
    "diaspora",
    "transport",
    "security",
    "peace",
    "environment",
    "social-resilience",
    "cooperation",
    "integration",
    "civil-society",
    "philanthropy",
    "local-government",
    "innovation",
    "elderly",
    "children",
    "art",
    "literature",
    "history",
    "archaeology",
)

# Person names by the country of the person (Latin transliteration, as the press writes them).
_NAMES = {
    "KZ": (
        "Aigerim Zhanar Assiya Dana Nurlan Yerlan Askar Ayan Zhansaya Madina Timur Bauyrzhan",
        "Ismagulova Tikeyeva Turekulov Nurpeisov Sultanov Abenova Zhakupov Kassymova Omarov Bekova",
    ),
    "AZ": (
        "Agil Shalala Hajibay Leyla Elvin Aysel Rashad Gunel Tural Nigar Farid Sevinj",
        "Jamal Hasanova Heydarli Aliyeva Mammadov Guliyev Huseynova Ismayilov Rzayeva Babayev",
    ),
    "TR": (
        "Ayşe Mehmet Elif Mustafa Zeynep Emre Fatma Burak Selin Kerem Deniz Oğuz",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aslan",
    ),
    "UZ": (
        "Dilnoza Jasur Nodira Sherzod Malika Bekzod Gulnora Otabek Shahnoza Sardor",
        "Karimova Rashidov Yusupova Tursunov Abdullayeva Nazarov Umarova Saidov",
    ),
    "KG": (
        "Aizada Bakyt Cholpon Nurbek Gulzat Talant Aibek Elnura Kanat Meerim",
        "Osmonova Asanov Toktogulova Sadykov Bakirova Mamatov Jumabaeva Usenov",
    ),
    "HU": (
        "Anna Bence Eszter Gábor Katalin László Zsófia Péter Réka Tamás",
        "Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas",
    ),
    "TM": (
        "Aýna Merdan Gülälek Serdar Maýsa Döwlet Jeren Batyr Ogulgerek Myrat",
        "Annaýewa Berdiýew Gurbanowa Orazow Hojaýewa Amanow Saparowa Ataýew",
    ),
}
NAME_COUNTRIES = tuple(_NAMES)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    language: str
    content: tuple[str, ...]
    # A long stream of words drawn by frequency (content words, a function word after every second one): a
    # sentence is a slice of it at a random offset, one draw per sentence instead of one per word.
    stream: tuple[str, ...]

    def sentence(self, rng: random.Random, words: int) -> str:
        """About `words` content words (plus function words), drawn by frequency."""
        start = rng.randrange(len(self.stream) - 2 * words)
        text = " ".join(self.stream[start : start + words + words // 2])
        return text[0].upper() + text[1:] + "."


def _rare_words(language: str, seed: int, existing: set[str]) -> list[str]:
    rng = random.Random(f"{seed}:rare:{language}")
    syllables = _SYLLABLES[language].split()
    words: list[str] = []
    seen = set(existing)
    while len(words) < RARE_WORDS_PER_LANGUAGE:
        word = "".join(rng.choices(syllables, k=rng.choice((2, 3, 3, 4))))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


@cache
def content_words(language: str, seed: int) -> tuple[str, ...]:
    """The language's content words, most frequent first."""
    head = _CONTENT[language].split()
    return tuple(head + _rare_words(language, seed, set(head)))


def build_vocabularies(seed: int) -> dict[str, Vocabulary]:
    out: dict[str, Vocabulary] = {}
    for language in LANGUAGES:
        content = content_words(language, seed)
        total = 0.0
        cumulative: list[float] = []
        for rank in range(1, len(content) + 1):
            total += 1.0 / (rank + ZIPF_Q) ** ZIPF_S
            cumulative.append(total)
        rng = random.Random(f"{seed}:stream:{language}")
        drawn = rng.choices(content, cum_weights=cumulative, k=STREAM_WORDS)
        function = rng.choices(_FUNCTION[language].split(), k=STREAM_WORDS // 2)
        stream = tuple(w for triple in zip(drawn[::2], drawn[1::2], function, strict=True) for w in triple)
        out[language] = Vocabulary(language, content, stream)
    return out


def search_words(seed: int) -> tuple[str, str]:
    """The common and the rare English word the runner searches for."""
    english = content_words("en", seed)
    return english[COMMON_QUERY_RANK], english[RARE_QUERY_RANK]


def person_name(rng: random.Random, country: str) -> str:
    first, last = _NAMES[country]
    return f"{rng.choice(first.split())} {rng.choice(last.split())}"
