"""Search terms for Chinese: what an item is indexed under and what a query looks for.

The repository keeps an item's terms in one multikey array (`search_terms`) so a query is
one indexed `$in`; the engine then ranks the bounded candidate set (services.search).
Terms are character unigrams and bigrams of names and keywords, English words, pinyin
syllables, joined pinyin and pinyin initials (`jsz` for 驾驶证) of two to four characters
and of whole names and keywords. Text is normalised first, so regex characters, operators
and control characters never reach the database, and every input is capped.
"""

import re
import unicodedata

from pypinyin import Style, lazy_pinyin

from core.departments import BY_SLUG as DEPARTMENTS
from services.catalogue.themes import BY_SLUG as THEMES

MAX_QUERY_CHARS = 64
MAX_QUERY_TERMS = 32
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile(r"[a-z0-9]+")
_LANGUAGES = ("zh-CN", "zh-HK", "en")
_WINDOWS = (2, 3, 4)


def normalise(text, limit: int = MAX_QUERY_CHARS) -> str:
    """Return text reduced to lower-case CJK, ASCII letters and digits between single spaces."""
    # Cut before normalising, so a 10,000-character input costs no more than a short one.
    text = unicodedata.normalize("NFKC", str(text)[: limit * 4]).lower()
    kept = "".join(c if _CJK.match(c) or (c.isascii() and c.isalnum()) else " " for c in text)
    return " ".join(kept.split())[:limit]


def query_terms(query) -> list[str]:
    """Return the terms to look a query up by (bigrams for Chinese, words for Latin)."""
    text = normalise(query)
    terms = []
    for run in _CJK.findall(text):
        terms += [run] if len(run) == 1 else _ngrams(run, 2)
    words = _LATIN.findall(text)
    terms += words
    if len(words) > 1:
        terms.append("".join(words))  # "jia shi zheng" also looks for "jiashizheng"
    return list(dict.fromkeys(terms))[:MAX_QUERY_TERMS]


def search_profile(item: dict) -> dict:
    """Return the normalised texts the ranking compares a query with."""
    chinese = [normalise(item["name"]["zh-CN"], 200)]
    chinese += [normalise(keyword, 40) for keyword in item["keywords"]]
    return {
        "names": [normalise(item["name"][lang], 200) for lang in _LANGUAGES],
        "keywords": [normalise(keyword, 40) for keyword in item["keywords"]],
        "pinyin": ["".join(_syllables(text)) for text in chinese],
        "initials": ["".join(s[0] for s in _syllables(text)) for text in chinese],
        "context": [normalise(text, 60) for text in _context(item)],
    }


def item_terms(item: dict) -> list[str]:
    """Return every term an item is indexed under, sorted and without repeats."""
    profile = search_profile(item)
    texts = profile["names"] + profile["keywords"] + profile["context"]
    terms = set()
    for text in texts:
        for run in _CJK.findall(text):
            terms.update(run)
            terms.update(_ngrams(run, 2))
        terms.update(word for word in _LATIN.findall(text) if len(word) > 1)
    for text in [profile["names"][0], *profile["keywords"]]:
        syllables = _syllables(text)
        initials = [syllable[0] for syllable in syllables]
        terms.update(syllables)
        terms.update(["".join(syllables), "".join(initials)])
        for size in _WINDOWS:
            terms.update("".join(gram) for gram in _windows(syllables, size))
            terms.update("".join(gram) for gram in _windows(initials, size))
    terms.discard("")
    return sorted(terms)


def _syllables(text: str) -> list[str]:
    return [s for run in _CJK.findall(text) for s in lazy_pinyin(run, style=Style.NORMAL)]


def _ngrams(run: str, size: int) -> list[str]:
    return [run[i : i + size] for i in range(len(run) - size + 1)]


def _windows(sequence: list[str], size: int) -> list[list[str]]:
    return [sequence[i : i + size] for i in range(len(sequence) - size + 1)]


def _context(item: dict) -> list[str]:
    department = DEPARTMENTS.get(item["department"])
    texts = [department.name(lang) for lang in _LANGUAGES] if department else []
    for slug in item["themes"]:
        texts += THEMES[slug]["name"].values() if slug in THEMES else []
    return texts
