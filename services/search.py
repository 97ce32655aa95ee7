"""Rank catalogue items for a query: what a resident types, the service they mean first.

Order of evidence: exact name > name prefix > name contains the query > keyword (the
colloquial names, such as 换驾照) > pinyin and initials > most of the query's bigrams in
names and keywords > department or theme. Ties go to the item with the better second
piece of evidence, then the shorter name (the more general service), then the code.
The repository finds candidates with one indexed `$in` over `query_terms(query)`
(at most CANDIDATE_LIMIT of them); everything here is pure.
"""

from services.search_terms import normalise, query_terms, search_profile

CANDIDATE_LIMIT = 200
NAME_EXACT, NAME_PREFIX, NAME_CONTAINS, NAME_IN_QUERY = 100, 90, 80, 75
KEYWORD_EXACT, KEYWORD_CONTAINS, KEYWORD_IN_QUERY = 70, 65, 62
PINYIN_EXACT, INITIALS_EXACT, PINYIN_PREFIX, INITIALS_PREFIX = 58, 55, 52, 50
PINYIN_CONTAINS, INITIALS_CONTAINS = 47, 45
BIGRAMS = 30  # plus up to 10 for the share of the query's bigrams found
CONTEXT = 20

__all__ = ["CANDIDATE_LIMIT", "rank", "query_terms"]


def rank(query, candidates: list[dict], limit: int = 20) -> list[dict]:
    """Return the candidates that match, best first, each with its score and how it matched."""
    text = normalise(query).replace(" ", "")
    if not text:
        return []
    scored = []
    for item in candidates:
        profile = item.get("search") or search_profile(item)
        evidence = sorted(_evidence(text, profile), reverse=True)
        if evidence:
            second = evidence[1][0] if len(evidence) > 1 else 0
            key = (
                -evidence[0][0],
                -second,
                len(item["name"]["zh-CN"]),
                item["implementation_code"],
            )
            scored.append((key, item, evidence[0]))
    scored.sort(key=lambda entry: entry[0])
    return [
        {"item": item, "score": score, "match": kind}
        for _key, item, (score, kind) in scored[: max(0, limit)]
    ]


def _evidence(text: str, profile: dict) -> list[tuple[float, str]]:
    found = []
    names = [name.replace(" ", "") for name in profile["names"]]
    found += _best(text, names, (NAME_EXACT, NAME_PREFIX, NAME_CONTAINS, NAME_IN_QUERY), "name")
    keywords = [keyword.replace(" ", "") for keyword in profile["keywords"]]
    found += _best(
        text, keywords, (KEYWORD_EXACT, None, KEYWORD_CONTAINS, KEYWORD_IN_QUERY), "keyword"
    )
    if text.isascii():
        found += _best(
            text, profile["pinyin"], (PINYIN_EXACT, PINYIN_PREFIX, PINYIN_CONTAINS, None), "pinyin"
        )
        found += _best(
            text,
            profile["initials"],
            (INITIALS_EXACT, INITIALS_PREFIX, INITIALS_CONTAINS, None),
            "initials",
        )
    share = _bigram_share(text, names + keywords)
    if share >= 0.5:
        found.append((BIGRAMS + 10 * share, "bigrams"))
    if any(text in context.replace(" ", "") for context in profile["context"]):
        found.append((CONTEXT, "context"))
    return found


def _best(text: str, targets: list[str], scores: tuple, kind: str) -> list[tuple[float, str]]:
    exact, prefix, contains, within = scores
    best = 0
    for target in targets:
        if not target:
            continue
        if target == text:
            best = max(best, exact)
        elif prefix and target.startswith(text):
            best = max(best, prefix)
        elif contains and text in target:
            best = max(best, contains)
        elif within and len(target) >= 2 and target in text:
            best = max(best, within)
    return [(best, kind)] if best else []


def _bigram_share(text: str, targets: list[str]) -> float:
    wanted = {text[i : i + 2] for i in range(len(text) - 1)}
    if len(wanted) < 2 or text.isascii():
        return 0.0
    present = {gram for target in targets for gram in wanted if gram in target}
    return len(present) / len(wanted)
